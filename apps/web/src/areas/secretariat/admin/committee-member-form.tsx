import { call, newIdempotencyKey } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, Select, TextField } from '../../../ui/components';
import type { Committee, User } from '../models';
import { UserSelect } from './admin-fields';
import { adminTexts } from './admin-texts';
import { useAdminForm } from './use-admin-form';

/** Adds a user to a committee as a member or its chair, with the affiliation published beside the name. */
export function AddCommitteeMemberForm({
  committees,
  users,
  onAdded,
}: {
  committees: Committee[];
  users: User[];
  onAdded(): void;
}) {
  const t = useT(adminTexts);
  const form = useAdminForm('member', { committeeId: '', userId: '', position: 'member', affiliation: '' });

  const submit = form.onSubmit(
    (v) => [!v.committeeId && ['committeeId', t('errCommittee')], !v.userId && ['userId', t('errUser')]],
    async (v) => {
      await call('POST /api/v1/committees/{id}/members', {
        path: { id: v.committeeId },
        body: {
          userId: v.userId,
          position: v.position === 'chair' ? 'chair' : 'member',
          ...(v.affiliation.trim() ? { affiliation: v.affiliation.trim() } : {}),
        },
        idempotencyKey: newIdempotencyKey(),
      });
      onAdded();
      return t('memberAdded', { name: users.find((u) => u.id === v.userId)?.displayName ?? '' });
    },
  );

  return (
    <>
      <h2>{t('addMemberHeading')}</h2>
      <p role="status" aria-live="polite">
        {form.notice}
      </p>
      <form onSubmit={submit} noValidate className="console-form" aria-label={t('addMemberHeading')}>
        <ErrorSummary errors={form.errors} />
        {form.problem ? <ProblemMessage error={form.problem} /> : null}
        <Select {...form.field('committeeId')} label={t('committee')} required>
          <option value="">{t('chooseCommittee')}</option>
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.nameJa}
            </option>
          ))}
        </Select>
        <UserSelect form={form} users={users} />
        <Select {...form.field('position')} label={t('position')} required>
          <option value="member">{t('positionMember')}</option>
          <option value="chair">{t('positionChair')}</option>
        </Select>
        <TextField {...form.field('affiliation')} label={t('affiliation')} hint={t('affiliationHint')} />
        <button id="member-submit" type="submit" className="button" disabled={form.busy}>
          {t('addMember')}
        </button>
      </form>
    </>
  );
}
