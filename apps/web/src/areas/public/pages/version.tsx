import { call } from '../../../api/client';
import { defineMessages, formatDate, useLocale, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { AssessmentView, DecisionView, OverviewView } from '../components/package-view';
import { ScoreSection } from '../components/score-section';
import { useMunicipality, withMunicipality } from '../municipality';

const messages = defineMessages({
  ja: {
    title: '{title}（第{version}版）',
    back: '最新の公開内容へ',
    published: '{date} に公開された版です。',
    correction: '訂正の理由：{reason}',
  },
  en: {
    title: '{title} (version {version})',
    back: 'Back to the latest publication',
    published: 'This version was published on {date}.',
    correction: 'Reason for correction: {reason}',
  },
});

/** An earlier (or the latest) version of a publication, exactly as it was published. */
export function VersionPage({ id, kind, version }: { id: string; kind: string; version: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { current } = useMunicipality();
  const state = useApiQuery(keys.public.version(id, kind, version), (signal) =>
    call('GET /api/v1/public/proposals/{id}/{kind}/versions/{version}', { path: { id, kind, version }, signal }),
  );
  return (
    <Async state={state}>
      {(pkg) => (
        <article>
          <p>
            <Link to={withMunicipality(`/proposals/${id}`, current?.code)}>{t('back')}</Link>
          </p>
          <PageTitle>{t('title', { title: pkg.proposal.title, version: pkg.version })}</PageTitle>
          <div className="notice">
            <p>{t('published', { date: formatDate(pkg.publishedAt, locale, true) })}</p>
            {pkg.correctionReason ? <p>{t('correction', { reason: pkg.correctionReason })}</p> : null}
          </div>
          <DecisionView pkg={pkg} />
          <AssessmentView pkg={pkg} />
          <OverviewView pkg={pkg} />
          <ScoreSection pkg={pkg} />
        </article>
      )}
    </Async>
  );
}
