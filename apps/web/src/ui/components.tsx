import {
  useEffect,
  useId,
  useRef,
  type ReactNode,
  type InputHTMLAttributes,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { ApiError } from '../api/problem';
import { formatDate, useLocale, useT } from '../i18n/i18n';
import { Link } from 'react-router';
import { common } from './texts';
import type { AsyncState } from './use-async';
import type { AutosaveStatus } from './use-autosave';

/** The page's one h1; sets the document title and takes focus after navigation so screen readers announce it. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useT(common);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} | ${t('appName')}` : t('appName');
    ref.current?.focus({ preventScroll: true });
  }, [text, t]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}

export function Loading() {
  const t = useT(common);
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

export function ProblemMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT(common);
  if (error.status === 401 || error.status === 403) {
    return (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">{t('forbiddenTitle')}</p>
        <p>{t('forbiddenBody')}</p>
      </div>
    );
  }
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{error.problem.title}</p>
      {error.problem.detail ? <p>{error.problem.detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}

/** Renders loading, the problem, or the data. */
export function Async<T>({ state, children }: { state: AsyncState<T>; children: (data: T) => ReactNode }) {
  if (state.error) return <ProblemMessage error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}

interface FieldFrame {
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
function Field<P extends { id?: string }>({
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

export function TextField(props: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  return <Field props={props} render={(wiring, input) => <input {...wiring} {...input} />} />;
}

export function TextArea(props: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Field props={props} render={(wiring, input) => <textarea {...wiring} rows={5} {...input} />} />;
}

export function Select(props: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  // The options arrive as `children` among the rest of the props and are spread into the <select>.
  return <Field props={props} render={(wiring, input) => <select {...wiring} {...input} />} />;
}

/** The list of a form's errors at its top, each linking to its field (GOV.UK / デジタル庁 pattern). */
export function ErrorSummary({ errors }: { errors: Array<{ fieldId: string; message: string }> }) {
  const t = useT(common);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="notice notice-error" role="alert" tabIndex={-1}>
      <p className="notice-title">{t('errorSummaryTitle', { count: errors.length })}</p>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function AutosaveIndicator({ status }: { status: AutosaveStatus }) {
  const t = useT(common);
  const { locale } = useLocale();
  let text = '';
  if (status.state === 'saving') text = t('saving');
  if (status.state === 'saved') text = t('savedAt', { time: formatDate(status.at, locale, true) });
  if (status.state === 'failed') text = `${t('saveFailed')}: ${status.error.problem.title}`;
  return (
    <p className={status.state === 'failed' ? 'autosave autosave-failed' : 'autosave'} role="status" aria-live="polite">
      {text}
    </p>
  );
}

export function NotFound() {
  const t = useT(common);
  return (
    <section>
      <PageTitle>{t('notFoundTitle')}</PageTitle>
      <p>{t('notFoundBody')}</p>
      <Link to="/">{t('toHome')}</Link>
    </section>
  );
}

/** A status word in a coloured pill; the colour repeats the word, never replaces it. */
export function StatusBadge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'good' | 'warn' | 'bad' | 'info';
  children: ReactNode;
}) {
  return <span className={`status status-${tone}`}>{children}</span>;
}

/**
 * Horizontal bar chart in SVG with the numbers written beside the bars and a table-equivalent text for
 * screen readers, so the figure never depends on seeing colour or shape.
 */
export function BarChart({
  title,
  rows,
  max,
  unit = '',
}: {
  title: string;
  rows: Array<{ label: string; value: number; secondary?: number; secondaryLabel?: string }>;
  max?: number;
  unit?: string;
}) {
  const id = useId();
  const top = max ?? Math.max(1, ...rows.map((row) => Math.max(row.value, row.secondary ?? 0)));
  const rowHeight = 28;
  const labelWidth = 168;
  const width = 560;
  const barWidth = width - labelWidth - 64;
  return (
    <figure className="chart">
      <figcaption id={id}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={id}
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title>
          {rows
            .map(
              (row) =>
                `${row.label}: ${row.value}${unit}${row.secondary !== undefined ? ` / ${row.secondaryLabel ?? ''} ${row.secondary}${unit}` : ''}`,
            )
            .join('、')}
        </title>
        {rows.map((row, index) => {
          const y = index * rowHeight + 4;
          const length = (row.value / top) * barWidth;
          const second = row.secondary !== undefined ? (row.secondary / top) * barWidth : 0;
          return (
            <g key={row.label + index}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="chart-label">
                {row.label.length > 14 ? `${row.label.slice(0, 13)}…` : row.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={Math.max(length, 1)}
                height={row.secondary !== undefined ? 10 : 18}
                className="chart-bar"
              />
              {row.secondary !== undefined ? (
                <rect
                  x={labelWidth}
                  y={y + 14}
                  width={Math.max(second, 1)}
                  height={8}
                  className="chart-bar-secondary"
                />
              ) : null}
              <text x={labelWidth + Math.max(length, second) + 6} y={y + 17} className="chart-value">
                {row.value}
                {unit}
                {row.secondary !== undefined ? ` / ${row.secondary}${unit}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
