import type { UseFormReturn } from 'react-hook-form';
import { formatNumber, useLocale, useT } from '../../../i18n/i18n';
import type { Partnership, PlanChangeKind } from '../../../partnership/partnership-models';
import { resultsTexts } from '../../../partnership/results-texts';
import { TextArea, TextField } from '../../../ui/components';
import { parseNumber } from '../form-model';
import type { PlanChangeValues } from './plan-change-form';
import { planTexts } from './plan-texts';

/**
 * The new terms of a plan change, for each kind chosen: the period's days, the role sharing, the cost sharing and the
 * granted amount, each KPI's target. Each shows what stands now; left empty, it stays.
 */
export function PlanTermsFields({
  form,
  kinds,
  partnership,
}: {
  form: UseFormReturn<PlanChangeValues>;
  kinds: PlanChangeKind[];
  partnership: Partnership;
}) {
  const t = useT(planTexts);
  const tr = useT(resultsTexts);
  const { locale } = useLocale();
  const { register, formState } = form;
  const agreement = partnership.agreement;
  const now = (value: string) => t('termNow', { value });
  const yen = (field: string) => ({
    validate: (value: string) => {
      const n = parseNumber(value);
      return n === undefined || (Number.isInteger(n) && n >= 0) ? true : t('errYen', { field });
    },
  });
  return (
    <>
      {kinds.includes('period') && agreement ? (
        <fieldset className="plan-terms">
          <legend>{t('newPeriod')}</legend>
          <TextField
            id="pc-term-start"
            type="date"
            label={t('newTermStart')}
            hint={now(agreement.termStart)}
            error={formState.errors.termStart?.message}
            {...register('termStart')}
          />
          <TextField
            id="pc-term-end"
            type="date"
            label={t('newTermEnd')}
            hint={now(agreement.termEnd)}
            error={formState.errors.termEnd?.message}
            {...register('termEnd', {
              validate: (end, all) => {
                const start = all.termStart || agreement.termStart;
                return (end || agreement.termEnd) > start ? true : t('errTermOrder');
              },
            })}
          />
        </fieldset>
      ) : null}
      {kinds.includes('activities') && agreement ? (
        <TextArea
          id="pc-roles"
          rows={3}
          label={t('newRoleSharing')}
          hint={now(agreement.roleSharing)}
          {...register('roleSharing')}
        />
      ) : null}
      {kinds.includes('budget') && agreement ? (
        <>
          <TextArea
            id="pc-costs"
            rows={3}
            label={t('newCostSharing')}
            hint={now(agreement.costSharing)}
            {...register('costSharing')}
          />
          <TextField
            id="pc-granted"
            inputMode="numeric"
            label={t('newGrantedAmount')}
            hint={now(tr('yen', { amount: formatNumber(agreement.grantedAmount, locale) }))}
            error={formState.errors.grantedAmount?.message}
            {...register('grantedAmount', yen(t('newGrantedAmount')))}
          />
        </>
      ) : null}
      {kinds.includes('kpis') ? (
        <fieldset className="plan-terms">
          <legend>{t('newTargets')}</legend>
          {partnership.kpis.map((kpi, i) => (
            <TextField
              key={kpi.name}
              id={`pc-target-${i}`}
              inputMode="decimal"
              label={t('newTarget', { name: kpi.name, unit: kpi.unit })}
              hint={now(`${formatNumber(kpi.target, locale)}${kpi.unit}`)}
              error={formState.errors.targets?.[i]?.message}
              {...register(`targets.${i}`, {
                validate: (value: string | undefined) => {
                  const n = parseNumber(value ?? '');
                  return n === undefined || (!Number.isNaN(n) && n >= 0) ? true : t('errTarget', { name: kpi.name });
                },
              })}
            />
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
