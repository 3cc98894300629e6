import type { Schema } from '../api/models';
import { formatDate, formatNumber, useLocale, useT } from '../i18n/i18n';
import { fiscalYearLabel } from '../i18n/japanese-calendar';
import { CaptionedTable } from '../ui/captioned-table';
import { StatusBadge } from '../ui/status-badge';
import { partnershipMemoryTexts } from './partnership-memory-texts';

export type PartnershipMemory = Schema<'PartnershipMemory'>;
type MemoryProject = Schema<'MemoryProject'>;
type Key = keyof (typeof partnershipMemoryTexts)['ja'];

const SECTIONS = ['pair', 'groupOnly', 'departmentOnly'] as const;
const KNOWN = new Set<string>([
  'adopted',
  'adoptedWithConditions',
  'notAdopted',
  'submitted',
  'accepted',
  'returned',
  'itaku',
  'hojo',
  'futankin',
  'kyousai',
  'kouen',
  'other',
]);

/**
 * 協働の記録 of a proposal: the earlier proposals of its group with its departments, of the group alone and of the
 * departments alone, each with its decision and 講評, agreement, reports, end-of-term verdict, self-evaluation gap and
 * KPIs planned against achieved.
 */
export function PartnershipMemoryView({ memory }: { memory: PartnershipMemory }) {
  const t = useT(partnershipMemoryTexts);
  return (
    <section aria-labelledby="memory-heading" className="partnership-memory" data-testid="partnership-memory">
      <h2 id="memory-heading">{t('heading')}</h2>
      <p className="meta">{t('lead')}</p>
      {SECTIONS.map((key) => {
        const section = memory.sections[key];
        return (
          <section key={key} aria-labelledby={`memory-${key}`} data-testid={`memory-${key}`}>
            <h3 id={`memory-${key}`}>{t(key)}</h3>
            <p>{t('summary', { ...section.summary })}</p>
            {section.projects.length === 0 ? (
              <p className="meta">{t('none')}</p>
            ) : (
              section.projects.map((project) => <MemoryProjectView key={project.proposalId} project={project} />)
            )}
          </section>
        );
      })}
    </section>
  );
}

function MemoryProjectView({ project }: { project: MemoryProject }) {
  const t = useT(partnershipMemoryTexts);
  const { locale } = useLocale();
  const label = (value: string) => (KNOWN.has(value) ? t(value as Key) : value);
  const yen = (n: number) => formatNumber(n, locale, 0);
  const names = [...project.groups, ...project.departments].map((o) => o.name[locale]).join('・');
  const { decision, agreement, resultsReport, assessment, selfEvaluationGap: gap } = project;
  return (
    <article className="memory-project" data-testid="memory-project">
      <h4>
        {t('projectTitle', { fiscalYear: fiscalYearLabel(project.fiscalYear, locale), title: project.title })}
        {project.receiptNumber ? ` · ${t('receipt', { number: project.receiptNumber })}` : ''}
      </h4>
      <dl className="pairs">
        <dt>{t('parties')}</dt>
        <dd>{names}</dd>
        <dt>{t('decision')}</dt>
        <dd>
          {decision ? (
            <>
              {label(decision.outcome)}{' '}
              <StatusBadge tone={decision.published ? 'good' : 'warn'}>
                {t(decision.published ? 'published' : 'unpublished')}
              </StatusBadge>
            </>
          ) : (
            t('noDecision')
          )}
        </dd>
        {decision ? (
          <>
            <dt>{t('comment')}</dt>
            <dd className="prose">{decision.comment}</dd>
          </>
        ) : null}
        <dt>{t('agreement')}</dt>
        <dd>
          {agreement
            ? `${t('agreementLine', {
                start: formatDate(agreement.termStart, locale),
                end: formatDate(agreement.termEnd, locale),
                form: label(agreement.partnershipForm),
                amount: yen(agreement.grantedAmount),
              })}${agreement.concludedAt ? '' : ` ${t('agreementDraft')}`}`
            : t('noAgreement')}
        </dd>
        <dt>{t('progress')}</dt>
        <dd>{t('progressLine', { ...project.progressReports })}</dd>
        <dt>{t('results')}</dt>
        <dd>
          {resultsReport
            ? t('resultsLine', {
                status: label(resultsReport.status),
                used: yen(resultsReport.usedAmount),
                returned: yen(resultsReport.returnAmount),
              })
            : t('noResults')}
        </dd>
        <dt>{t('assessment')}</dt>
        <dd>
          {assessment ? (
            <>
              <StatusBadge tone="info">{t('verdict', { verdict: assessment.verdict })}</StatusBadge>{' '}
              <StatusBadge tone={assessment.published ? 'good' : 'warn'}>
                {t(assessment.published ? 'published' : 'unpublished')}
              </StatusBadge>
              <br />
              <span className="prose">{assessment.comment}</span>
            </>
          ) : (
            t('noAssessment')
          )}
        </dd>
        <dt>{t('gap')}</dt>
        <dd>
          {gap ? (
            <>
              {t('gapLine', { compared: gap.compared, differing: gap.differing.length })}
              {gap.differing.length > 0 ? (
                <>
                  <br />
                  {t('gapItems', {
                    items: gap.differing.map((d) => `${d.key}（${d.group}／${d.department}）`).join('、'),
                  })}
                </>
              ) : null}
            </>
          ) : (
            t('gapNone')
          )}
        </dd>
      </dl>
      {project.kpis.length > 0 ? (
        <CaptionedTable
          id={`memory-kpis-${project.proposalId}`}
          caption={t('kpis')}
          columns={[t('kpiName'), t('kpiTarget'), t('kpiActual'), t('kpiRate')]}
        >
          {project.kpis.map((kpi) => (
            <tr key={kpi.name}>
              <th scope="row">{kpi.name}</th>
              <td>{`${formatNumber(kpi.target, locale, 0)}${kpi.unit}`}</td>
              <td>{kpi.actual === null ? t('kpiNone') : `${formatNumber(kpi.actual, locale, 0)}${kpi.unit}`}</td>
              <td>
                {kpi.achievementPercent === null ? t('kpiNone') : `${formatNumber(kpi.achievementPercent, locale, 1)}%`}
              </td>
            </tr>
          ))}
        </CaptionedTable>
      ) : null}
    </article>
  );
}
