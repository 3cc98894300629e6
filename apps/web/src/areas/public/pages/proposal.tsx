import { call } from '../../../api/client';
import { defineMessages, formatDate, useLocale, useT } from '../../../i18n/i18n';
import { Link } from 'react-router';
import { Async, PageTitle, StatusBadge } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { AssessmentView, DecisionView, OverviewView } from '../components/package-view';
import { ScoreSection } from '../components/score-section';
import { RubyText, useFurigana } from '../furigana';
import { proposalTypeOfPackage, type PublicProposalRecord } from '../models';
import { useMunicipality, withMunicipality } from '../municipality';
import { decisionBadge, publicTexts } from '../texts';
import { ScrollTable } from '../components/scroll-table';
import { StatusHistory } from '../components/status-history';
import { ProjectProgress } from '../components/project-progress';

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
    print: '印刷する・PDFで保存する',
    printHint: '印刷の画面で「PDFに保存」を選ぶと、このページをPDFで保存できます。',
    continuing: '継続事業（{year}年目）',
    predecessorLink: '前年度までの提案を見る',
    trackRecordLink: 'この団体の協働の実績を見る',
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
    print: 'Print or save as PDF',
    printHint: 'Choose “Save as PDF” in the print dialog to keep this page as a PDF.',
    continuing: 'Continuing project (year {year})',
    predecessorLink: 'See the previous year’s proposal',
    trackRecordLink: 'See this group’s track record',
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
  // ふりがな come from the server, from the published packages, asked for only when switched on.
  const furigana = useFurigana();
  const ruby = useApiQuery(
    keys.public.proposalFurigana(id),
    (signal) => call('GET /api/v1/public/furigana/proposals/{id}', { path: { id }, signal }),
    { enabled: furigana },
  );
  const read = furigana ? ruby.data : undefined;
  // The やさしい日本語 versions of the 講評 the secretariat wrote, shown beside the comments they translate.
  const plainVersions = useApiQuery(keys.public.proposalPlainJapanese(id), (signal) =>
    call('GET /api/v1/public/plain-japanese/proposals/{id}', { path: { id }, signal }),
  );
  const plainOf = (subject: 'decision_comment' | 'assessment_comment') =>
    plainVersions.data?.find((version) => version.subject === subject)?.text;
  const pkg = record.assessment ?? record.decision;
  if (!pkg) return null;
  const decisionPkg = record.decision ?? pkg;
  return (
    <article>
      <p className="no-print">
        <Link to={withMunicipality('/proposals', current?.code)}>{t('back')}</Link>
      </p>
      <PageTitle title={pkg.proposal.title}>
        <RubyText text={pkg.proposal.title} segments={read?.title} />
      </PageTitle>
      <p className="no-print public-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('print')}
        </button>{' '}
        <span className="meta">{t('printHint')}</span>
      </p>
      <p className="public-badges">
        {decisionPkg.decision ? (
          <StatusBadge tone={decisionBadge(decisionPkg.decision).tone}>
            {p(decisionBadge(decisionPkg.decision).key)}
          </StatusBadge>
        ) : null}
        <StatusBadge tone="info">{p(proposalTypeOfPackage(pkg.proposal))}</StatusBadge>
        <StatusBadge tone="info">{p(pkg.proposal.origin)}</StatusBadge>
        {record.continuation ? (
          <StatusBadge tone="info">{t('continuing', { year: record.continuation.year })}</StatusBadge>
        ) : null}
      </p>
      {record.continuation?.predecessorId ? (
        <p className="no-print">
          <Link
            to={withMunicipality(`/proposals/${record.continuation.predecessorId}`, current?.code)}
            data-testid="predecessor-link"
          >
            {t('predecessorLink')}
          </Link>
        </p>
      ) : null}
      {record.trackRecordGroupId ? (
        <p className="no-print">
          <Link
            to={withMunicipality(`/groups/${record.trackRecordGroupId}/track-record`, current?.code)}
            data-testid="track-record-link"
          >
            {t('trackRecordLink')}
          </Link>
        </p>
      ) : null}
      <DecisionView
        pkg={decisionPkg}
        readings={{
          comment: read?.decisionComment,
          conditions: read?.conditions,
          plain: plainOf('decision_comment'),
          plainRuby: read?.plainDecisionComment,
        }}
      />
      <AssessmentView
        pkg={record.assessment}
        readings={{
          comment: read?.assessmentComment,
          plain: plainOf('assessment_comment'),
          plainRuby: read?.plainAssessmentComment,
        }}
      />
      <OverviewView pkg={pkg} />
      {/* Only a project that has started has progress to ask for: asking for a rejected one's is a 404 in the console. */}
      {record.statusHistory.some((entry) => entry.state.startsWith('implementation')) ? (
        <ProjectProgress proposalId={id} />
      ) : null}
      <ScoreSection pkg={pkg} />
      <section aria-labelledby="public-history">
        <h2 id="public-history">{t('history')}</h2>
        <StatusHistory history={record.statusHistory} />
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
