import { useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../../api/client';
import { formatNumber, useLocale, useT } from '../../../i18n/i18n';
import { usePartnership } from '../../../partnership/use-partnership';
import { useApiQuery } from '../../../queries/use-api-query';
import { Async, PageTitle } from '../../../ui/components';
import { CaptionedTable } from '../../../ui/captioned-table';
import { AssessForm } from './assess-form';
import { assessmentTexts } from './assessment-texts';
import { SelfEvaluationsTable } from './self-evaluations-table';

/**
 * 事業評価の総合評価: for the committee chair at term end, the group's and the department's self-evaluations side
 * by side with the KPIs planned against actual, and the verdict with its comment (ASSESS).
 */
export function AssessPage({ id: proposalId }: { id: string }) {
  const t = useT(assessmentTexts);
  const { locale } = useLocale();
  const [message, setMessage] = useState('');
  const { state: partnership, reload } = usePartnership(proposalId);
  const evaluation = useApiQuery(['proposals', proposalId, 'project-evaluation'], (signal) =>
    call('GET /api/v1/proposals/{id}/project-evaluation', { path: { id: proposalId }, signal }),
  );
  const callId = partnership.data?.proposal.callId;
  const rubric = useApiQuery(
    ['calls', callId, 'rubrics', 'project_end'],
    (signal) =>
      call('GET /api/v1/calls/{id}/rubrics/{stage}', { path: { id: callId!, stage: 'project_end' }, signal }).catch(
        () => null,
      ),
    { enabled: callId !== undefined },
  );
  return (
    <section className="assess-page">
      <p>
        <Link to="/committee/projects">{t('back')}</Link>
      </p>
      <Async state={partnership}>
        {(project) => (
          <>
            <PageTitle title={t('title')}>
              {t('title')}：{project.proposal.title}
            </PageTitle>
            <p role="status" aria-live="polite" className="notice-inline">
              {message}
            </p>
            <Async state={evaluation}>
              {(scores) => (
                <>
                  <SelfEvaluationsTable
                    evaluation={scores}
                    criteria={rubric.data?.definition.criteria ?? []}
                    texts={project.selfEvaluations}
                  />
                  {scores.verdict ? <p>{t('suggested', { verdict: scores.verdict })}</p> : null}
                  <CaptionedTable
                    id="project-kpis"
                    caption={t('kpiHeading')}
                    columns={[t('kpiName'), t('kpiTarget'), t('kpiActual'), t('kpiRate'), t('kpiFrom')]}
                  >
                    {scores.kpis.map((kpi) => {
                      // The accepted results report's actual, else the latest accepted progress report's, else the
                      // group's self-evaluation's.
                      const reported = project.kpis.find((k) => k.name === kpi.name);
                      const actual = reported?.actual ?? kpi.actual;
                      const from = reported?.actualFrom ?? (kpi.actual === null ? null : 'self_evaluation');
                      const rate =
                        actual === null || kpi.target === 0 ? null : Math.round((actual / kpi.target) * 10_000) / 100;
                      return (
                        <tr key={kpi.name}>
                          <th scope="row">{kpi.name}</th>
                          <td>{`${formatNumber(kpi.target, locale)}${kpi.unit}`}</td>
                          <td>{actual === null ? '—' : `${formatNumber(actual, locale)}${kpi.unit}`}</td>
                          <td>{rate === null ? '—' : `${formatNumber(rate, locale)}%`}</td>
                          <td>{from === null ? '—' : t(from)}</td>
                        </tr>
                      );
                    })}
                  </CaptionedTable>
                </>
              )}
            </Async>
            {project.assessment ? (
              <p className="assessed">{t('assessed', { verdict: project.assessment.verdict })}</p>
            ) : project.proposal.allowedEvents.includes('ASSESS') ? (
              <AssessForm
                partnership={project}
                onAssessed={async (verdict) => {
                  await reload();
                  setMessage(t('recorded', { verdict }));
                }}
              />
            ) : (
              <p>{t('notAllowed')}</p>
            )}
          </>
        )}
      </Async>
    </section>
  );
}
