import { formatDate, useLocale, useT } from '../../../i18n/i18n';
import { formTexts } from '../form-texts';
import type { Proposal } from '../models';

/** The secretariat's latest request for correction, at the top; the field-specific lines link to their field. */
export function ReturnedBanner({
  proposal,
  general,
  byField,
}: {
  proposal: Proposal;
  general: string[];
  byField: Record<string, string[]>;
}) {
  const t = useT(formTexts);
  const { locale } = useLocale();
  const last = proposal.returns.at(-1);
  return (
    <section className="notice notice-warn returned" aria-labelledby="returned-title">
      <h2 id="returned-title" className="notice-title">
        {t('returnedTitle')}
      </h2>
      {last ? <p className="meta">{t('returnedAt', { date: formatDate(last.at, locale, true) })}</p> : null}
      <p>{t('returnedIntro')}</p>
      <ul>
        {general.map((line, i) => (
          <li key={`g${i}`}>{line}</li>
        ))}
        {Object.entries(byField).map(([id, lines]) => (
          <li key={id}>
            <a href={`#${id}`}>{lines.join(' ')}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
