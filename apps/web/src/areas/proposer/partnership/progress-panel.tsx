import { useT } from '../../../i18n/i18n';
import { KpiProgressTable } from '../../../partnership/kpi-progress-table';
import { MilestonesPanel } from '../../../partnership/milestones-panel';
import { PlanChangeList } from '../../../partnership/plan-change-list';
import { resultsTexts } from '../../../partnership/results-texts';
import { ProgressReportList } from '../../../partnership/progress-report-list';
import { usePartnership } from '../../../partnership/use-partnership';
import { Async } from '../../../ui/components';
import { PlanChangeForm } from './plan-change-form';
import { ProgressReportForm } from './progress-report-form';
import { progressTexts } from './progress-texts';

/**
 * While the project runs, for the group and the partner department: the progress report form, the reports so far
 * with the secretariat's answers, the KPIs against the accepted actuals, and the milestones.
 */
export function ProgressPanel({ proposalId }: { proposalId: string }) {
  const t = useT(progressTexts);
  const tr = useT(resultsTexts);
  const { state, replace } = usePartnership(proposalId);
  return (
    <Async state={state}>
      {(partnership) => (
        <div className="progress-panel">
          {partnership.proposal.allowedEvents.includes('REPORT_PROGRESS') ? (
            <ProgressReportForm partnership={partnership} onSent={replace} />
          ) : null}
          <section aria-labelledby="my-reports-heading">
            <h2 id="my-reports-heading">{t('mine')}</h2>
            <ProgressReportList reports={partnership.progressReports} />
          </section>
          <KpiProgressTable kpis={partnership.kpis} />
          <MilestonesPanel partnership={partnership} onChanged={replace} />
          {partnership.party !== null && partnership.proposal.state === 'implementation' ? (
            <PlanChangeForm partnership={partnership} onSent={replace} />
          ) : null}
          <section className="console-panel" aria-labelledby="my-plan-changes-heading">
            <h2 id="my-plan-changes-heading">{tr('planChangesHeading')}</h2>
            <PlanChangeList changes={partnership.planChanges} />
          </section>
        </div>
      )}
    </Async>
  );
}
