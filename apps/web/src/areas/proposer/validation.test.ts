import { describe, expect, it } from 'vitest';
import { fieldId, type FormState } from './form-model';
import { formTexts } from './form-texts';
import { validate } from './validation';

const t = (key: keyof (typeof formTexts)['ja'], values?: Record<string, string | number>) =>
  formTexts.ja[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ''));

const state = (requestedAmount: string, expenses: string[]): FormState => ({
  title: '子ども食堂',
  summary: '',
  background: '',
  objectives: '',
  requestedAmount,
  activityFields: [],
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  roles: [],
  budget: [
    { kind: 'income', item: '参加費', amount: '100000' },
    ...expenses.map((amount) => ({ kind: 'expense' as const, item: '経費', amount })),
  ],
  kpis: [],
  schedule: [],
  orgRepresentative: '',
  orgFounded: '',
  orgMembers: '',
  orgActivities: '',
});

// 「経費の3分の2以内、50万円を限度」
const call = { maxRequestedAmount: 500_000, subsidyRatioNumerator: 2, subsidyRatioDenominator: 3, yearlyCaps: [] };
const amountError = (s: FormState) => validate(s, t, call).format[fieldId('requestedAmount')];

describe('the requested amount against the call', () => {
  it('says the ratio, the expenses and the limit when two thirds of the expenses are exceeded', () => {
    // 500,001 + 100,000 = 600,001 yen of expenses; two thirds is 400,000.67 → 400,000.
    expect(amountError(state('400000', ['500001', '100000']))).toBeUndefined();
    expect(amountError(state('400001', ['500001', '100000']))).toBe(
      '市への負担金の希望額（円）は、収支予算の支出合計 600,001 円の3分の2（400,000 円、1円未満切り捨て）以下にしてください',
    );
  });

  it('keeps the call maximum when the ratio allows more', () => {
    expect(amountError(state('500001', ['900000']))).toBe(
      '市への負担金の希望額（円）は上限の 500,000 円以下にしてください',
    );
  });
});
