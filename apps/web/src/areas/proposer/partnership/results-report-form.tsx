import { useFieldArray, useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { formatNumber, useLocale, useT } from '../../../i18n/i18n';
import type { Partnership } from '../../../partnership/partnership-models';
import { resultsTexts } from '../../../partnership/results-texts';
import { ErrorSummary, ProblemMessage, Select, TextArea, TextField } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { SendWithConfirmation, useConfirmedSend } from '../../../ui/send-with-confirmation';
import { parseNumber } from '../form-model';
import { planTexts } from './plan-texts';

interface ResultsValues {
  summary: string;
  kpis: string[];
  /** The actual of each budget line of the proposal, in its order. */
  lines: string[];
  extras: Array<{ kind: 'income' | 'expense'; item: string; actual: string }>;
  usedAmount: string;
}

const yenOf = (value: string | undefined) => {
  const n = parseNumber(value ?? '');
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/**
 * 実績報告・収支決算 by the proposing organisation (the group, or the department that proposed) once the project has ended: KPI actuals beside their targets, what was done, each
 * budget line's actual beside its plan (and lines the budget did not plan), the amount of the grant used. The totals
 * and the amount to return are shown as computed; the API computes them again and checks the totals.
 */
export function ResultsReportForm({
  partnership,
  onSent,
}: {
  partnership: Partnership;
  onSent: (next: Partnership) => void;
}) {
  const t = useT(planTexts);
  const tr = useT(resultsTexts);
  const { locale } = useLocale();
  const { kpis, budgetPlan } = partnership;
  const granted = partnership.agreement?.grantedAmount ?? 0;
  const { register, control, handleSubmit, getValues, reset, watch, formState } = useForm<ResultsValues>({
    defaultValues: { summary: '', kpis: [], lines: [], extras: [], usedAmount: '' },
  });
  const extras = useFieldArray({ control, name: 'extras' });
  const errors = useErrorList(formState.errors, formState.submitCount, [
    ['summary', 'rr-summary'],
    ...kpis.map((_, i): [`kpis.${number}`, string] => [`kpis.${i}`, `rr-kpi-${i}`]),
    ...budgetPlan.map((_, i): [`lines.${number}`, string] => [`lines.${i}`, `rr-line-${i}`]),
    ...extras.fields.flatMap((_, i): Array<[`extras.${number}.item` | `extras.${number}.actual`, string]> => [
      [`extras.${i}.item`, `rr-extra-item-${i}`],
      [`extras.${i}.actual`, `rr-extra-actual-${i}`],
    ]),
    ['usedAmount', 'rr-used'],
  ]);

  const values = watch();
  const accounts = [
    ...budgetPlan.map((line, i) => ({ kind: line.kind, item: line.item, actual: yenOf(values.lines?.[i]) ?? 0 })),
    ...(values.extras ?? []).map((e) => ({ kind: e.kind, item: e.item.trim(), actual: yenOf(e.actual) ?? 0 })),
  ];
  const total = (kind: 'income' | 'expense') =>
    accounts.filter((a) => a.kind === kind).reduce((sum, a) => sum + a.actual, 0);
  const incomeTotal = total('income');
  const expenseTotal = total('expense');
  const used = yenOf(values.usedAmount) ?? 0;
  const returnAmount = Math.max(granted - used, 0);
  const yen = (amount: number) => tr('yen', { amount: formatNumber(amount, locale) });
  const yenRule = (field: string) => ({
    validate: (value: string | undefined) => {
      if (parseNumber(value ?? '') === undefined) return t('errRequired', { field });
      return yenOf(value) === undefined ? t('errYen', { field }) : true;
    },
  });

  const sending = useConfirmedSend(async () => {
    const current = getValues();
    const next = await call('POST /api/v1/proposals/{id}/results-reports', {
      path: { id: partnership.proposal.id },
      body: {
        summary: current.summary.trim(),
        kpiActuals: kpis.map((kpi, i) => ({ name: kpi.name, actual: parseNumber(current.kpis[i] ?? '')! })),
        accounts,
        incomeTotal,
        expenseTotal,
        usedAmount: used,
      },
      idempotencyKey: newIdempotencyKey(),
    });
    reset();
    onSent(next);
    return t('resultsSent');
  });

  return (
    <section className="console-panel results-report-form" aria-labelledby="results-form-heading">
      <h2 id="results-form-heading">{t('resultsFormHeading')}</h2>
      <p role="status" aria-live="polite" className="notice-inline">
        {sending.notice}
      </p>
      <form noValidate onSubmit={handleSubmit(sending.ask)}>
        <p>{t('resultsIntro')}</p>
        <ErrorSummary errors={errors} />
        {sending.failure ? <ProblemMessage error={sending.failure} /> : null}
        {kpis.map((kpi, i) => (
          <TextField
            key={kpi.name}
            id={`rr-kpi-${i}`}
            inputMode="decimal"
            label={t('kpiLabel', { name: kpi.name, unit: kpi.unit })}
            hint={t('kpiHint', { target: formatNumber(kpi.target, locale), unit: kpi.unit })}
            required
            error={formState.errors.kpis?.[i]?.message}
            {...register(`kpis.${i}`, {
              validate: (value: string | undefined) => {
                const number = parseNumber(value ?? '');
                if (number === undefined) return t('errRequired', { field: kpi.name });
                return Number.isNaN(number) ? t('errNumeric', { field: kpi.name }) : true;
              },
            })}
          />
        ))}
        <TextArea
          id="rr-summary"
          rows={4}
          label={tr('summary')}
          required
          error={formState.errors.summary?.message}
          {...register('summary', {
            validate: (v) => (v.trim() ? true : t('errRequired', { field: tr('summary') })),
          })}
        />
        <fieldset>
          <legend>{tr('accountsCaption')}</legend>
          {budgetPlan.map((line, i) => {
            const label = t('lineLabel', { kind: tr(line.kind as 'income'), item: line.item });
            return (
              <TextField
                key={`${line.kind}-${line.item}`}
                id={`rr-line-${i}`}
                inputMode="numeric"
                label={label}
                hint={t('lineHint', { planned: formatNumber(line.amount, locale) })}
                required
                error={formState.errors.lines?.[i]?.message}
                {...register(`lines.${i}`, yenRule(line.item))}
              />
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{t('extraHeading')}</legend>
          {extras.fields.map((field, i) => (
            <div key={field.id} className="extra-line">
              <Select id={`rr-extra-kind-${i}`} label={t('extraKind')} {...register(`extras.${i}.kind`)}>
                <option value="expense">{tr('expense')}</option>
                <option value="income">{tr('income')}</option>
              </Select>
              <TextField
                id={`rr-extra-item-${i}`}
                label={t('extraItem')}
                required
                error={formState.errors.extras?.[i]?.item?.message}
                {...register(`extras.${i}.item`, {
                  validate: (v) => (v.trim() ? true : t('errRequired', { field: t('extraItem') })),
                })}
              />
              <TextField
                id={`rr-extra-actual-${i}`}
                inputMode="numeric"
                label={t('extraActual')}
                required
                error={formState.errors.extras?.[i]?.actual?.message}
                {...register(`extras.${i}.actual`, yenRule(t('extraActual')))}
              />
              <button type="button" className="button button-secondary" onClick={() => extras.remove(i)}>
                {t('removeLine')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-secondary"
            data-action="add-line"
            onClick={() => extras.append({ kind: 'expense', item: '', actual: '' })}
          >
            {t('addLine')}
          </button>
        </fieldset>
        <TextField
          id="rr-used"
          inputMode="numeric"
          label={tr('usedAmount')}
          hint={t('usedHint', { granted: formatNumber(granted, locale) })}
          required
          error={formState.errors.usedAmount?.message}
          {...register('usedAmount', {
            validate: (value) => {
              const rule = yenRule(tr('usedAmount')).validate(value);
              if (rule !== true) return rule;
              return (yenOf(value) ?? 0) > expenseTotal ? t('errUsedOver') : true;
            },
          })}
        />
        <h3>{t('computed')}</h3>
        <dl className="settlement" aria-live="polite">
          <dt>{tr('incomeTotal')}</dt>
          <dd data-testid="income-total">{yen(incomeTotal)}</dd>
          <dt>{tr('expenseTotal')}</dt>
          <dd data-testid="expense-total">{yen(expenseTotal)}</dd>
          <dt>{tr('grantedAmount')}</dt>
          <dd>{yen(granted)}</dd>
          <dt>{tr('returnAmount')}</dt>
          <dd data-testid="computed-return">{yen(returnAmount)}</dd>
        </dl>
        <SendWithConfirmation sending={sending} label={t('resultsSend')} title={t('resultsConfirmTitle')}>
          <p>{t('resultsConfirmBody')}</p>
        </SendWithConfirmation>
      </form>
    </section>
  );
}
