import { useFieldArray, useFormContext, useWatch, type ArrayPath, type FieldArray } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import type { FormState } from '../form-model';
import { formTexts } from '../form-texts';
import { useProposalForm } from './form-context';

/** The form's lists that are edited as tables of rows. */
type RowList = Extract<ArrayPath<FormState>, 'roles' | 'budget' | 'kpis' | 'schedule'>;

/**
 * One editable table's rows as a react-hook-form field array: the rows (`fields`, keyed by their `id`), their
 * values as typed (`rows`, for totals), add a blank row, remove a row, and the hidden label "Row n, column" each
 * cell input is read out with. The roles, budget, KPI and schedule tables differ only in their columns, so the row
 * bookkeeping lives here once.
 */
export function useRows<K extends RowList>(list: K, blank: FieldArray<FormState, K>) {
  const t = useT(formTexts);
  const form = useProposalForm();
  const { control } = useFormContext<FormState>();
  const { fields, append, remove } = useFieldArray({ control, name: list });
  const rows = useWatch({ control, name: list }) as FormState[K];
  return {
    form,
    fields,
    rows,
    add: () => append(blank),
    remove,
    label: (index: number, column: Parameters<typeof t>[0]) => `${t('rowN', { n: index + 1 })} ${t(column)}`,
  };
}
