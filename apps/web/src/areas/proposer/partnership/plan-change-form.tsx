import { useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { PLAN_CHANGE_KINDS, type Partnership, type PlanChangeKind } from '../../../partnership/partnership-models';
import { resultsTexts } from '../../../partnership/results-texts';
import { ErrorSummary, ProblemMessage, TextArea, TextField } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { SendWithConfirmation, useConfirmedSend } from '../../../ui/send-with-confirmation';
import { parseNumber } from '../form-model';
import { planTerms, type PlanTermValues } from './plan-terms';
import { PlanTermsFields } from './plan-terms-fields';
import { planTexts } from './plan-texts';

export interface PlanChangeValues extends PlanTermValues {
  kinds: PlanChangeKind[];
  reason: string;
  description: string;
  budgetTotal: string;
}

/**
 * 計画変更の申請 by the group or the partner department while the project runs: what changes and why, and for each
 * kind chosen the new terms (left empty, a term stays as it is) that the secretariat's approval then applies.
 */
export function PlanChangeForm({
  partnership,
  onSent,
}: {
  partnership: Partnership;
  onSent: (next: Partnership) => void;
}) {
  const t = useT(planTexts);
  const tr = useT(resultsTexts);
  const { locale } = useLocale();
  const form = useForm<PlanChangeValues>({
    defaultValues: {
      kinds: [],
      reason: '',
      description: '',
      budgetTotal: '',
      termStart: '',
      termEnd: '',
      roleSharing: '',
      costSharing: '',
      grantedAmount: '',
      targets: [],
    },
  });
  const { register, handleSubmit, getValues, reset, watch, formState } = form;
  const errors = useErrorList(formState.errors, formState.submitCount, [
    ['kinds', 'pc-kind-period'],
    ['reason', 'pc-reason'],
    ['description', 'pc-description'],
    ['budgetTotal', 'pc-budget'],
    ['termStart', 'pc-term-start'],
    ['termEnd', 'pc-term-end'],
    ['grantedAmount', 'pc-granted'],
    ...partnership.kpis.map((_, i): [`targets.${number}`, string] => [`targets.${i}`, `pc-target-${i}`]),
  ]);
  const kinds = watch('kinds') ?? [];

  const sending = useConfirmedSend(async () => {
    const values = getValues();
    const total = parseNumber(values.budgetTotal);
    const terms = planTerms(values, partnership.kpis);
    const next = await call('POST /api/v1/proposals/{id}/plan-changes', {
      path: { id: partnership.proposal.id },
      body: {
        kinds: values.kinds,
        reason: values.reason.trim(),
        description: values.description.trim(),
        ...(values.kinds.includes('budget') && total !== undefined ? { budgetTotal: total } : {}),
        ...(Object.keys(terms).length > 0 ? { terms } : {}),
      },
      idempotencyKey: newIdempotencyKey(),
    });
    reset();
    onSent(next);
    return t('planSent');
  });

  return (
    <section className="console-panel plan-change-form" aria-labelledby="plan-change-heading">
      <h2 id="plan-change-heading">{t('planHeading')}</h2>
      <p role="status" aria-live="polite" className="notice-inline">
        {sending.notice}
      </p>
      <form noValidate onSubmit={handleSubmit(sending.ask)}>
        <p>{t('planIntro')}</p>
        <ErrorSummary errors={errors} />
        {sending.failure ? <ProblemMessage error={sending.failure} /> : null}
        <fieldset aria-describedby={formState.errors.kinds ? 'pc-kinds-error' : undefined}>
          <legend>{tr('kinds')}</legend>
          {formState.errors.kinds ? (
            <p id="pc-kinds-error" className="field-error">
              {formState.errors.kinds.message}
            </p>
          ) : null}
          {PLAN_CHANGE_KINDS.map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="checkbox"
                id={`pc-kind-${kind}`}
                value={kind}
                {...register('kinds', { validate: (v) => (v && v.length > 0 ? true : t('errKinds')) })}
              />{' '}
              {tr(kind)}
            </label>
          ))}
        </fieldset>
        <TextArea
          id="pc-reason"
          rows={3}
          label={tr('reason')}
          required
          error={formState.errors.reason?.message}
          {...register('reason', { validate: (v) => (v.trim() ? true : t('errRequired', { field: tr('reason') })) })}
        />
        <TextArea
          id="pc-description"
          rows={4}
          label={tr('description')}
          hint={t('descriptionHint')}
          required
          error={formState.errors.description?.message}
          {...register('description', {
            validate: (v) => (v.trim() ? true : t('errRequired', { field: tr('description') })),
          })}
        />
        {kinds.includes('budget') ? (
          <TextField
            id="pc-budget"
            inputMode="numeric"
            label={tr('budgetTotal')}
            hint={t('budgetHint')}
            error={formState.errors.budgetTotal?.message}
            {...register('budgetTotal', {
              validate: (v) => {
                const n = parseNumber(v);
                return n === undefined || (Number.isInteger(n) && n >= 0)
                  ? true
                  : t('errYen', { field: tr('budgetTotal') });
              },
            })}
          />
        ) : null}
        <PlanTermsFields form={form} kinds={kinds} partnership={partnership} />
        <SendWithConfirmation sending={sending} label={t('planSend')} title={t('planConfirmTitle')}>
          <p>{t('planConfirmBody')}</p>
          {partnership.agreement && kinds.includes('budget') && getValues('grantedAmount') ? (
            <p>
              {tr('grantedAmount')}：{tr('yen', { amount: formatNumber(partnership.agreement.grantedAmount, locale) })}{' '}
              → {tr('yen', { amount: formatNumber(parseNumber(getValues('grantedAmount')) ?? 0, locale) })}
            </p>
          ) : null}
        </SendWithConfirmation>
      </form>
    </section>
  );
}
