import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../../../api/problem';
import { useLocale, useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextArea, TextField } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useErrorList } from '../../../ui/use-error-list';
import { usePartnership } from '../../../partnership/use-partnership';
import { parseNumber } from '../form-model';
import { formTexts } from '../form-texts';
import type { Proposal } from '../models';
import { api } from '../proposer-api';

/**
 * 自己評価 at term end (SUBMIT_SELF_EVALUATION): a review text, a score per item of the call's project-evaluation
 * rubric (when there is one) and the actual value of each planned KPI. The group and the partner department each
 * evaluate themselves on the same page; the partnership says which of the two the reader is.
 */
interface SelfEvaluationValues {
  summary: string;
  /** By the rubric's items, in their order. */
  scores: string[];
  /** By the proposal's KPIs, in their order. */
  actuals: string[];
}

export function SelfEvaluation({ proposal, onDone }: { proposal: Proposal; onDone(next: Proposal): void }) {
  const t = useT(formTexts);
  const { locale } = useLocale();
  const rubric = useApiQuery(keys.calls.rubric(proposal.callId, 'project_end'), (signal) =>
    api.rubric(proposal.callId, 'project_end', signal).catch(() => null),
  );
  const party = usePartnership(proposal.id).state.data?.party ?? null;
  const kpis = proposal.content.kpis ?? [];
  const criteria = rubric.data?.definition.criteria ?? [];
  const [problem, setProblem] = useState<ApiError>();
  // Checked on submit; a field's message goes as soon as it is edited, the rest stay until the next attempt.
  const { register, handleSubmit, clearErrors, formState } = useForm<SelfEvaluationValues>({
    defaultValues: { summary: '', scores: [], actuals: [] },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summary = useErrorList(errors, submitCount, [
    ['summary', 'se-summary'],
    ...criteria.map((_, i): [`scores.${number}`, string] => [`scores.${i}`, `se-score-${i}`]),
    ...kpis.map((_, i): [`actuals.${number}`, string] => [`actuals.${i}`, `se-kpi-${i}`]),
  ]);

  /** A number the field must hold: missing and not-a-number each say so with the field's name. */
  const numeric = (label: string) => ({
    validate: (value: string | undefined) => {
      const number = parseNumber(value ?? '');
      if (number === undefined) return t('errRequired', { field: label });
      if (Number.isNaN(number)) return t('errNumeric', { field: label });
      return true;
    },
  });
  const itemLabel = (c: (typeof criteria)[number]) => (locale === 'ja' ? c.labelJa : c.labelEn || c.labelJa);

  const submit = async (values: SelfEvaluationValues) => {
    if (party === null) return;
    const scored = Object.fromEntries(criteria.map((c, i) => [c.key, parseNumber(values.scores[i] ?? '')!]));
    const actual = Object.fromEntries(kpis.map((k, i) => [k.name, parseNumber(values.actuals[i] ?? '')!]));
    setProblem(undefined);
    try {
      const fresh = await api.proposal(proposal.id);
      onDone(
        await api.event(proposal.id, fresh.version, {
          type: 'SUBMIT_SELF_EVALUATION',
          party,
          summary: values.summary,
          scores: scored,
          kpiActuals: actual,
        }),
      );
    } catch (error) {
      if (error instanceof ApiError) setProblem(error);
    }
  };

  return (
    <section className="self-evaluation" aria-labelledby="se-title">
      <h2 id="se-title">{t('selfEvalTitle')}</h2>
      <p>{t('selfEvalIntro')}</p>
      <ErrorSummary errors={summary} />
      <TextArea
        id="se-summary"
        label={t('selfEvalSummary')}
        required
        error={errors.summary?.message}
        {...register('summary', {
          validate: (value) => (value.trim() ? true : t('errRequired', { field: t('selfEvalSummary') })),
          onChange: () => clearErrors('summary'),
        })}
      />
      {criteria.map((c, i) => (
        <TextField
          key={c.key}
          id={`se-score-${i}`}
          inputMode="numeric"
          required
          label={t('selfEvalScore', { item: itemLabel(c), min: c.scale.min, max: c.scale.max })}
          error={errors.scores?.[i]?.message}
          {...register(`scores.${i}`, { ...numeric(itemLabel(c)), onChange: () => clearErrors(`scores.${i}`) })}
        />
      ))}
      {kpis.map((kpi, i) => (
        <TextField
          key={kpi.name}
          id={`se-kpi-${i}`}
          inputMode="decimal"
          required
          label={t('selfEvalActual', { kpi: kpi.name, unit: kpi.unit })}
          error={errors.actuals?.[i]?.message}
          {...register(`actuals.${i}`, { ...numeric(kpi.name), onChange: () => clearErrors(`actuals.${i}`) })}
        />
      ))}
      {problem ? <ProblemMessage error={problem} /> : null}
      <button
        type="button"
        className="button"
        disabled={isSubmitting || party === null}
        onClick={() => void handleSubmit(submit)()}
      >
        {t('selfEvalSubmit')}
      </button>
    </section>
  );
}
