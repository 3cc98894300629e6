import { useT } from '../../../i18n/i18n';
import { usePartnership } from '../../../partnership/use-partnership';
import { ResultsReportView } from '../../../partnership/results-report-view';
import { resultsTexts } from '../../../partnership/results-texts';
import { Async } from '../../../ui/components';
import { planTexts } from './plan-texts';
import { ResultsReportForm } from './results-report-form';

/**
 * After the project has ended, for the group and the partner department: the results report form (for the proposing
 * organisation — the group, or the department that proposed the project — when no report awaits review or stands
 * accepted) and the reports so far with the secretariat's notes.
 */
export function ResultsPanel({ proposalId }: { proposalId: string }) {
  const t = useT(planTexts);
  const tr = useT(resultsTexts);
  const { state, replace } = usePartnership(proposalId);
  return (
    <Async state={state}>
      {(partnership) => {
        const open = partnership.resultsReports.find((r) => r.status !== 'returned');
        return (
          <div className="results-panel">
            {open ? (
              <p className="notice-inline">{open.status === 'accepted' ? t('acceptedDone') : t('waiting')}</p>
            ) : partnership.owner && partnership.agreement ? (
              <ResultsReportForm partnership={partnership} onSent={replace} />
            ) : null}
            <section className="console-panel" aria-labelledby="results-list-heading">
              <h2 id="results-list-heading">{tr('resultsHeading')}</h2>
              {partnership.resultsReports.length === 0 ? (
                <p>{tr('noResults')}</p>
              ) : (
                [...partnership.resultsReports].reverse().map((r) => <ResultsReportView key={r.id} report={r} />)
              )}
            </section>
          </div>
        );
      }}
    </Async>
  );
}
