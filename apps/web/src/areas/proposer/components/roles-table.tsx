import { useT } from '../../../i18n/i18n';
import { fieldId } from '../form-model';
import { formTexts } from '../form-texts';
import { ActionsHeader, CellInput, CellSelect, RemoveCell, TableFrame } from './cells';
import { useRows } from './use-rows';

/** 役割分担表: per task, what the organisation and the city do, and who bears the cost. */
export function RolesTable() {
  const t = useT(formTexts);
  const { fields, add, remove, label } = useRows('roles', { task: '', group: '', city: '', costBorneBy: 'shared' });
  return (
    <TableFrame id={fieldId('roles')} caption={t('stepRoles')} intro={t('rolesIntro')} onAdd={add}>
      <thead>
        <tr>
          <th scope="col">{t('roleTask')}</th>
          <th scope="col">{t('roleGroup')}</th>
          <th scope="col">{t('roleCity')}</th>
          <th scope="col">{t('roleCost')}</th>
          <ActionsHeader />
        </tr>
      </thead>
      <tbody>
        {fields.map((row, i) => (
          <tr key={row.id}>
            <td>
              <CellInput id={fieldId(`roles-${i}-task`)} label={label(i, 'roleTask')} name={`roles.${i}.task`} />
            </td>
            <td>
              <CellInput id={fieldId(`roles-${i}-group`)} label={label(i, 'roleGroup')} name={`roles.${i}.group`} />
            </td>
            <td>
              <CellInput id={fieldId(`roles-${i}-city`)} label={label(i, 'roleCity')} name={`roles.${i}.city`} />
            </td>
            <td>
              <CellSelect
                id={fieldId(`roles-${i}-costBorneBy`)}
                label={label(i, 'roleCost')}
                name={`roles.${i}.costBorneBy`}
              >
                <option value="group">{t('costGroup')}</option>
                <option value="city">{t('costCity')}</option>
                <option value="shared">{t('costShared')}</option>
              </CellSelect>
            </td>
            <RemoveCell n={i + 1} onRemove={() => remove(i)} />
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
