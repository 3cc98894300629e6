import { useState } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { useSession } from '../../../auth/session';
import { useT } from '../../../i18n/i18n';
import { CaptionedTable } from '../../../ui/captioned-table';
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
import { SecuritySettings } from './security-form';
import { useAdminForm } from './use-admin-form';
import { statusKey, UserActionDialog, useUserActions, type UserActions } from './user-actions';

const MIN_PASSWORD = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Committee roles are held on the committees page (added and removed there), not in an organisation. */
const COMMITTEE_ROLES = new Set(['committee_member', 'committee_chair']);

/**
 * The municipality's users with their roles and state, the actions on each (deactivate or reactivate, end the
 * sign-ins, reset two-step sign-in, remove a role; each confirmed), the sign-in policy for staff, a form to register
 * one, and a form to grant a role.
 */
export function UsersPage() {
  const t = useT(adminTexts);
  const tc = useT(consoleTexts);
  const session = useSession();
  const data = useApiQuery(keys.admin.usersPage(), async (signal) => {
    const [users, organizations] = await Promise.all([
      call('GET /api/v1/users', { signal }),
      call('GET /api/v1/organizations', { signal }),
    ]);
    return { users, organizations };
  });
  const invalidate = useInvalidate();
  const actions = useUserActions(() => invalidate(keys.admin.users()));
  const form = useAdminForm('user', { displayName: '', email: '', password: '', locale: 'ja' });
  // A checkbox beside the form's text fields (which all hold strings): on by default, as an initial password should be.
  const [mustChange, setMustChange] = useState(true);

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
          mustChangePassword: mustChange,
        },
        idempotencyKey: newIdempotencyKey(),
      });
      await invalidate(keys.admin.users());
      return t('userCreated', { name: created.displayName });
    },
  );

  return (
    <section>
      <PageTitle>{t('usersTitle')}</PageTitle>
      <p role="status" aria-live="polite">
        {actions.notice}
      </p>
      {actions.failure ? <ProblemMessage error={actions.failure} /> : null}
      <Async state={data}>
        {({ users, organizations }) => (
          <>
            {users.length === 0 ? (
              <p>{tc('noItems')}</p>
            ) : (
              <CaptionedTable
                id="users-table"
                caption={t('usersCaption')}
                columns={[t('displayName'), t('email'), t('roles'), t('status'), t('actions')]}
              >
                {users.map((u) => (
                  <UserRow
                    key={u.id}
                    user={u}
                    organizations={organizations}
                    self={u.id === session.me?.userId}
                    actions={actions}
                  />
                ))}
              </CaptionedTable>
            )}
            <GrantRoleForm
              users={users}
              organizations={organizations}
              onGranted={() => invalidate(keys.admin.users())}
            />
          </>
        )}
      </Async>
      <UserActionDialog actions={actions} />
      <SecuritySettings />
      <h2>{t('createUser')}</h2>
      <p role="status" aria-live="polite">
        {form.notice}
      </p>
      <form onSubmit={submit} noValidate className="console-form" aria-label={t('createUser')}>
        <ErrorSummary errors={form.errors} />
        {form.problem ? <ProblemMessage error={form.problem} /> : null}
        <AccountFields form={form} />
        <div className="checkbox">
          <input
            id="user-mustChangePassword"
            type="checkbox"
            checked={mustChange}
            onChange={(event) => setMustChange(event.target.checked)}
          />
          <label htmlFor="user-mustChangePassword">{t('mustChange')}</label>
        </div>
        <button id="user-submit" type="submit" className="button" disabled={form.busy}>
          {t('createUser')}
        </button>
      </form>
    </section>
  );
}

/**
 * One user: name, address, each role (with its removal, committee roles aside), state, and the actions. Not the
 * administrator's own deactivation or sign-ins: those would lock them out (their own devices are on /account).
 */
function UserRow({
  user,
  organizations,
  self,
  actions,
}: {
  user: DirectoryUser;
  organizations: Organization[];
  self: boolean;
  actions: UserActions;
}) {
  const t = useT(adminTexts);
  const roleLabel = (m: DirectoryUser['memberships'][number]) => {
    const org = organizations.find((o) => o.id === m.organizationId);
    return org ? `${t(ROLE_KEY[m.role])}（${org.nameJa}）` : t(ROLE_KEY[m.role]);
  };
  return (
    <tr data-user-id={user.id}>
      <th scope="row">{user.displayName}</th>
      <td>{user.email}</td>
      <td>
        {user.memberships.length === 0 ? (
          t('noRoles')
        ) : (
          <ul className="user-roles">
            {user.memberships.map((m) => (
              <li key={`${m.role}-${m.organizationId ?? ''}`}>
                {roleLabel(m)}
                {COMMITTEE_ROLES.has(m.role) ? null : (
                  <button
                    type="button"
                    className="linklike row-action"
                    aria-label={`${t('removeRole')}: ${user.displayName} ${roleLabel(m)}`}
                    onClick={() => actions.ask({ kind: 'removeRole', user, membership: m, roleLabel: roleLabel(m) })}
                  >
                    {t('removeRole')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td data-status={statusKey(user)}>
        {t(statusKey(user))}
        {user.mfaEnrolled ? <span className="badge mfa-badge">{t('mfaOn')}</span> : null}
      </td>
      <td>
        <div className="user-actions">
          {self ? null : (
            <button
              type="button"
              className="button button-secondary row-action"
              aria-label={`${t(user.active ? 'deactivate' : 'reactivate')}: ${user.displayName}`}
              onClick={() => actions.ask({ kind: user.active ? 'deactivate' : 'reactivate', user })}
            >
              {t(user.active ? 'deactivate' : 'reactivate')}
            </button>
          )}
          {user.active && !self ? (
            <button
              type="button"
              className="button button-secondary row-action"
              aria-label={`${t('endSessions')}: ${user.displayName}`}
              onClick={() => actions.ask({ kind: 'endSessions', user })}
            >
              {t('endSessions')}
            </button>
          ) : null}
          {user.mfaEnrolled && !self ? (
            <button
              type="button"
              className="button button-secondary row-action"
              aria-label={`${t('resetMfa')}: ${user.displayName}`}
              onClick={() => actions.ask({ kind: 'resetMfa', user })}
            >
              {t('resetMfa')}
            </button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
