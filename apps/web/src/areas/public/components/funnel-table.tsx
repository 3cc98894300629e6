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

/** One dimension of the funnel as a table: every stage counted, both rates headed with their denominators. */
export function FunnelTable({ id, title, rows }: { id: string; title: string; rows: FunnelRow[] }) {
  const t = useT(funnelTexts);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  const rate = useRate();
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
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ScrollTable label={title}>
        <table className="funnel-table">
          <caption className="visually-hidden">{t('table', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
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
              <tr key={row.key}>
                <th scope="row">{label(row)}</th>
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
