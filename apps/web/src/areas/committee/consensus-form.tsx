import { useForm, useWatch } from 'react-hook-form';
import { call } from '../../api/client';
import { formatNumber, useLocale, useT } from '../../i18n/i18n';
import { ErrorSummary, ProblemMessage, Select, TextArea } from '../../ui/components';
import { statsOf } from '../../ui/score-format';
import { useAction } from '../../ui/use-action';
import { useErrorList } from '../../ui/use-error-list';
import { keys } from '../../queries/keys';
import { useInvalidate } from '../../queries/use-invalidate';
import { criterionLabel, scalePoints } from '../reviewer/criterion-field';
import type { Criterion, StageResult } from '../../api/review-models';
import type { Consensus } from './models';
import { committeeTexts } from './texts';

/** The form's values (not an answer, so not from the document). */
interface ConsensusValues {
  /** Per criterion, in the rubric's order: the score chosen ('' for none) and its reason. */
  rows: Array<{ score: string; reason: string }>;
}

/** The committee's consensus per criterion with its reason, and how far it is from the individual mean. */
export function ConsensusForm({
  sessionId,
  proposalId,
  criteria,
  result,
  current,
}: {
  sessionId: string;
  proposalId: string;
  criteria: Criterion[];
  result: StageResult | undefined;
  current: Consensus | undefined;
}) {
  const t = useT(committeeTexts);
  const { locale } = useLocale();
  // One row per criterion, in the rubric's order; checked on save, the messages in the summary until the next one.
  const { control, register, handleSubmit, formState } = useForm<ConsensusValues>({
    defaultValues: {
      rows: criteria.map((c) => ({
        score: current?.scores[c.key] !== undefined ? String(current.scores[c.key]) : '',
        reason: current?.reasons[c.key] ?? '',
      })),
    },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const rows = useWatch({ control, name: 'rows' });
  const errors = useErrorList(
    formState.errors,
    formState.submitCount,
    criteria.map((c, i) => [`rows.${i}.score`, `consensus-${proposalId}-${c.key}`] as const),
  );
  const { failure, notice, run } = useAction();
  const invalidate = useInvalidate();
  /** A criterion is settled with both a score and a reason; the message names it once either is missing. */
  const settled = (index: number) => (score: string, all: ConsensusValues) =>
    score !== '' && all.rows[index]?.reason.trim()
      ? true
      : t('consensusMissing', { label: criterionLabel(criteria[index]!, locale) });
  const save = ({ rows: values }: ConsensusValues) =>
    run(async () => {
      await call('PUT /api/v1/sessions/{id}/consensus/{proposalId}', {
        path: { id: sessionId, proposalId },
        ifMatch: current?.version ?? 0,
        body: {
          scores: Object.fromEntries(criteria.map((c, i) => [c.key, Number(values[i]!.score)])),
          reasons: Object.fromEntries(criteria.map((c, i) => [c.key, values[i]!.reason.trim()])),
        },
      });
      await invalidate(keys.sessions.meeting(sessionId));
      return t('consensusSaved');
    });
  // A refused attempt still clears the last problem, as every attempt does.
  const refused = () => void run(async () => undefined);
  return (
    <section aria-labelledby="consensus-heading" className="committee-panel">
      <h3 id="consensus-heading">{t('consensus')}</h3>
      <form noValidate onSubmit={handleSubmit(save, refused)}>
        <ErrorSummary errors={errors} />
        {failure ? <ProblemMessage error={failure} /> : null}
        {criteria.map((c, index) => {
          const label = criterionLabel(c, locale);
          const mean = statsOf(result, c.key)?.mean;
          const value = rows?.[index]?.score;
          const difference =
            mean !== undefined && value !== undefined && value !== '' ? Number(value) - mean : undefined;
          return (
            <div key={c.key} className="consensus-row">
              <Select
                id={`consensus-${proposalId}-${c.key}`}
                label={t('consensusScore', { label, min: c.scale.min, max: c.scale.max })}
                required
                hint={
                  mean === undefined
                    ? t('noMean')
                    : t('difference', {
                        mean: formatNumber(mean, locale, 2),
                        difference:
                          difference === undefined
                            ? '—'
                            : `${difference > 0 ? '+' : ''}${formatNumber(difference, locale, 2)}`,
                      })
                }
                {...register(`rows.${index}.score`, { validate: settled(index) })}
              >
                <option value="">—</option>
                {scalePoints(c).map((point) => (
                  <option key={point} value={point}>
                    {point}
                  </option>
                ))}
              </Select>
              <TextArea
                id={`consensus-reason-${proposalId}-${c.key}`}
                label={t('consensusReason', { label })}
                required
                rows={2}
                {...register(`rows.${index}.reason`)}
              />
            </div>
          );
        })}
        <button type="submit" className="button">
          {t('consensusSave')}
        </button>
        <p role="status" aria-live="polite">
          {notice}
        </p>
      </form>
    </section>
  );
}
