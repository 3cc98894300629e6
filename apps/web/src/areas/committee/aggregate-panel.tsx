import { formatNumber, useLocale, useT } from '../../i18n/i18n';
import { criterionLabel } from '../reviewer/criterion-field';
import type { Criterion, StageResult } from '../../api/review-models';
import { meanText, spreadText, statsOf } from '../../ui/score-format';
import { displayedTotal, ScoreTotal, ScoringMethodNote } from '../../ui/score-total';
import { committeeTexts } from './texts';

/**
 * The individual scores of a proposal aggregated live: per criterion mean, spread and deviation, the total,
 * and how many sheets are in (counts, never names). A polite live region announces each new aggregate.
 */
export function AggregatePanel({
  criteria,
  result,
  submitted,
  assigned,
}: {
  criteria: Criterion[];
  result: StageResult | undefined;
  submitted: number;
  assigned: number;
}) {
  const t = useT(committeeTexts);
  const { locale } = useLocale();
  const total = result ? displayedTotal(result.display, result.total, locale) : '—';
  return (
    <section aria-labelledby="aggregate-heading" className="committee-panel">
      <h3 id="aggregate-heading">{t('aggregate')}</h3>
      <p className="live-count" data-testid="live-submitted">
        {t('submittedCount', { submitted, assigned })}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {t('aggregateLive', { submitted, assigned, total })}
      </p>
      {!result ? (
        <p>{t('noSheets')}</p>
      ) : (
        <div className="table-scroll">
          <table className="aggregate-table">
            <thead>
              <tr>
                <th scope="col">{t('criterion')}</th>
                <th scope="col" className="number">
                  {t('weight')}
                </th>
                <th scope="col" className="number">
                  {t('mean')}
                </th>
                <th scope="col" className="number">
                  {t('spread')}
                </th>
                <th scope="col" className="number">
                  {t('stdDev')}
                </th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => {
                const stats = statsOf(result, c.key);
                return (
                  <tr key={c.key}>
                    <th scope="row">
                      {criterionLabel(c, locale)}
                      {stats?.disagreement ? <span className="status status-warn">{t('disagreement')}</span> : null}
                    </th>
                    <td className="number">{c.weight}</td>
                    <td className="number" data-testid={`mean-${c.key}`}>
                      {meanText(stats, locale, result.display)}
                    </td>
                    <td className="number">{spreadText(stats)}</td>
                    <td className="number">{stats ? formatNumber(stats.stdDev, locale, 2) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="aggregate-total" data-testid="live-total">
        {result ? <ScoreTotal display={result.display} total={result.total} /> : <p>{t('total')}: —</p>}
      </div>
      {result ? <ScoringMethodNote scoring={result.scoring} /> : null}
    </section>
  );
}
