import { call } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n';
import { Async } from '../../ui/components';
import { ScoreTotal } from '../../ui/score-total';
import { meanText, spreadText, statsOf } from '../../ui/score-format';
import { keys } from '../../queries/keys';
import { useApiQuery } from '../../queries/use-api-query';
import { criterionLabel } from './criterion-field';
import type { Criterion } from '../../api/review-models';
import type { QueueItem } from './models';
import { reviewerTexts } from './texts';

/**
 * Others' scores and the aggregate, only once my own sheet is submitted; before that the blind state says why
 * nothing is shown (the API refuses too).
 */
export function OthersScores({
  proposalId,
  stage,
  criteria,
  submitted,
}: {
  proposalId: string;
  stage: QueueItem['stage'];
  criteria: Criterion[];
  submitted: boolean;
}) {
  const t = useT(reviewerTexts);
  const { locale } = useLocale();
  const scores = useApiQuery([...keys.proposals.scores(proposalId), submitted], async (signal) =>
    submitted ? await call('GET /api/v1/proposals/{id}/scores', { path: { id: proposalId }, signal }) : null,
  );
  return (
    <section aria-labelledby="others-heading" className="others-scores">
      <h2 id="others-heading">{t('othersHeading')}</h2>
      {!submitted ? (
        <p className="notice blind-notice" data-testid="blind-notice">
          {t('blind')}
        </p>
      ) : (
        <Async state={scores}>
          {(data) => {
            const sheets = (data?.sheets ?? []).filter((s) => s.stage === stage);
            const result = data?.stages[stage];
            if (!data || sheets.length === 0) return <p>{t('othersNone')}</p>;
            return (
              <div className="table-scroll" data-testid="others-table">
                <p>{t('sheetsCount', { count: sheets.length })}</p>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('sheetHeading')}</th>
                      {sheets.map((s) => (
                        <th scope="col" className="number" key={s.assignmentId}>
                          {t('reviewerN', { n: s.reviewerLabel })}
                        </th>
                      ))}
                      <th scope="col" className="number">
                        {t('mean')}
                      </th>
                      <th scope="col" className="number">
                        {t('spread')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {criteria.map((c) => {
                      const stats = statsOf(result, c.key);
                      return (
                        <tr key={c.key}>
                          <th scope="row">{criterionLabel(c, locale)}</th>
                          {sheets.map((s, i) => (
                            <td className="number" key={i}>
                              {s.scores[c.key] ?? '—'}
                            </td>
                          ))}
                          <td className="number">{meanText(stats, locale, result?.display)}</td>
                          <td className="number">{spreadText(stats)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                {result ? (
                  <div className="review-total">
                    <ScoreTotal display={result.display} total={result.total} />
                  </div>
                ) : null}
              </div>
            );
          }}
        </Async>
      )}
    </section>
  );
}
