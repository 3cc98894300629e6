import { formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { fieldId, parseNumber, type FormState } from '../form-model';
import { formTexts } from '../form-texts';
import { ActionsHeader, CellInput, CellSelect, RemoveCell, TableFrame } from './cells';
import { useRows } from './use-rows';

type Line = FormState['budget'][number];

export function budgetTotals(lines: Line[]): { income: number; expense: number } {
  const sum = (kind: Line['kind']) =>
    lines
      .filter((line) => line.kind === kind)
      .reduce(
        (total, line) => total + (Number.isFinite(parseNumber(line.amount)) ? (parseNumber(line.amount) ?? 0) : 0),
        0,
      );
  return { income: sum('income'), expense: sum('expense') };
}

/** 収支予算: income and expense lines with the totals and the balance, updated as the person types. */
export function BudgetTable() {
  const t = useT(formTexts);
  const { locale } = useLocale();
  const {
    form,
    fields,
    rows: lines,
    add,
    remove,
    label,
  } = useRows('budget', { kind: 'expense', item: '', amount: '' });
  const totals = budgetTotals(lines);
  const yen = (n: number) => t('yen', { amount: formatNumber(n, locale) });
  const span = form.readOnly ? 2 : 3;
  return (
    <>
      <TableFrame
        id={fieldId('budget')}
        caption={t('stepBudget')}
        intro={t('budgetIntro')}
        onAdd={add}
        tableClassName="budget-table"
      >
        <thead>
          <tr>
            <th scope="col">{t('budgetKind')}</th>
            <th scope="col">{t('budgetItem')}</th>
            <th scope="col" className="number">
              {t('budgetAmount')}
            </th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {fields.map((line, i) => (
            <tr key={line.id}>
              <td data-label={t('budgetKind')}>
                <CellSelect id={fieldId(`budget-${i}-kind`)} label={label(i, 'budgetKind')} name={`budget.${i}.kind`}>
                  <option value="income">{t('income')}</option>
                  <option value="expense">{t('expense')}</option>
                </CellSelect>
              </td>
              <td data-label={t('budgetItem')}>
                <CellInput id={fieldId(`budget-${i}-item`)} label={label(i, 'budgetItem')} name={`budget.${i}.item`} />
              </td>
              <td className="number" data-label={t('budgetAmount')}>
                <CellInput
                  id={fieldId(`budget-${i}-amount`)}
                  label={label(i, 'budgetAmount')}
                  name={`budget.${i}.amount`}
                  numeric
                />
              </td>
              <RemoveCell n={i + 1} onRemove={() => remove(i)} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('totalIncome')}
            </th>
            <td className="number" colSpan={span - 1}>
              {yen(totals.income)}
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              {t('totalExpense')}
            </th>
            <td className="number" colSpan={span - 1}>
              {yen(totals.expense)}
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              {t('balance')}
            </th>
            <td className="number" colSpan={span - 1}>
              {yen(totals.income - totals.expense)}
            </td>
          </tr>
        </tfoot>
      </TableFrame>
      {lines.length > 0 && totals.income !== totals.expense ? (
        <p className="notice notice-warn">
          {t('unbalanced', { diff: formatNumber(totals.income - totals.expense, locale) })}
        </p>
      ) : null}
    </>
  );
}
