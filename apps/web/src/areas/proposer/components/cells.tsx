import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';
import { formTexts } from '../form-texts';
import { useForm } from './form-context';

/** An input inside a table cell: its label is the row and the column, read out but not shown. */
export function CellInput({
  id,
  label,
  value,
  onChange,
  numeric = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  numeric?: boolean;
}) {
  const form = useForm();
  const error = form.errorFor(id);
  return (
    <div className={error ? 'cell field-invalid' : 'cell'}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className={numeric ? 'input input-number' : 'input'}
        value={value}
        inputMode={numeric ? 'decimal' : undefined}
        readOnly={form.readOnly}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => form.touch(id)}
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
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
}) {
  const form = useForm();
  return (
    <div className="cell">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        disabled={form.readOnly}
        onChange={(e) => onChange(e.target.value)}
      >
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
}: {
  id: string;
  caption: string;
  intro: string;
  children: ReactNode;
  onAdd(): void;
}) {
  const t = useT(formTexts);
  const form = useForm();
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
        <table className="edit-table">
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
  const form = useForm();
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
  return useForm().readOnly ? null : <th scope="col">{t('actions')}</th>;
}

/** The cell holding a row's remove button; no cell at all when read-only, so the columns stay aligned. */
export function RemoveCell({ n, onRemove }: { n: number; onRemove(): void }) {
  if (useForm().readOnly) return null;
  return (
    <td>
      <RemoveButton n={n} onRemove={onRemove} />
    </td>
  );
}
