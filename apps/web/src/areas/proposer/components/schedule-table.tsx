import { useT } from '../../../i18n/i18n';
import { fieldId } from '../form-model';
import { formTexts } from '../form-texts';
import { ActionsHeader, CellInput, RemoveCell, TableFrame } from './cells';
import { useRows } from './use-rows';

/** 実施スケジュール: what happens in each period of the project. The secretariat screens it and may return it. */
export function ScheduleTable() {
  const t = useT(formTexts);
  const { fields, add, remove, label } = useRows('schedule', { period: '', activity: '' });
  return (
    <TableFrame id={fieldId('schedule')} caption={t('schedule')} intro={t('scheduleIntro')} onAdd={add}>
      <thead>
        <tr>
          <th scope="col">{t('schedulePeriod')}</th>
          <th scope="col">{t('scheduleActivity')}</th>
          <ActionsHeader />
        </tr>
      </thead>
      <tbody>
        {fields.map((row, i) => (
          <tr key={row.id}>
            <td>
              <CellInput
                id={fieldId(`schedule-${i}-period`)}
                label={label(i, 'schedulePeriod')}
                name={`schedule.${i}.period`}
              />
            </td>
            <td>
              <CellInput
                id={fieldId(`schedule-${i}-activity`)}
                label={label(i, 'scheduleActivity')}
                name={`schedule.${i}.activity`}
              />
            </td>
            <RemoveCell n={i + 1} onRemove={() => remove(i)} />
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
