import { useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { formatNumber, useLocale, useT } from '../../../i18n/i18n';
import type { Partnership } from '../../../partnership/partnership-models';
import { ErrorSummary, ProblemMessage, TextArea, TextField } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { SendWithConfirmation, useConfirmedSend } from '../../../ui/send-with-confirmation';
import { parseNumber } from '../form-model';
import { progressTexts } from './progress-texts';

interface ProgressValues {
  periodFrom: string;
  periodTo: string;
  summary: string;
  /** By the proposal's KPIs, in their order. */
  actuals: string[];
}

/** 中間報告 (REPORT_PROGRESS) by the group or the partner department: the period, a summary, each KPI's actual. */
export function ProgressReportForm({
  partnership,
  onSent,
}: {
  partnership: Partnership;
  onSent: (next: Partnership) => void;
}) {
  const t = useT(progressTexts);
  const { locale } = useLocale();
  const kpis = partnership.kpis;
  const { register, handleSubmit, getValues, reset, formState } = useForm<ProgressValues>({
    defaultValues: { periodFrom: partnership.agreement?.termStart ?? '', periodTo: '', summary: '', actuals: [] },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [
    ['periodFrom', 'pr-from'],
    ['periodTo', 'pr-to'],
    ['summary', 'pr-summary'],
    ...kpis.map((_, i): [`actuals.${number}`, string] => [`actuals.${i}`, `pr-kpi-${i}`]),
  ]);
  const required = (field: 'periodFrom' | 'periodTo' | 'summary') => ({
    validate: (value: string) => (value.trim() ? true : t('errRequired', { field: t(field) })),
  });

  const sending = useConfirmedSend(async () => {
    const values = getValues();
    const next = await call('POST /api/v1/proposals/{id}/progress-reports', {
      path: { id: partnership.proposal.id },
      body: {
        periodFrom: values.periodFrom,
        periodTo: values.periodTo,
        summary: values.summary.trim(),
        kpiActuals: kpis.map((kpi, i) => ({ name: kpi.name, actual: parseNumber(values.actuals[i] ?? '')! })),
      },
      ifMatch: partnership.proposal.version,
      idempotencyKey: newIdempotencyKey(),
    });
    reset();
    onSent(next);
    return t('sent');
  });

  return (
    <section className="progress-report-form" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('heading')}</h2>
      <p role="status" aria-live="polite" className="notice-inline">
        {sending.notice}
      </p>
      <form noValidate onSubmit={handleSubmit(sending.ask)}>
        <p>{t('intro')}</p>
        <ErrorSummary errors={errors} />
        {sending.failure ? <ProblemMessage error={sending.failure} /> : null}
        <TextField
          id="pr-from"
          type="date"
          label={t('periodFrom')}
          required
          error={formState.errors.periodFrom?.message}
          {...register('periodFrom', required('periodFrom'))}
        />
        <TextField
          id="pr-to"
          type="date"
          label={t('periodTo')}
          required
          error={formState.errors.periodTo?.message}
          {...register('periodTo', {
            validate: (to, all) =>
              !to ? t('errRequired', { field: t('periodTo') }) : to >= all.periodFrom ? true : t('errPeriod'),
          })}
        />
        <TextArea
          id="pr-summary"
          rows={4}
          label={t('summary')}
          hint={t('summaryHint')}
          required
          error={formState.errors.summary?.message}
          {...register('summary', required('summary'))}
        />
        {kpis.map((kpi, i) => {
          const label = t('actual', { name: kpi.name, unit: kpi.unit });
          return (
            <TextField
              key={kpi.name}
              id={`pr-kpi-${i}`}
              inputMode="decimal"
              label={label}
              hint={t('actualHint', { target: formatNumber(kpi.target, locale), unit: kpi.unit })}
              required
              error={formState.errors.actuals?.[i]?.message}
              {...register(`actuals.${i}`, {
                validate: (value: string | undefined) => {
                  const number = parseNumber(value ?? '');
                  if (number === undefined) return t('errRequired', { field: kpi.name });
                  return Number.isNaN(number) ? t('errNumeric', { field: kpi.name }) : true;
                },
              })}
            />
          );
        })}
        <SendWithConfirmation sending={sending} label={t('send')} title={t('confirmTitle')}>
          <p>{t('confirmBody')}</p>
        </SendWithConfirmation>
      </form>
    </section>
  );
}
