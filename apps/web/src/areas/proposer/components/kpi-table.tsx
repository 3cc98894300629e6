import { useT } from '../../../i18n/i18n';
import { fieldId } from '../form-model';
import { formTexts } from '../form-texts';
import { ActionsHeader, CellInput, CellSelect, RemoveCell, TableFrame } from './cells';
import { useRows } from './use-rows';

/** 成果指標: outcome and activity indicators with baseline and target. */
export function KpiTable() {
  const t = useT(formTexts);
  const { fields, add, remove, label } = useRows('kpis', {
    kind: 'outcome',
    name: '',
    unit: '',
    baseline: '',
    target: '',
  });
  return (
    <TableFrame id={fieldId('kpis')} caption={t('stepKpis')} intro={t('kpisIntro')} onAdd={add}>
      <thead>
        <tr>
          <th scope="col">{t('kpiKind')}</th>
          <th scope="col">{t('kpiName')}</th>
          <th scope="col">{t('kpiUnit')}</th>
          <th scope="col" className="number">
            {t('kpiBaseline')}
          </th>
          <th scope="col" className="number">
            {t('kpiTarget')}
          </th>
          <ActionsHeader />
        </tr>
      </thead>
      <tbody>
        {fields.map((row, i) => (
          <tr key={row.id}>
            <td>
              <CellSelect id={fieldId(`kpis-${i}-kind`)} label={label(i, 'kpiKind')} name={`kpis.${i}.kind`}>
                <option value="outcome">{t('kpiOutcome')}</option>
                <option value="activity">{t('kpiActivity')}</option>
              </CellSelect>
            </td>
            <td>
              <CellInput id={fieldId(`kpis-${i}-name`)} label={label(i, 'kpiName')} name={`kpis.${i}.name`} />
            </td>
            <td>
              <CellInput id={fieldId(`kpis-${i}-unit`)} label={label(i, 'kpiUnit')} name={`kpis.${i}.unit`} />
            </td>
            <td className="number">
              <CellInput
                id={fieldId(`kpis-${i}-baseline`)}
                label={label(i, 'kpiBaseline')}
                name={`kpis.${i}.baseline`}
                numeric
              />
            </td>
            <td className="number">
              <CellInput
                id={fieldId(`kpis-${i}-target`)}
                label={label(i, 'kpiTarget')}
                name={`kpis.${i}.target`}
                numeric
              />
            </td>
            <RemoveCell n={i + 1} onRemove={() => remove(i)} />
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
