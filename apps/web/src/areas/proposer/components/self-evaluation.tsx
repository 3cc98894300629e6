import { useState } from 'react';
import { ApiError } from '../../../api/problem';
import { useLocale, useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextArea, TextField } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { parseNumber } from '../form-model';
import { formTexts } from '../form-texts';
import type { Proposal } from '../models';
import { api } from '../proposer-api';

/**
 * 自己評価 at term end (SUBMIT_SELF_EVALUATION, party group): a review text, a score per item of the call's
 * project-evaluation rubric (when there is one) and the actual value of each planned KPI.
 */
export function SelfEvaluation({ proposal, onDone }: { proposal: Proposal; onDone(next: Proposal): void }) {
  const t = useT(formTexts);
  const { locale } = useLocale();
  const rubric = useApiQuery(keys.calls.rubric(proposal.callId, 'project_end'), (signal) =>
    api.rubric(proposal.callId, 'project_end', signal).catch(() => null),
  );
  const kpis = proposal.content.kpis ?? [];
  const criteria = rubric.data?.definition.criteria ?? [];
  const [summary, setSummary] = useState('');
  const [scores, setScores] = useState<Record<string, string>>({});
  const [actuals, setActuals] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [problem, setProblem] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  // A field's message goes as soon as it is edited; the rest stay until the next attempt.
  const edited = (id: string) => setErrors((list) => list.filter((e) => e.fieldId !== id));

  const submit = async () => {
    const found: Array<{ fieldId: string; message: string }> = [];
    if (!summary.trim())
      found.push({ fieldId: 'se-summary', message: t('errRequired', { field: t('selfEvalSummary') }) });
    const numbers = (values: Record<string, string>, keys: string[], prefix: string, label: (k: string) => string) => {
      const out: Record<string, number> = {};
      keys.forEach((key, i) => {
        const value = parseNumber(values[key] ?? '');
        if (value === undefined)
          found.push({ fieldId: `${prefix}-${i}`, message: t('errRequired', { field: label(key) }) });
        else if (Number.isNaN(value))
          found.push({ fieldId: `${prefix}-${i}`, message: t('errNumeric', { field: label(key) }) });
        else out[key] = value;
      });
      return out;
    };
    const itemLabel = (key: string) => {
      const c = criteria.find((x) => x.key === key);
      return c ? (locale === 'ja' ? c.labelJa : c.labelEn) : key;
    };
    const scored = numbers(
      scores,
      criteria.map((c) => c.key),
      'se-score',
      itemLabel,
    );
    const actual = numbers(
      actuals,
      kpis.map((k) => k.name),
      'se-kpi',
      (name) => name,
    );
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const fresh = await api.proposal(proposal.id);
      onDone(
        await api.event(proposal.id, fresh.version, {
          type: 'SUBMIT_SELF_EVALUATION',
          party: 'group',
          summary,
          scores: scored,
          kpiActuals: actual,
        }),
      );
    } catch (error) {
      if (error instanceof ApiError) setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="self-evaluation" aria-labelledby="se-title">
      <h2 id="se-title">{t('selfEvalTitle')}</h2>
      <p>{t('selfEvalIntro')}</p>
      <ErrorSummary errors={errors} />
      <TextArea
        id="se-summary"
        label={t('selfEvalSummary')}
        required
        value={summary}
        error={errorOf('se-summary')}
        onChange={(e) => {
          edited('se-summary');
          setSummary(e.target.value);
        }}
      />
      {criteria.map((c, i) => (
        <TextField
          key={c.key}
          id={`se-score-${i}`}
          inputMode="numeric"
          required
          label={t('selfEvalScore', {
            item: locale === 'ja' ? c.labelJa : c.labelEn,
            min: c.scale.min,
            max: c.scale.max,
          })}
          value={scores[c.key] ?? ''}
          error={errorOf(`se-score-${i}`)}
          onChange={(e) => {
            edited(`se-score-${i}`);
            setScores({ ...scores, [c.key]: e.target.value });
          }}
        />
      ))}
      {kpis.map((kpi, i) => (
        <TextField
          key={kpi.name}
          id={`se-kpi-${i}`}
          inputMode="decimal"
          required
          label={t('selfEvalActual', { kpi: kpi.name, unit: kpi.unit })}
          value={actuals[kpi.name] ?? ''}
          error={errorOf(`se-kpi-${i}`)}
          onChange={(e) => {
            edited(`se-kpi-${i}`);
            setActuals({ ...actuals, [kpi.name]: e.target.value });
          }}
        />
      ))}
      {problem ? <ProblemMessage error={problem} /> : null}
      <button type="button" className="button" disabled={busy} onClick={() => void submit()}>
        {t('selfEvalSubmit')}
      </button>
    </section>
  );
}
