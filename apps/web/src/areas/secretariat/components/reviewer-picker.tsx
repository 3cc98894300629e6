import { call } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { Async } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import type { Role } from '../../../api/models';
import type { Stage, User } from '../models';
import { assignTexts } from './assign-texts';

/** Who may be picked: reviewers, and at the presentation stage the committee too. */
function pickableRoles(stage?: Stage): Role[] {
  return stage === 'presentation' ? ['reviewer', 'committee_member', 'committee_chair'] : ['reviewer'];
}

/** The users holding any of the roles, each once, in the API's order (by e-mail). */
async function usersWithRoles(roles: Role[], signal: AbortSignal): Promise<User[]> {
  const lists = await Promise.all(roles.map((role) => call('GET /api/v1/users', { query: { role }, signal })));
  const seen = new Set<string>();
  return lists
    .flat()
    .filter((u) => !seen.has(u.id) && seen.add(u.id))
    .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}

/** The municipality's reviewers (and committee, for presentations) as checkboxes in a named group. */
export function ReviewerPicker({
  idPrefix,
  legend,
  selected,
  onChange,
  stage,
}: {
  idPrefix: string;
  legend: string;
  selected: string[];
  onChange(ids: string[]): void;
  stage?: Stage;
}) {
  const t = useT(assignTexts);
  const roles = pickableRoles(stage);
  const users = useApiQuery(keys.admin.usersWithRoles(roles.join()), (signal) => usersWithRoles(roles, signal));
  return (
    <fieldset className="console-fieldset">
      <legend>{legend}</legend>
      <p className="field-hint">{t(stage === 'presentation' ? 'reviewersHintCommittee' : 'reviewersHint')}</p>
      <Async state={users}>
        {(list: User[]) =>
          list.length === 0 ? (
            <p>{t('noReviewers')}</p>
          ) : (
            <ul className="checkbox-list">
              {list
                .filter((u) => u.active !== false)
                .map((user) => (
                  <li key={user.id} className="checkbox">
                    <input
                      id={`${idPrefix}-${user.id}`}
                      type="checkbox"
                      checked={selected.includes(user.id)}
                      onChange={(e) =>
                        onChange(e.target.checked ? [...selected, user.id] : selected.filter((id) => id !== user.id))
                      }
                    />
                    <label htmlFor={`${idPrefix}-${user.id}`}>
                      {user.displayName} <span className="meta">{user.email}</span>
                    </label>
                  </li>
                ))}
            </ul>
          )
        }
      </Async>
    </fieldset>
  );
}

/** Display names of the users, for tables of assignments. */
export function useUserNames(): (id: string) => string {
  const users = useApiQuery(keys.admin.userList(), (signal) => call('GET /api/v1/users', { signal }));
  return (id: string) => users.data?.find((u) => u.id === id)?.displayName ?? id.slice(0, 8);
}
