import { call, newIdempotencyKey } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, PageTitle, ProblemMessage } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import type { Organization } from '../models';
import { consoleTexts } from '../texts';
import { AccountFields } from './admin-fields';
import type { DirectoryUser } from './admin-models';
import { adminTexts, ROLE_KEY } from './admin-texts';
import { GrantRoleForm } from './grant-role-form';
import { useAdminForm } from './use-admin-form';

const MIN_PASSWORD = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The municipality's users with their roles, a form to register one, and a form to grant a role. */
export function UsersPage() {
  const t = useT(adminTexts);
  const tc = useT(consoleTexts);
  const data = useApiQuery(keys.admin.usersPage(), async (signal) => {
    const [users, organizations] = await Promise.all([
      call('GET /api/v1/users', { signal }),
      call('GET /api/v1/organizations', { signal }),
    ]);
    return { users, organizations };
  });
  const invalidate = useInvalidate();
  const form = useAdminForm('user', { displayName: '', email: '', password: '', locale: 'ja' });

  const submit = form.onSubmit(
    (v) => [
      !v.displayName.trim() && ['displayName', t('errDisplayName')],
      !EMAIL.test(v.email.trim()) && ['email', t('errEmail')],
      [...v.password].length < MIN_PASSWORD && ['password', t('errPassword')],
    ],
    async (v) => {
      const created = await call('POST /api/v1/users', {
        body: {
          displayName: v.displayName.trim(),
          email: v.email.trim(),
          password: v.password,
          locale: v.locale === 'en' ? 'en' : 'ja',
        },
        idempotencyKey: newIdempotencyKey(),
      });
      await invalidate(keys.admin.users());
      return t('userCreated', { name: created.displayName });
    },
  );

  const rolesOf = (user: DirectoryUser, organizations: Organization[]) =>
    user.memberships.length === 0
      ? t('noRoles')
      : user.memberships
          .map((m) => {
            const org = organizations.find((o) => o.id === m.organizationId);
            return org ? `${t(ROLE_KEY[m.role])}（${org.nameJa}）` : t(ROLE_KEY[m.role]);
          })
          .join('、');

  return (
    <section>
      <PageTitle>{t('usersTitle')}</PageTitle>
      <Async state={data}>
        {({ users, organizations }) => (
          <>
            {users.length === 0 ? (
              <p>{tc('noItems')}</p>
            ) : (
              <table id="users-table">
                <caption>{t('usersCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('displayName')}</th>
                    <th scope="col">{t('email')}</th>
                    <th scope="col">{t('roles')}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">{u.displayName}</th>
                      <td>{u.email}</td>
                      <td>{rolesOf(u, organizations)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <GrantRoleForm
              users={users}
              organizations={organizations}
              onGranted={() => invalidate(keys.admin.users())}
            />
          </>
        )}
      </Async>
      <h2>{t('createUser')}</h2>
      <p role="status" aria-live="polite">
        {form.notice}
      </p>
      <form onSubmit={submit} noValidate className="console-form" aria-label={t('createUser')}>
        <ErrorSummary errors={form.errors} />
        {form.problem ? <ProblemMessage error={form.problem} /> : null}
        <AccountFields form={form} />
        <button id="user-submit" type="submit" className="button" disabled={form.busy}>
          {t('createUser')}
        </button>
      </form>
    </section>
  );
}
