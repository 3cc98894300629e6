import { formatDate, useLocale, useT } from '../i18n/i18n';
import { common } from './texts';
import type { AutosaveStatus } from './use-autosave';

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
