import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { common } from './texts';

export interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
}

/** What every form control gets from its field: the id, the class, required, and its error and hint wired to it. */
interface ControlWiring {
  id: string;
  className: string;
  required?: boolean;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/**
 * The shell of one labelled field: label with its required/optional badge, hint, error, then the control that
 * `render` draws with the wiring and the rest of the caller's props (which may override the wiring, as before).
 */
export function Field<P extends { id?: string }>({
  props: { label, hint, error, required, id: givenId, ...rest },
  render,
}: {
  props: FieldFrame & P;
  render(wiring: ControlWiring, rest: Omit<P, keyof FieldFrame | 'id'>): ReactNode;
}) {
  const t = useT(common);
  const generated = useId();
  const id = givenId ?? generated;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        <span className={required ? 'badge badge-required' : 'badge badge-optional'}>
          {required ? t('required') : t('optional')}
        </span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{t('fieldInvalid')}: </span>
          {error}
        </p>
      ) : null}
      {render(
        { id, className: 'input', required, 'aria-invalid': !!error, 'aria-describedby': describedBy },
        rest as Omit<P, keyof FieldFrame | 'id'>,
      )}
    </div>
  );
}
