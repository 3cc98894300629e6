import type { Schema } from '../api/models';
import { useLocale, useT } from '../i18n/i18n';
import { fiscalYearLabel } from '../i18n/japanese-calendar';
import { continuationTexts } from './continuation-texts';

export type Continuation = Schema<'Continuation'>;

const OUTCOMES = ['adopted', 'adoptedWithConditions', 'notAdopted'] as const;
const outcomeKey = (outcome: string) => OUTCOMES.find((o) => o === outcome);

/**
 * A continuing proposal's year and predecessor, and — unless the blind rule still hides it — what was published of
 * the predecessor. Nothing for a first-year project.
 */
export function ContinuationDetails({ continuation }: { continuation: Continuation }) {
  const t = useT(continuationTexts);
  const { locale } = useLocale();
  const { predecessor, record } = continuation;
  if (!predecessor) return null;
  const outcome = record?.decision ? outcomeKey(record.decision.outcome) : undefined;
  return (
    <section aria-labelledby="continuation-heading" className="continuation" data-testid="continuation">
      <h2 id="continuation-heading">{t('heading')}</h2>
      <p className="continuation-year">
        <strong>
          {continuation.maxYears !== null
            ? t('yearOf', { year: continuation.year, max: continuation.maxYears })
            : t('yearOnly', { year: continuation.year })}
        </strong>
      </p>
      <dl className="pairs">
        <dt>{t('predecessor')}</dt>
        <dd>
          {t('predecessorLine', {
            fiscalYear: fiscalYearLabel(predecessor.fiscalYear, locale),
            title: predecessor.title,
          })}
          {predecessor.receiptNumber ? ` · ${t('receipt', { number: predecessor.receiptNumber })}` : ''}
        </dd>
      </dl>
      {continuation.recordHidden ? (
        <p className="notice blind-notice" data-testid="continuation-blind">
          {t('blind')}
        </p>
      ) : record ? (
        <div data-testid="continuation-record">
          <h3>{t('recordHeading')}</h3>
          <dl className="pairs">
            <dt>{t('decision')}</dt>
            <dd>{record.decision ? (outcome ? t(outcome) : record.decision.outcome) : t('notPublished')}</dd>
            {record.decision ? (
              <>
                <dt>{t('comment')}</dt>
                <dd className="prose">{record.decision.comment}</dd>
              </>
            ) : null}
            <dt>{t('assessment')}</dt>
            <dd>
              {record.assessment ? (
                <>
                  {t('verdict', { verdict: record.assessment.verdict })}
                  <br />
                  <span className="prose">{record.assessment.comment}</span>
                </>
              ) : (
                t('notPublished')
              )}
            </dd>
          </dl>
        </div>
      ) : null}
    </section>
  );
}
