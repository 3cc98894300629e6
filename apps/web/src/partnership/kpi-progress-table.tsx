import { formatDate, formatNumber, useLocale, useT } from '../i18n/i18n';
import { CaptionedTable } from '../ui/captioned-table';
import type { KpiProgress } from './partnership-models';
import { partnershipTexts } from './partnership-texts';
import { targetNoteTexts } from './target-note';

/** The proposal's KPIs, each planned target beside the actual of the latest accepted progress report. */
export function KpiProgressTable({ kpis }: { kpis: KpiProgress[] }) {
  const t = useT(partnershipTexts);
  const tn = useT(targetNoteTexts);
  const { locale } = useLocale();
  return (
    <CaptionedTable
      id="kpi-progress"
      caption={t('kpiHeading')}
      columns={[t('kpiName'), t('kpiTarget'), t('kpiActual')]}
    >
      {kpis.map((kpi) => (
        <tr key={kpi.name}>
          <th scope="row">{kpi.name}</th>
          <td>
            {formatNumber(kpi.target, locale, 0)}
            {kpi.unit}
            {kpi.targetChangedAt ? (
              <span className="meta target-changed">
                {' '}
                {tn('targetChanged', {
                  date: formatDate(kpi.targetChangedAt, locale),
                  planned: `${formatNumber(kpi.plannedTarget, locale, 0)}${kpi.unit}`,
                })}
              </span>
            ) : null}
          </td>
          <td>{kpi.actual === null ? t('kpiNone') : `${formatNumber(kpi.actual, locale, 0)}${kpi.unit}`}</td>
        </tr>
      ))}
    </CaptionedTable>
  );
}
