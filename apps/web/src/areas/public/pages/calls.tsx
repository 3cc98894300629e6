import { call } from '../../../api/client';
import { defineMessages, formatDate, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { fiscalYearLabel } from '../../../i18n/japanese-calendar';
import { Link } from 'react-router';
import { Async, PageTitle, StatusBadge } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { CallDocuments } from '../../../ui/call-documents';
import { MunicipalityContact } from '../components/municipality-contact';
import { Ruby, type RubySegment, useFurigana } from '../furigana';
import type { PublicCall } from '../models';
import { WithMunicipality, withMunicipality } from '../municipality';
import { publicTexts } from '../texts';

const messages = defineMessages({
  ja: {
    title: '募集とテーマ',
    none: 'まだ募集はありません。',
    upcoming: '受付前',
    accepting: '受付中',
    closed: '受付終了',
    opens: '受付開始',
    closes: '提案締切',
    publication: '結果公開予定',
    maxAmount: '負担金の上限',
    eligibility: '応募できる団体',
    themes: '市提案テーマ',
    noThemes: 'テーマの指定はありません（自由提案）。',
    results: 'この募集の評価結果を見る',
    continuation: '継続提案',
    continuationUpTo: '最長{years}年まで',
    continuationNone: '受け付けていません',
    plainJapanese: 'やさしい にほんご',
  },
  en: {
    title: 'Calls and themes',
    none: 'No call yet.',
    upcoming: 'Not open yet',
    accepting: 'Accepting proposals',
    closed: 'Closed for proposals',
    opens: 'Opens',
    closes: 'Deadline',
    publication: 'Results published',
    maxAmount: 'Maximum contribution',
    eligibility: 'Who may propose',
    themes: 'City themes',
    noThemes: 'No theme set (free proposals).',
    results: 'See the results of this call',
    continuation: 'Continuation proposals',
    continuationUpTo: 'Up to {years} consecutive years',
    continuationNone: 'Not accepted',
    plainJapanese: 'In plain Japanese (やさしい日本語)',
  },
});

function phaseOf(item: PublicCall, now = Date.now()): 'upcoming' | 'accepting' | 'closed' {
  if (now < new Date(item.submissionOpensAt).getTime()) return 'upcoming';
  if (now < new Date(item.submissionClosesAt).getTime()) return 'accepting';
  return 'closed';
}

export function CallsPage() {
  const t = useT(messages);
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <WithMunicipality>{(m) => <CallList code={m.code} />}</WithMunicipality>
    </section>
  );
}

function CallList({ code }: { code: string }) {
  const t = useT(messages);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  const state = useApiQuery(keys.public.calls(code), (signal) =>
    call('GET /api/v1/public/calls', { query: { municipality: code }, signal }),
  );
  // ふりがな come from the server (its dictionary is too big for the browser), asked for only when switched on.
  const furigana = useFurigana();
  const ruby = useApiQuery(
    keys.public.callsFurigana(code),
    (signal) => call('GET /api/v1/public/furigana/calls', { query: { municipality: code }, signal }),
    { enabled: furigana },
  );
  const rubyOf = (id: string) => (furigana ? ruby.data?.find((entry) => entry.id === id) : undefined);
  // The やさしい日本語 versions the secretariat wrote, shown beside the descriptions they translate.
  const plainVersions = useApiQuery(keys.public.callsPlainJapanese(code), (signal) =>
    call('GET /api/v1/public/plain-japanese/calls', { query: { municipality: code }, signal }),
  );
  const plainOf = (id: string) => plainVersions.data?.find((entry) => entry.callId === id)?.text;
  const plain = (ja: string, en: string) => (locale === 'en' ? en || ja : ja);
  const text = (ja: string, en: string, segments?: RubySegment[]) =>
    segments && segments.length > 0 ? <Ruby segments={segments} /> : plain(ja, en);
  return (
    <Async state={state}>
      {(calls) =>
        calls.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <ul className="public-list">
            {calls.map((item) => {
              const phase = phaseOf(item);
              const read = rubyOf(item.id);
              return (
                <li key={item.id} className="card">
                  <h2 className="public-card-title">{text(item.titleJa, item.titleEn, read?.title)}</h2>
                  <p>
                    <StatusBadge tone={phase === 'accepting' ? 'good' : phase === 'upcoming' ? 'info' : 'neutral'}>
                      {t(phase)}
                    </StatusBadge>{' '}
                    <span className="meta">{fiscalYearLabel(item.fiscalYear, locale)}</span>
                  </p>
                  {item.descriptionJa ? <p>{text(item.descriptionJa, item.descriptionEn, read?.description)}</p> : null}
                  {plainOf(item.id) ? (
                    <section className="plain-version" lang="ja">
                      <h3>{t('plainJapanese')}</h3>
                      <p className="plain-version-text">
                        {text(plainOf(item.id)!, plainOf(item.id)!, read?.plainDescription)}
                      </p>
                    </section>
                  ) : null}
                  <dl className="pairs">
                    <dt>{t('opens')}</dt>
                    <dd>{formatDate(item.submissionOpensAt, locale, true)}</dd>
                    <dt>{t('closes')}</dt>
                    <dd>{formatDate(item.submissionClosesAt, locale, true)}</dd>
                    {item.publicationAt ? (
                      <>
                        <dt>{t('publication')}</dt>
                        <dd>{formatDate(item.publicationAt, locale)}</dd>
                      </>
                    ) : null}
                    {item.maxRequestedAmount !== null ? (
                      <>
                        <dt>{t('maxAmount')}</dt>
                        <dd>{p('yen', { amount: formatNumber(item.maxRequestedAmount, locale) })}</dd>
                      </>
                    ) : null}
                    <dt>{t('continuation')}</dt>
                    <dd data-testid="call-continuation">
                      {item.continuationAllowed
                        ? t('continuationUpTo', { years: item.continuationMaxYears })
                        : t('continuationNone')}
                    </dd>
                    {item.eligibilityJa ? (
                      <>
                        <dt>{t('eligibility')}</dt>
                        <dd>{text(item.eligibilityJa, item.eligibilityJa, read?.eligibility)}</dd>
                      </>
                    ) : null}
                  </dl>
                  <h3>{t('themes')}</h3>
                  {item.themes.length === 0 ? (
                    <p className="meta">{t('noThemes')}</p>
                  ) : (
                    <ul>
                      {item.themes.map((theme, index) => (
                        <li key={index}>{text(theme.titleJa, theme.titleEn, read?.themes[index])}</li>
                      ))}
                    </ul>
                  )}
                  {item.documents.length > 0 ? (
                    <CallDocuments
                      documents={item.documents}
                      link={(d) => `/api/v1/public/calls/${item.id}/documents/${d.id}`}
                    />
                  ) : null}
                  {phase === 'accepting' ? <MunicipalityContact code={code} headingLevel={3} /> : null}
                  {phase === 'closed' ? (
                    <p>
                      <Link to={withMunicipality('/proposals', code, { year: String(item.fiscalYear) })}>
                        {t('results')}
                      </Link>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )
      }
    </Async>
  );
}
