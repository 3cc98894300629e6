import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { formTexts } from '../form-texts';
import type { Call } from '../models';

/** The last step: what happens after submission, in order, with the call's dates, and the one button. */
export function SubmitStep({
  call,
  resubmit,
  complete,
  busy,
  onSubmit,
}: {
  call: Call | null;
  resubmit: boolean;
  complete: boolean;
  busy: boolean;
  onSubmit(): void;
}) {
  const t = useT(formTexts);
  const { locale } = useLocale();
  const date = (value: string | null | undefined) => formatDate(value, locale);
  return (
    <div className="submit-step">
      <h3>{t('whatNext')}</h3>
      <ol className="next-steps">
        <li>{t('next1')}</li>
        <li>
          {t('next2', { screening: call?.screeningAt ? t('screeningOn', { date: date(call.screeningAt) }) : '' })}
        </li>
        <li>{t('next3')}</li>
        <li>
          {t('next4', {
            publication: call?.publicationAt
              ? t('publicationOn', { date: date(call.publicationAt) })
              : t('publicationLater'),
          })}
        </li>
      </ol>
      {call ? <p>{t('deadlineNote', { date: formatDate(call.submissionClosesAt, locale, true) })}</p> : null}
      <p className="notice notice-warn">{t('lockedNote')}</p>
      {complete ? <p className="notice notice-good">{t('readyToSubmit')}</p> : null}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={onSubmit}>
          {busy ? t('submitting') : resubmit ? t('resubmit') : t('submit')}
        </button>
      </div>
    </div>
  );
}
