import type { Translate } from '../../i18n/i18n';
import type { formTexts } from './form-texts';
import { amountRefusal, type CallMoney } from './amount-rules';
import { fieldId, parseNumber, type FormState } from './form-model';

type Key = keyof (typeof formTexts)['ja'];
export type FieldErrors = Record<string, string>;

/**
 * The form's own checks, in plain words. `format` errors (too long, not a number, not an e-mail) always show
 * and stop the autosave, since the API would refuse them; `missing` ones show once the person has left the
 * field, and all of them at the submit step.
 */
export function validate(
  state: FormState,
  t: Translate<Key>,
  money: CallMoney | null,
): { format: FieldErrors; missing: FieldErrors } {
  const format: FieldErrors = {};
  const missing: FieldErrors = {};
  const required = (name: string, value: string, label: Key, max: number) => {
    if (value.trim() === '') missing[fieldId(name)] = t('errRequired', { field: t(label) });
    else if (value.length > max) format[fieldId(name)] = t('errTooLong', { field: t(label), max });
  };
  const number = (id: string, value: string, label: string, options: { integer?: boolean; need?: boolean }) => {
    const parsed = parseNumber(value);
    if (parsed === undefined) {
      if (options.need) missing[id] = t('errRequired', { field: label });
    } else if (Number.isNaN(parsed) || (options.integer && (!Number.isInteger(parsed) || parsed < 0))) {
      format[id] = t(options.integer ? 'errNumber' : 'errNumeric', { field: label });
    }
    return parsed;
  };
  const rowLabel = (n: number, label: Key) => `${t('rowN', { n: n + 1 })} ${t(label)}`;

  required('title', state.title, 'title', 200);
  required('summary', state.summary, 'summary', 20_000);
  if (state.activityFields.length === 0) {
    missing[fieldId('activityFields')] = t('errChoose', { field: t('activityFields') });
  }
  required('contactName', state.contactName, 'contactName', 100);
  required('contactEmail', state.contactEmail, 'contactEmail', 254);
  if (state.contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(state.contactEmail.trim())) {
    format[fieldId('contactEmail')] = t('errEmail');
  }
  if (state.contactPhone.trim() && !/^[0-9+\-() ]{6,20}$/.test(state.contactPhone.trim())) {
    format[fieldId('contactPhone')] = t('errPhone');
  }
  required('background', state.background, 'background', 20_000);
  required('objectives', state.objectives, 'objectives', 20_000);
  const amount = number(fieldId('requestedAmount'), state.requestedAmount, t('requestedAmount'), {
    integer: true,
    need: true,
  });
  // The first year's limits: a continuing project's cap of a later year is the API's to apply (it knows the year).
  const budget = state.budget.map((line) => ({
    kind: line.kind,
    item: line.item,
    amount: parseNumber(line.amount) ?? 0,
  }));
  const refusal =
    money && typeof amount === 'number' && Number.isInteger(amount) ? amountRefusal(money, amount, budget, 1) : null;
  if (refusal?.rule === 'maximum' || refusal?.rule === 'year_cap')
    format[fieldId('requestedAmount')] = t('errMax', {
      field: t('requestedAmount'),
      max: refusal.limit.toLocaleString(),
    });
  if (refusal?.rule === 'subsidy_ratio')
    format[fieldId('requestedAmount')] = t('errRatio', {
      field: t('requestedAmount'),
      expenses: refusal.expenses.toLocaleString(),
      numerator: refusal.numerator,
      denominator: refusal.denominator,
      max: refusal.limit.toLocaleString(),
    });

  if (state.roles.length === 0) missing[fieldId('roles')] = t('errRows', { field: t('stepRoles') });
  state.roles.forEach((row, i) => {
    if (!row.task.trim()) missing[fieldId(`roles-${i}-task`)] = t('errRequired', { field: rowLabel(i, 'roleTask') });
    if (row.task.length > 500) format[fieldId(`roles-${i}-task`)] = t('errTooLong', { field: t('roleTask'), max: 500 });
  });
  if (state.budget.length === 0) missing[fieldId('budget')] = t('errRows', { field: t('stepBudget') });
  state.budget.forEach((line, i) => {
    if (!line.item.trim())
      missing[fieldId(`budget-${i}-item`)] = t('errRequired', { field: rowLabel(i, 'budgetItem') });
    number(fieldId(`budget-${i}-amount`), line.amount, rowLabel(i, 'budgetAmount'), { integer: true, need: true });
  });
  if (state.kpis.length === 0) missing[fieldId('kpis')] = t('errRows', { field: t('stepKpis') });
  state.kpis.forEach((kpi, i) => {
    if (!kpi.name.trim()) missing[fieldId(`kpis-${i}-name`)] = t('errRequired', { field: rowLabel(i, 'kpiName') });
    if (!kpi.unit.trim()) missing[fieldId(`kpis-${i}-unit`)] = t('errRequired', { field: rowLabel(i, 'kpiUnit') });
    number(fieldId(`kpis-${i}-baseline`), kpi.baseline, rowLabel(i, 'kpiBaseline'), {});
    number(fieldId(`kpis-${i}-target`), kpi.target, rowLabel(i, 'kpiTarget'), { need: true });
  });
  // Neither is needed to submit, but a row begun must be finished, and what is written must fit the API's limits.
  state.schedule.forEach((item, i) => {
    if (!item.period.trim())
      missing[fieldId(`schedule-${i}-period`)] = t('errRequired', { field: rowLabel(i, 'schedulePeriod') });
    else if (item.period.length > 100)
      format[fieldId(`schedule-${i}-period`)] = t('errTooLong', { field: rowLabel(i, 'schedulePeriod'), max: 100 });
    if (!item.activity.trim())
      missing[fieldId(`schedule-${i}-activity`)] = t('errRequired', { field: rowLabel(i, 'scheduleActivity') });
    else if (item.activity.length > 1000)
      format[fieldId(`schedule-${i}-activity`)] = t('errTooLong', {
        field: rowLabel(i, 'scheduleActivity'),
        max: 1000,
      });
  });
  const optional = (name: keyof FormState, label: Key, max: number) => {
    const value = state[name] as string;
    if (value.length > max) format[fieldId(name)] = t('errTooLong', { field: t(label), max });
  };
  optional('orgRepresentative', 'orgRepresentative', 200);
  optional('orgFounded', 'orgFounded', 50);
  optional('orgActivities', 'orgActivities', 20_000);
  number(fieldId('orgMembers'), state.orgMembers, t('orgMembers'), { integer: true });
  return { format, missing };
}

/** The API's names of missing parts (ContentIncomplete's missingFields) as the form's field ids and labels. */
export const MISSING_LABELS: Record<string, { id: string; label: Key }> = {
  title: { id: fieldId('title'), label: 'title' },
  summary: { id: fieldId('summary'), label: 'summary' },
  background: { id: fieldId('background'), label: 'background' },
  objectives: { id: fieldId('objectives'), label: 'objectives' },
  kpis: { id: fieldId('kpis'), label: 'stepKpis' },
  roleSharing: { id: fieldId('roles'), label: 'stepRoles' },
  budget: { id: fieldId('budget'), label: 'stepBudget' },
  requestedAmount: { id: fieldId('requestedAmount'), label: 'requestedAmount' },
  activityFields: { id: fieldId('activityFields'), label: 'activityFields' },
  contactPerson: { id: fieldId('contactName'), label: 'contactName' },
};
