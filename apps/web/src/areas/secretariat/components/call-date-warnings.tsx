import { useLocalized, useT, defineMessages } from '../../../i18n/i18n';
import type { Call } from '../models';

const texts = defineMessages({
  ja: {
    title: '日程をご確認ください',
    note: '保存はされています。必要に応じて日程を見直してください。',
  },
  en: {
    title: 'Please check the dates',
    note: 'The call is saved. Change the dates if need be.',
  },
});

/**
 * What the API found worth a second look in the call's dates (a deadline on a holiday, a date outside 募集年度):
 * warnings beside the form, never a refusal.
 */
export function CallDateWarnings({ warnings }: { warnings: Call['dateWarnings'] }) {
  const t = useT(texts);
  const localized = useLocalized();
  if (warnings.length === 0) return null;
  return (
    <div className="notice notice-warn" id="call-date-warnings" role="status">
      <p className="notice-title">{t('title')}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.code}-${warning.field}`}>{localized(warning.message)}</li>
        ))}
      </ul>
      <p>{t('note')}</p>
    </div>
  );
}
