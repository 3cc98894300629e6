import { Link } from 'react-router';
import { call } from '../../../api/client';
import type { Schema } from '../../../api/models';
import { defineMessages, formatDate, formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { fiscalYearLabel } from '../../../i18n/japanese-calendar';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { CaptionedTable } from '../../../ui/captioned-table';
import { Async, PageTitle, StatusBadge } from '../../../ui/components';
import { useMunicipality, withMunicipality } from '../municipality';
import { decisionBadge, publicTexts } from '../texts';

type GroupTrackRecord = Schema<'GroupTrackRecord'>;
type TrackRecordProject = Schema<'TrackRecordProject'>;

const messages = defineMessages({
  ja: {
    back: '提案と評価結果の一覧へ',
    title: '{name} の協働の実績',
    lead: '公表された審査結果と事業評価だけをまとめています。公表前の審査結果や報告は載りません。',
    summary: '公表された提案 {published}件・採択 {adopted}件・事業評価 {assessed}件',
    projectTitle: '{fiscalYear}「{title}」',
    proposer: '提案団体として',
    partner: '協働相手として',
    departments: '担当課',
    comment: '講評',
    decided: '審査結果の公表日',
    assessment: '事業評価',
    verdict: '評価 {verdict}',
    notAssessed: '事業評価はまだ公表されていません。',
    selfEvaluation: '自己評価',
    selfEvaluationLine: '団体と担当課の自己評価：{items}項目中 {differing}項目で2点以上の差',
    kpis: '成果指標（目標と実績）',
    kpiName: '指標',
    kpiTarget: '目標',
    kpiActual: '実績',
    kpiRate: '達成率',
    none: '—',
    read: '公開された提案を読む',
  },
  en: {
    back: 'Back to proposals and results',
    title: 'Track record of {name}',
    lead: 'Published decisions and project evaluations only. Decisions and reports not yet published are not here.',
    summary: '{published} published proposals · {adopted} adopted · {assessed} evaluated',
    projectTitle: '{fiscalYear} “{title}”',
    proposer: 'As the proposer',
    partner: 'As a partner',
    departments: 'Departments',
    comment: 'Committee’s comments',
    decided: 'Decision published',
    assessment: 'Project evaluation',
    verdict: 'Rating {verdict}',
    notAssessed: 'The project evaluation is not published yet.',
    selfEvaluation: 'Self-evaluations',
    selfEvaluationLine: 'Group’s and department’s self-evaluations: {differing} of {items} items differ by 2 or more',
    kpis: 'KPIs (target and actual)',
    kpiName: 'KPI',
    kpiTarget: 'Target',
    kpiActual: 'Actual',
    kpiRate: 'Achievement',
    none: '—',
    read: 'Read the disclosed proposal',
  },
});

/** 協働の実績: a citizen group's disclosed proposals and published end-of-term evaluations. */
export function TrackRecordPage({ groupId }: { groupId: string }) {
  const state = useApiQuery(keys.public.trackRecord(groupId), (signal) =>
    call('GET /api/v1/public/groups/{id}/track-record', { path: { id: groupId }, signal }),
  );
  return <Async state={state}>{(record) => <TrackRecord record={record} />}</Async>;
}

function TrackRecord({ record }: { record: GroupTrackRecord }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { current } = useMunicipality();
  return (
    <article data-testid="track-record">
      <p>
        <Link to={withMunicipality('/proposals', current?.code)}>{t('back')}</Link>
      </p>
      <PageTitle>{t('title', { name: record.group.name[locale] })}</PageTitle>
      <p className="meta">{t('lead')}</p>
      <p data-testid="track-record-summary">{t('summary', { ...record.summary })}</p>
      {record.projects.map((project) => (
        <TrackRecordEntry key={project.proposalId} project={project} />
      ))}
    </article>
  );
}

function TrackRecordEntry({ project }: { project: TrackRecordProject }) {
  const t = useT(messages);
  const p = useT(publicTexts);
  const { locale } = useLocale();
  const { current } = useMunicipality();
  const badge = decisionBadge(project.decision);
  const assessment = project.assessment;
  const headingId = `track-${project.proposalId}`;
  return (
    <section aria-labelledby={headingId} className="memory-project" data-testid="track-record-project">
      <h2 id={headingId}>
        {t('projectTitle', { fiscalYear: fiscalYearLabel(project.fiscalYear, locale), title: project.title })}
      </h2>
      <p className="public-badges">
        <StatusBadge tone={badge.tone}>{p(badge.key)}</StatusBadge>{' '}
        <StatusBadge tone="info">{t(project.role === 'proposer' ? 'proposer' : 'partner')}</StatusBadge>
      </p>
      <dl className="pairs">
        <dt>{t('departments')}</dt>
        <dd>{project.departments.map((d) => d[locale]).join('・') || t('none')}</dd>
        <dt>{t('comment')}</dt>
        <dd className="prose">{project.decision.comment}</dd>
        <dt>{t('decided')}</dt>
        <dd>{formatDate(project.decision.publishedAt, locale)}</dd>
        <dt>{t('assessment')}</dt>
        <dd>
          {assessment ? (
            <>
              <StatusBadge tone="info">{t('verdict', { verdict: assessment.verdict })}</StatusBadge>
              <br />
              <span className="prose">{assessment.comment}</span>
            </>
          ) : (
            t('notAssessed')
          )}
        </dd>
        {assessment && assessment.selfEvaluationItems > 0 ? (
          <>
            <dt>{t('selfEvaluation')}</dt>
            <dd>
              {t('selfEvaluationLine', {
                items: assessment.selfEvaluationItems,
                differing: assessment.selfEvaluationDiffering,
              })}
            </dd>
          </>
        ) : null}
      </dl>
      {assessment && assessment.kpis.length > 0 ? (
        <CaptionedTable
          id={`track-kpis-${project.proposalId}`}
          caption={t('kpis')}
          columns={[t('kpiName'), t('kpiTarget'), t('kpiActual'), t('kpiRate')]}
        >
          {assessment.kpis.map((kpi) => (
            <tr key={kpi.name}>
              <th scope="row">{kpi.name}</th>
              <td>{`${formatNumber(kpi.target, locale, 0)}${kpi.unit}`}</td>
              <td>{kpi.actual === null ? t('none') : `${formatNumber(kpi.actual, locale, 0)}${kpi.unit}`}</td>
              <td>
                {kpi.achievementPercent === null ? t('none') : `${formatNumber(kpi.achievementPercent, locale, 1)}%`}
              </td>
            </tr>
          ))}
        </CaptionedTable>
      ) : null}
      <p>
        <Link to={withMunicipality(`/proposals/${project.proposalId}`, current?.code)}>{t('read')}</Link>
      </p>
    </section>
  );
}
