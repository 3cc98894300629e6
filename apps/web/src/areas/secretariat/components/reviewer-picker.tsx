import { call } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { Async } from '../../../ui/components';
import { useAsync } from '../../../ui/use-async';
import type { User } from '../models';
import { assignTexts } from './assign-texts';

/** The municipality's users as checkboxes in a named group. */
export function ReviewerPicker({
  idPrefix,
  legend,
  selected,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  selected: string[];
  onChange(ids: string[]): void;
}) {
  const t = useT(assignTexts);
  const users = useAsync((signal) => call('GET /api/v1/users', { signal }), []);
  return (
    <fieldset className="console-fieldset">
      <legend>{legend}</legend>
      <p className="field-hint">{t('reviewersHint')}</p>
      <Async state={users}>
        {(list: User[]) => (
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
        )}
      </Async>
    </fieldset>
  );
}

/** Display names of the users, for tables of assignments. */
export function useUserNames(): (id: string) => string {
  const users = useAsync((signal) => call('GET /api/v1/users', { signal }), []);
  return (id: string) => users.data?.find((u) => u.id === id)?.displayName ?? id.slice(0, 8);
}
