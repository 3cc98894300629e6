import { defineMessages, useT } from '../../../i18n/i18n';
import { Select } from '../../../ui/components';

const texts = defineMessages({
  ja: { locale: '言語', ja: '日本語', en: '英語' },
  en: { locale: 'Language', ja: 'Japanese', en: 'English' },
});

/** The language a report or a notification preview is made in (not the console's own language). */
export function LanguageSelect({
  id,
  value,
  onChange,
  required,
}: {
  id: string;
  /** Where the language is what is made (a report), it is a required choice; for a preview it is a filter. */
  required?: boolean;
  value: 'ja' | 'en';
  onChange(next: 'ja' | 'en'): void;
}) {
  const t = useT(texts);
  return (
    <Select
      id={id}
      label={t('locale')}
      required={required}
      value={value}
      onChange={(e) => onChange(e.target.value as 'ja' | 'en')}
    >
      <option value="ja">{t('ja')}</option>
      <option value="en">{t('en')}</option>
    </Select>
  );
}
