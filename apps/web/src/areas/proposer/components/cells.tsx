import type { ReactNode } from 'react';
import { useFormContext, type Path } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import type { FormState } from '../form-model';
import { formTexts } from '../form-texts';
import { useProposalForm } from './form-context';

/** An input inside a table cell: its label is the row and the column, read out but not shown. */
export function CellInput({
  id,
  name,
  label,
  numeric = false,
}: {
  id: string;
  /** The cell's field in the form (`budget.0.amount`). */
  name: Path<FormState>;
  label: string;
  numeric?: boolean;
}) {
  const form = useProposalForm();
  const { register } = useFormContext<FormState>();
  const field = register(name);
  const error = form.errorFor(id);
  return (
    <div className={error ? 'cell field-invalid' : 'cell'}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className={numeric ? 'input input-number' : 'input'}
        inputMode={numeric ? 'decimal' : undefined}
        readOnly={form.readOnly}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        {...field}
        onBlur={(event) => {
          void field.onBlur(event);
          form.touch(id);
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function CellSelect({
  id,
  name,
  label,
  children,
}: {
  id: string;
  name: Path<FormState>;
  label: string;
  children: ReactNode;
}) {
  const form = useProposalForm();
  const { register } = useFormContext<FormState>();
  return (
    <div className="cell">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select id={id} className="input" disabled={form.readOnly} {...register(name)}>
        {children}
      </select>
    </div>
  );
}

/** The heading area of a table step: intro, the secretariat's reasons, the "at least one row" error. */
export function TableFrame({
  id,
  caption,
  intro,
  children,
  onAdd,
  tableClassName,
}: {
  id: string;
  caption: string;
  intro: string;
  children: ReactNode;
  onAdd(): void;
  /** A class of the table's own (the budget's phone layout), beside edit-table. */
  tableClassName?: string;
}) {
  const t = useT(formTexts);
  const form = useProposalForm();
  const error = form.errorFor(id);
  const reasons = form.reasonsFor(id);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <p className="field-hint">{intro}</p>
      {reasons.length > 0 ? (
        <p className="return-reason">
          <strong>{t('reasonHere')}: </strong>
          {reasons.join(' ')}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className={tableClassName ? `edit-table ${tableClassName}` : 'edit-table'}>
          <caption className="visually-hidden">{caption}</caption>
          {children}
        </table>
      </div>
      {form.readOnly ? null : (
        <button id={id} type="button" className="button button-secondary" onClick={onAdd}>
          {t('addRow')}
        </button>
      )}
    </div>
  );
}

export function RemoveButton({ n, onRemove }: { n: number; onRemove(): void }) {
  const t = useT(formTexts);
  const form = useProposalForm();
  if (form.readOnly) return null;
  return (
    <button type="button" className="button button-secondary button-small" onClick={onRemove}>
      {t('removeRow', { n })}
    </button>
  );
}

/** The actions column's header, absent when the form is read-only (like the remove buttons under it). */
export function ActionsHeader() {
  const t = useT(formTexts);
  return useProposalForm().readOnly ? null : <th scope="col">{t('actions')}</th>;
}

/** The cell holding a row's remove button; no cell at all when read-only, so the columns stay aligned. */
export function RemoveCell({ n, onRemove }: { n: number; onRemove(): void }) {
  if (useProposalForm().readOnly) return null;
  return (
    <td>
      <RemoveButton n={n} onRemove={onRemove} />
    </td>
  );
}
