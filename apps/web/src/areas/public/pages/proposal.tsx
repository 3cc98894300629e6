import { call } from '../../../api/client';
import { defineMessages, formatDate, useLocale, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle, StatusBadge } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { AssessmentView, DecisionView, OverviewView } from '../components/package-view';
import { ScoreSection } from '../components/score-section';
import type { PublicProposalRecord } from '../models';
import { useMunicipality, withMunicipality } from '../municipality';
import { decisionTone, publicTexts, stateKey } from '../texts';
import { ScrollTable } from '../components/scroll-table';

const messages = defineMessages({
  ja: {
    back: '提案と評価結果の一覧へ',
    history: '経過',
    versions: '公開の版',
    versionsHint: '公開後に訂正があった場合も、以前の版をそのまま読むことができます。',
    kind: '種類',
    version: '版',
    published: '公開日',
    reason: '訂正の理由',
    first: '初版',
    read: '第{version}版を読む',
    decisionKind: '審査結果',
    assessmentKind: '事業評価',
  },
  en: {
    back: 'Back to proposals and results',
    history: 'History',
    versions: 'Published versions',
    versionsHint: 'When a publication is corrected, the earlier versions stay readable.',
    kind: 'Kind',
    version: 'Version',
    published: 'Published',
    reason: 'Reason for correction',
    first: 'First publication',
    read: 'Read version {version}',
    decisionKind: 'Decision',
    assessmentKind: 'Project evaluation',
  },
});

export function ProposalPage({ id }: { id: string }) {
  const state = useApiQuery(keys.public.proposal(id), (signal) =>
    call('GET /api/v1/public/proposals/{id}', { path: { id }, signal }),
  );
  return <Async state={state}>{(record) => <ProposalRecord id={id} record={record} />}</Async>;
}

function ProposalRecord({ id, record }: { id: string; record: PublicProposalRecord }) {
  const t = useT(messages);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  const { current } = useMunicipality();
  const pkg = record.assessment ?? record.decision;
  if (!pkg) return null;
  const decisionPkg = record.decision ?? pkg;
  return (
    <article>
      <p>
        <Link to={withMunicipality('/proposals', current?.code)}>{t('back')}</Link>
      </p>
      <PageTitle>{pkg.proposal.title}</PageTitle>
      <p className="public-badges">
        {decisionPkg.decision ? (
          <StatusBadge tone={decisionTone(decisionPkg.decision.outcome)}>{p(decisionPkg.decision.outcome)}</StatusBadge>
        ) : null}
        <StatusBadge tone="info">{p(pkg.proposal.origin)}</StatusBadge>
      </p>
      <DecisionView pkg={decisionPkg} />
      <AssessmentView pkg={record.assessment} />
      <OverviewView pkg={pkg} />
      <ScoreSection pkg={pkg} />
      <section aria-labelledby="public-history">
        <h2 id="public-history">{t('history')}</h2>
        <ol className="public-history">
          {record.statusHistory.map((entry, index) => {
            const { top, outcome } = stateKey(entry.state);
            return (
              <li key={index}>
                <time dateTime={entry.at}>{formatDate(entry.at, locale)}</time> {top ? p(top) : entry.state}
                {outcome ? `（${p(outcome)}）` : ''}
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="public-versions">
        <h2 id="public-versions">{t('versions')}</h2>
        <p className="meta">{t('versionsHint')}</p>
        <ScrollTable label={t('versions')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('version')}</th>
                <th scope="col">{t('published')}</th>
                <th scope="col">{t('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {record.versions.map((v) => (
                <tr key={`${v.kind}-${v.version}`}>
                  <td>{v.kind === 'decision' ? t('decisionKind') : t('assessmentKind')}</td>
                  <td>
                    <Link to={withMunicipality(`/proposals/${id}/${v.kind}/versions/${v.version}`, current?.code)}>
                      {t('read', { version: v.version })}
                    </Link>
                  </td>
                  <td>{formatDate(v.publishedAt, locale, true)}</td>
                  <td>{v.correctionReason ?? t('first')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
    </article>
  );
}
