import type { Schema } from '../api/models';
import { formatDate, useLocale, useT } from '../i18n/i18n';
import { recordsTexts } from './lifecycle-records-texts';

type Records = Schema<'ProposalRecords'>;

/**
 * 事前相談 and 協議結果報告書, read-only, each with who recorded it and when. The API gives each reader only what
 * they may read (docs/workflow.md); `showPreConsultations` hides that part where the call has no 事前相談 and none
 * was recorded.
 */
export function LifecycleRecords({
  records,
  showPreConsultations = true,
  showEmptyReport = true,
}: {
  records: Records | undefined;
  showPreConsultations?: boolean;
  showEmptyReport?: boolean;
}) {
  const t = useT(recordsTexts);
  const { locale } = useLocale();
  if (!records) return null;
  const { preConsultations, consultationReport: report } = records;
  const pre = showPreConsultations || preConsultations.length > 0;
  if (!pre && !report && !showEmptyReport) return null;
  const who = (by: Schema<'RecordedBy'>) => by.displayName ?? t('unknownPerson');
  return (
    <section className="lifecycle-records" aria-labelledby="lifecycle-records-heading" data-testid="lifecycle-records">
      <h2 id="lifecycle-records-heading">{t('heading')}</h2>
      {pre ? (
        <section aria-labelledby="pre-records-heading" data-testid="pre-consultation-records">
          <h3 id="pre-records-heading">{t('preHeading')}</h3>
          {preConsultations.length === 0 ? (
            <p>{t('preNone')}</p>
          ) : (
            <ol className="record-list">
              {preConsultations.map((entry, index) => (
                <li key={`${entry.at}-${index}`}>
                  <p className="record-text">{entry.note}</p>
                  <p className="meta">
                    {t('recorded', { date: formatDate(entry.at, locale, true), name: who(entry.recordedBy) })}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      {report || showEmptyReport ? (
        <section aria-labelledby="report-record-heading" data-testid="consultation-report-record">
          <h3 id="report-record-heading">{t('reportHeading')}</h3>
          {report ? (
            <>
              <dl className="record-fields">
                <dt>{t('opinion')}</dt>
                <dd>{report.opinion}</dd>
                <dt>{t('feasibility')}</dt>
                <dd>{report.feasibility}</dd>
                <dt>{t('budgetIntent')}</dt>
                <dd>{report.budgetIntent}</dd>
                <dt>{t('conditions')}</dt>
                <dd>
                  {report.conditions.length === 0 ? (
                    t('noConditions')
                  ) : (
                    <ul>
                      {report.conditions.map((condition, index) => (
                        <li key={index}>{condition}</li>
                      ))}
                    </ul>
                  )}
                </dd>
              </dl>
              <p className="meta">
                {t('filed', { date: formatDate(report.at, locale, true), name: who(report.recordedBy) })}
              </p>
            </>
          ) : (
            <p>{t('reportNone')}</p>
          )}
        </section>
      ) : null}
    </section>
  );
}
