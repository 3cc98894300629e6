import { formatNumber, useLocale, useT } from '../i18n/i18n';
import { ContentTable } from '../ui/proposal-tables';
import { versionsTexts } from './versions-texts';

/** The members of the profile and the contact, named as the proposal form names them. */
const NAMED_KEYS = ['representative', 'founded', 'members', 'activities', 'name', 'email', 'phone'] as const;
const isNamedKey = (key: string): key is (typeof NAMED_KEYS)[number] => (NAMED_KEYS as readonly string[]).includes(key);

/** A scalar as a reader expects it: numbers in the locale's digits, true/false in words. */
function scalar(value: unknown, locale: 'ja' | 'en', yes: string, no: string): string {
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'boolean') return value ? yes : no;
  return String(value);
}

/**
 * One side of a changed field: text as written (line breaks kept), a list of rows (KPIs, budget, schedule, roles)
 * as the same table the proposal shows, a list of words as a list, an object (contact, organisation) as its pairs.
 */
export function DiffValue({ field, value }: { field: string; value: unknown }) {
  const t = useT(versionsTexts);
  const { locale } = useLocale();
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="meta">{t('empty')}</span>;
  }
  if (Array.isArray(value)) {
    if (value.every((row) => typeof row === 'object' && row !== null)) {
      return <ContentTable field={field} rows={value as Array<Record<string, unknown>>} />;
    }
    return (
      <ul>
        {value.map((item, i) => (
          <li key={i}>{scalar(item, locale, t('yes'), t('no'))}</li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="pairs">
        {Object.entries(value as Record<string, unknown>).map(([key, inner]) => (
          <div key={key}>
            <dt>{isNamedKey(key) ? t(`key_${key}`) : key}</dt>
            <dd className="preserve-lines">{scalar(inner ?? '', locale, t('yes'), t('no'))}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span className="preserve-lines">{scalar(value, locale, t('yes'), t('no'))}</span>;
}
