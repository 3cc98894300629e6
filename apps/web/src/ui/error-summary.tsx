import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n';
import { common } from './texts';

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
