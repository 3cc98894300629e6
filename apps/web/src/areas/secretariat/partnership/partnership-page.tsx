import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { KpiProgressTable } from '../../../partnership/kpi-progress-table';
import { MilestonesPanel } from '../../../partnership/milestones-panel';
import type { Partnership } from '../../../partnership/partnership-models';
import { partnershipTexts } from '../../../partnership/partnership-texts';
import { ProgressReportList } from '../../../partnership/progress-report-list';
import { usePartnership } from '../../../partnership/use-partnership';
import { Async, PageTitle } from '../../../ui/components';
import { StateBadge } from '../components/state-badge';
import { AgreementSummary } from './agreement-summary';
import { ConditionsPanel } from './conditions-panel';
import { LifecycleActions } from './lifecycle-actions';
import { partnershipPageTexts } from './partnership-page-texts';
import { ReportReview } from './report-review';
import { PlanChangesReview, ResultsReportsReview } from './results-review-panels';

/**
 * 事業の進行管理: after adoption, the secretariat's desk for one project — the agreement, starting and ending the
 * project, the conditions of adoption, the KPIs against the accepted reports, the reports to check, the milestones,
 * the plan change requests and the results report to review.
 */
export function PartnershipPage({ proposalId }: { proposalId: string }) {
  const t = useT(partnershipPageTexts);
  const tp = useT(partnershipTexts);
  const { state, replace, reload } = usePartnership(proposalId);
  const [message, setMessage] = useState('');
  const reviewed = (next: Partnership, text: string) => {
    replace(next);
    setMessage(text);
  };
  const moved = async (text: string) => {
    await reload();
    setMessage(text);
  };
  return (
    <section className="partnership-page">
      <Async state={state}>
        {(partnership) => (
          <>
            <PageTitle title={t('title')}>
              {t('title')}：{partnership.proposal.title} <StateBadge state={partnership.proposal.state} />
            </PageTitle>
            <p>
              <Link to={`/console/proposals/${proposalId}`}>{t('back')}</Link>
            </p>
            <p role="status" aria-live="polite" className="notice-inline">
              {message}
            </p>
            <LifecycleActions partnership={partnership} onMoved={moved} />
            <AgreementSummary partnership={partnership} />
            <ConditionsPanel partnership={partnership} onMoved={moved} />
            <section className="console-panel" aria-labelledby="kpi-heading">
              <h2 id="kpi-heading">{tp('kpiHeading')}</h2>
              <KpiProgressTable kpis={partnership.kpis} />
            </section>
            <section className="console-panel" aria-labelledby="reports-heading">
              <h2 id="reports-heading">{tp('reportsHeading')}</h2>
              <ProgressReportList
                reports={partnership.progressReports}
                actions={(report) => (
                  <ReportReview
                    partnership={partnership}
                    report={report}
                    onReviewed={(next, text) => {
                      replace(next);
                      setMessage(text);
                    }}
                  />
                )}
              />
            </section>
            <MilestonesPanel partnership={partnership} onChanged={replace} />
            <PlanChangesReview partnership={partnership} onReviewed={reviewed} />
            <ResultsReportsReview partnership={partnership} onReviewed={reviewed} />
          </>
        )}
      </Async>
    </section>
  );
}
