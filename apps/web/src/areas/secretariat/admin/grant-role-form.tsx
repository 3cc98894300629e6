import { call, newIdempotencyKey } from '../../../api/client';
import type { Role } from '../../../api/models';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, Select } from '../../../ui/components';
import type { Organization } from '../models';
import type { DirectoryUser } from './admin-models';
import { UserSelect } from './admin-fields';
import { adminTexts, ROLE_KEY } from './admin-texts';
import { useAdminForm } from './use-admin-form';

const ROLES = Object.keys(ROLE_KEY) as Role[];

/** Grants a user a role in one of the municipality's organisations. */
export function GrantRoleForm({
  users,
  organizations,
  onGranted,
}: {
  users: DirectoryUser[];
  organizations: Organization[];
  onGranted(): void;
}) {
  const t = useT(adminTexts);
  const form = useAdminForm('grant', { userId: '', organizationId: '', role: 'proposer' });

  const submit = form.onSubmit(
    (v) => [!v.userId && ['userId', t('errUser')], !v.organizationId && ['organizationId', t('errOrganization')]],
    async (v) => {
      const role = v.role as Role;
      await call('POST /api/v1/organizations/{id}/members', {
        path: { id: v.organizationId },
        body: { userId: v.userId, role },
        idempotencyKey: newIdempotencyKey(),
      });
      onGranted();
      const name = users.find((u) => u.id === v.userId)?.displayName ?? '';
      return t('granted', { name, role: t(ROLE_KEY[role]) });
    },
  );

  return (
    <>
      <h2>{t('grantHeading')}</h2>
      <p role="status" aria-live="polite">
        {form.notice}
      </p>
      <form onSubmit={submit} noValidate className="console-form" aria-label={t('grantHeading')}>
        <ErrorSummary errors={form.errors} />
        {form.problem ? <ProblemMessage error={form.problem} /> : null}
        <UserSelect form={form} users={users} />
        <Select {...form.field('organizationId')} label={t('organization')} required>
          <option value="">{t('chooseOrganization')}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.nameJa}
            </option>
          ))}
        </Select>
        <Select {...form.field('role')} label={t('role')} required>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(ROLE_KEY[r])}
            </option>
          ))}
        </Select>
        <button id="grant-submit" type="submit" className="button" disabled={form.busy}>
          {t('grant')}
        </button>
      </form>
    </>
  );
}
