import { useState } from 'react';
import { call } from '../../api/client';
import { formatNumber, useLocale, useT } from '../../i18n/i18n';
import { ErrorSummary, ProblemMessage, Select, TextArea } from '../../ui/components';
import { statsOf } from '../../ui/score-format';
import { useAction } from '../../ui/use-action';
import { keys } from '../../queries/keys';
import { useInvalidate } from '../../queries/use-invalidate';
import { criterionLabel, scalePoints } from '../reviewer/criterion-field';
import type { Criterion, StageResult } from '../../api/review-models';
import type { Consensus } from './models';
import { committeeTexts } from './texts';

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
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(current?.scores ?? {}).map(([k, v]) => [k, String(v)])),
  );
  const [reasons, setReasons] = useState<Record<string, string>>(current?.reasons ?? {});
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
  const { failure, notice, run } = useAction();
  const invalidate = useInvalidate();
  const save = () =>
    run(async () => {
      const missing = criteria.filter(
        (c) => scores[c.key] === undefined || scores[c.key] === '' || !reasons[c.key]?.trim(),
      );
      const next = missing.map((c) => ({
        fieldId: `consensus-${proposalId}-${c.key}`,
        message: t('consensusMissing', { label: criterionLabel(c, locale) }),
      }));
      setErrors(next);
      if (next.length > 0) return;
      await call('PUT /api/v1/sessions/{id}/consensus/{proposalId}', {
        path: { id: sessionId, proposalId },
        ifMatch: current?.version ?? 0,
        body: {
          scores: Object.fromEntries(criteria.map((c) => [c.key, Number(scores[c.key])])),
          reasons: Object.fromEntries(criteria.map((c) => [c.key, reasons[c.key]!.trim()])),
        },
      });
      await invalidate(keys.sessions.meeting(sessionId));
      return t('consensusSaved');
    });
  return (
    <section aria-labelledby="consensus-heading" className="committee-panel">
      <h3 id="consensus-heading">{t('consensus')}</h3>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ErrorSummary errors={errors} />
        {failure ? <ProblemMessage error={failure} /> : null}
        {criteria.map((c) => {
          const label = criterionLabel(c, locale);
          const mean = statsOf(result, c.key)?.mean;
          const value = scores[c.key];
          const difference =
            mean !== undefined && value !== undefined && value !== '' ? Number(value) - mean : undefined;
          return (
            <div key={c.key} className="consensus-row">
              <Select
                id={`consensus-${proposalId}-${c.key}`}
                label={t('consensusScore', { label, min: c.scale.min, max: c.scale.max })}
                required
                value={value ?? ''}
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
                onChange={(event) => setScores({ ...scores, [c.key]: event.target.value })}
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
                value={reasons[c.key] ?? ''}
                onChange={(event) => setReasons({ ...reasons, [c.key]: event.target.value })}
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
