import { formatNumber, useLocale, useT } from '../../../i18n/i18n';
import type { FunnelRow } from '../models';
import { publicTexts } from '../texts';
import { funnelTexts } from './funnel-texts';
import { ScrollTable } from './scroll-table';

const STAGES = [
  'received',
  'screenedOut',
  'withdrawn',
  'inReview',
  'provisional',
  'notAdopted',
  'adopted',
  'implemented',
] as const;

/** A percentage as the page prints it (one decimal), or a dash when there is no denominator. */
export function useRate(): (rate: number | null) => string {
  const { locale } = useLocale();
  return (rate) => (rate === null ? '—' : `${formatNumber(rate, locale, 1)}%`);
}

/** The counts and rates every row of a funnel table carries: a dimension's row, or a municipality's year. */
export type FunnelCountsRow = Pick<FunnelRow, (typeof STAGES)[number] | 'adoptionRate' | 'implementationRate'>;

/**
 * Funnel counts as a table under its own heading: every stage counted, both rates headed with their denominators.
 * `rowLabel` heads each row (a category, a municipality); `tableId` names the table for a test or a link.
 */
export function CountsTable<Row extends FunnelCountsRow>({
  id,
  title,
  rows,
  rowKey,
  rowLabel,
  headLabel,
  tableId,
}: {
  id: string;
  title: string;
  rows: Row[];
  rowKey: (row: Row) => string;
  rowLabel: (row: Row) => string;
  headLabel: string;
  tableId?: string;
}) {
  const t = useT(funnelTexts);
  const { locale } = useLocale();
  const rate = useRate();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ScrollTable label={title}>
        <table className="funnel-table" id={tableId}>
          <caption className="visually-hidden">{t('table', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{headLabel}</th>
              {STAGES.map((stage) => (
                <th scope="col" className="number" key={stage}>
                  {t(stage)}
                </th>
              ))}
              <th scope="col" className="number">
                {t('adoptionRate')}
                <br />
                <span className="meta">{t('adoptionRateFormula')}</span>
              </th>
              <th scope="col" className="number">
                {t('implementationRate')}
                <br />
                <span className="meta">{t('implementationRateFormula')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                <th scope="row">{rowLabel(row)}</th>
                {STAGES.map((stage) => (
                  <td className="number" key={stage}>
                    {formatNumber(row[stage], locale)}
                  </td>
                ))}
                <td className="number">{rate(row.adoptionRate)}</td>
                <td className="number">{rate(row.implementationRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

/** One dimension of the funnel as a table. */
export function FunnelTable({ id, title, rows }: { id: string; title: string; rows: FunnelRow[] }) {
  const t = useT(funnelTexts);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  // Types and proposers take the one label set of the web (the same words as the PDFs and open data).
  const label = (row: FunnelRow) => {
    if (row.dimension === 'proposalType' || row.dimension === 'proposerKind') return p(row.key as 'theme');
    if (row.dimension === 'typeAndProposer') {
      const [type, kind] = row.key.split(':') as ['theme', 'group'];
      return `${p(type)}・${p(kind)}`;
    }
    if (row.dimension === 'total') return t('all');
    return locale === 'en' ? row.labelEn : row.labelJa;
  };
  return (
    <CountsTable
      id={id}
      title={title}
      rows={rows}
      rowKey={(row) => row.key}
      rowLabel={label}
      headLabel={t('category')}
    />
  );
}
