import { useState } from 'react';
import { call } from '../../../api/client';
import { useLocalized, useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, PageTitle, Select } from '../../../ui/components';
import { feedbackSummaryTexts } from './feedback-summary-texts';

/** 年度: April to March; the fiscal year of a date. */
export function fiscalYearOf(date: Date): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** 制度の振り返り: a fiscal year's questionnaire per stage, stages with too few answers hidden by the API. */
export function FeedbackSummaryPage() {
  const t = useT(feedbackSummaryTexts);
  const localized = useLocalized();
  const current = fiscalYearOf(new Date());
  const [year, setYear] = useState(current);
  const summary = useApiQuery(keys.admin.feedbackSummary(year), (signal) =>
    call('GET /api/v1/feedback/summary', { query: { fiscalYear: year }, signal }),
  );
  const years = [...new Set([current, year, ...(summary.data?.fiscalYears ?? [])])].sort((a, b) => b - a);
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro', { minimum: summary.data?.minimumAnswers ?? 3 })}</p>
      <Select
        id="feedback-year"
        label={t('year')}
        value={String(year)}
        onChange={(event) => setYear(Number(event.target.value))}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {t('yearOption', { year: y })}
          </option>
        ))}
      </Select>
      <Async state={summary}>
        {(data) => (
          <>
            {data.stages.map((stage) => {
              const name = localized(stage.title);
              return (
                <section key={stage.stage} className="card feedback-stage" aria-labelledby={`stage-${stage.stage}`}>
                  <h2 id={`stage-${stage.stage}`}>{name}</h2>
                  {stage.hidden || stage.answers === null ? (
                    <p className="empty-state">{t('hidden', { minimum: data.minimumAnswers })}</p>
                  ) : (
                    <>
                      <p>{t('answers', { count: stage.answers })}</p>
                      <div className="table-scroll">
                        <table>
                          <caption>{t('caption', { stage: name })}</caption>
                          <thead>
                            <tr>
                              <th scope="col">{t('question')}</th>
                              <th scope="col">{t('mean')}</th>
                              <th scope="col">{t('distribution')}</th>
                            </tr>
                          </thead>
                          <tbody>
                            {stage.questions.map((question) => (
                              <tr key={question.key}>
                                <th scope="row">{localized(question.text)}</th>
                                <td>{question.mean === null ? '—' : question.mean.toFixed(2)}</td>
                                <td>{question.counts.join(' / ')}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                      <h3>{t('comments')}</h3>
                      {stage.comments.length === 0 ? (
                        <p>{t('noComments')}</p>
                      ) : (
                        <ul className="feedback-comments">
                          {stage.comments.map((comment, index) => (
                            // The texts carry no id on purpose (nothing links them to anyone): the position is the key.
                            <li key={index}>{comment}</li>
                          ))}
                        </ul>
                      )}
                    </>
                  )}
                </section>
              );
            })}
          </>
        )}
      </Async>
    </section>
  );
}
