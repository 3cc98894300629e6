import { useT } from '../../../i18n/i18n';
import { fieldId } from '../form-model';
import { formTexts } from '../form-texts';
import type { RoleShare } from '../models';
import { CellInput, CellSelect, RemoveButton, TableFrame } from './cells';
import { useForm } from './form-context';

/** 役割分担表: per task, what the organisation and the city do, and who bears the cost. */
export function RolesTable() {
  const t = useT(formTexts);
  const form = useForm();
  const rows = form.state.roles;
  const set = (index: number, patch: Partial<RoleShare>) =>
    form.update({ roles: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const label = (i: number, column: Parameters<typeof t>[0]) => `${t('rowN', { n: i + 1 })} ${t(column)}`;
  return (
    <TableFrame
      id={fieldId('roles')}
      caption={t('stepRoles')}
      intro={t('rolesIntro')}
      onAdd={() => form.update({ roles: [...rows, { task: '', group: '', city: '', costBorneBy: 'shared' }] })}
    >
      <thead>
        <tr>
          <th scope="col">{t('roleTask')}</th>
          <th scope="col">{t('roleGroup')}</th>
          <th scope="col">{t('roleCity')}</th>
          <th scope="col">{t('roleCost')}</th>
          {form.readOnly ? null : <th scope="col">{t('actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <td>
              <CellInput
                id={fieldId(`roles-${i}-task`)}
                label={label(i, 'roleTask')}
                value={row.task}
                onChange={(task) => set(i, { task })}
              />
            </td>
            <td>
              <CellInput
                id={fieldId(`roles-${i}-group`)}
                label={label(i, 'roleGroup')}
                value={row.group}
                onChange={(group) => set(i, { group })}
              />
            </td>
            <td>
              <CellInput
                id={fieldId(`roles-${i}-city`)}
                label={label(i, 'roleCity')}
                value={row.city}
                onChange={(city) => set(i, { city })}
              />
            </td>
            <td>
              <CellSelect
                id={fieldId(`roles-${i}-costBorneBy`)}
                label={label(i, 'roleCost')}
                value={row.costBorneBy}
                onChange={(value) => set(i, { costBorneBy: value as RoleShare['costBorneBy'] })}
              >
                <option value="group">{t('costGroup')}</option>
                <option value="city">{t('costCity')}</option>
                <option value="shared">{t('costShared')}</option>
              </CellSelect>
            </td>
            {form.readOnly ? null : (
              <td>
                <RemoveButton n={i + 1} onRemove={() => form.update({ roles: rows.filter((_, j) => j !== i) })} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
