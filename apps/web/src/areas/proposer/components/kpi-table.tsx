import { useT } from '../../../i18n/i18n';
import { fieldId, type FormState } from '../form-model';
import { formTexts } from '../form-texts';
import { ActionsHeader, CellInput, CellSelect, RemoveCell, TableFrame } from './cells';
import { useRows } from './use-rows';

type Row = FormState['kpis'][number];

/** 成果指標: outcome and activity indicators with baseline and target. */
export function KpiTable() {
  const t = useT(formTexts);
  const { rows, set, add, remove, label } = useRows('kpis', {
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
        {rows.map((row, i) => (
          <tr key={i}>
            <td>
              <CellSelect
                id={fieldId(`kpis-${i}-kind`)}
                label={label(i, 'kpiKind')}
                value={row.kind}
                onChange={(kind) => set(i, { kind: kind as Row['kind'] })}
              >
                <option value="outcome">{t('kpiOutcome')}</option>
                <option value="activity">{t('kpiActivity')}</option>
              </CellSelect>
            </td>
            <td>
              <CellInput
                id={fieldId(`kpis-${i}-name`)}
                label={label(i, 'kpiName')}
                value={row.name}
                onChange={(name) => set(i, { name })}
              />
            </td>
            <td>
              <CellInput
                id={fieldId(`kpis-${i}-unit`)}
                label={label(i, 'kpiUnit')}
                value={row.unit}
                onChange={(unit) => set(i, { unit })}
              />
            </td>
            <td className="number">
              <CellInput
                id={fieldId(`kpis-${i}-baseline`)}
                label={label(i, 'kpiBaseline')}
                value={row.baseline}
                numeric
                onChange={(baseline) => set(i, { baseline })}
              />
            </td>
            <td className="number">
              <CellInput
                id={fieldId(`kpis-${i}-target`)}
                label={label(i, 'kpiTarget')}
                value={row.target}
                numeric
                onChange={(target) => set(i, { target })}
              />
            </td>
            <RemoveCell n={i + 1} onRemove={() => remove(i)} />
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
