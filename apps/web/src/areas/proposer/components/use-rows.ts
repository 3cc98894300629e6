import { useT } from '../../../i18n/i18n';
import type { FormState } from '../form-model';
import { formTexts } from '../form-texts';
import { useForm } from './form-context';

/** The form's lists that are edited as tables of rows. */
type RowList = 'roles' | 'budget' | 'kpis';

/**
 * One editable table's rows in the form state: change a cell, add a blank row, remove a row, and the hidden
 * label "Row n, column" each cell input is read out with. The roles, budget and KPI tables differ only in
 * their columns, so the row bookkeeping lives here once.
 */
export function useRows<K extends RowList>(list: K, blank: FormState[K][number]) {
  type Row = FormState[K][number];
  const t = useT(formTexts);
  const form = useForm();
  const rows = form.state[list] as Row[];
  const put = (next: Row[]) => form.update({ [list]: next } as Partial<FormState>);
  return {
    form,
    rows,
    set: (index: number, patch: Partial<Row>) => put(rows.map((row, i) => (i === index ? { ...row, ...patch } : row))),
    add: () => put([...rows, blank]),
    remove: (index: number) => put(rows.filter((_, i) => i !== index)),
    label: (index: number, column: Parameters<typeof t>[0]) => `${t('rowN', { n: index + 1 })} ${t(column)}`,
  };
}
