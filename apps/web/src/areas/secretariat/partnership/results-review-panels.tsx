import { call, newIdempotencyKey } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import type { Partnership } from '../../../partnership/partnership-models';
import { PlanChangeList } from '../../../partnership/plan-change-list';
import { ResultsReportView } from '../../../partnership/results-report-view';
import { resultsTexts } from '../../../partnership/results-texts';
import { DecisionReview } from './decision-review';
import { partnershipPageTexts } from './partnership-page-texts';

type Reviewed = (next: Partnership, message: string) => void;

/** The plan change requests, each submitted one with the secretariat's approve / return. */
export function PlanChangesReview({ partnership, onReviewed }: { partnership: Partnership; onReviewed: Reviewed }) {
  const t = useT(partnershipPageTexts);
  const tr = useT(resultsTexts);
  return (
    <section className="console-panel" aria-labelledby="plan-changes-heading">
      <h2 id="plan-changes-heading">{tr('planChangesHeading')}</h2>
      <PlanChangeList
        changes={partnership.planChanges}
        actions={(change) =>
          change.status === 'submitted' ? (
            <DecisionReview
              id={change.id}
              acceptLabel={t('approve')}
              send={(decision, note) =>
                call('POST /api/v1/proposals/{id}/plan-changes/{changeId}/review', {
                  path: { id: partnership.proposal.id, changeId: change.id },
                  body: decision === 'accept' ? { decision: 'approved' } : { decision: 'returned', note },
                  idempotencyKey: newIdempotencyKey(),
                })
              }
              onReviewed={(next, decision) =>
                onReviewed(next, t('planReviewed', { status: tr(decision === 'accept' ? 'approved' : 'returned') }))
              }
            />
          ) : null
        }
      />
    </section>
  );
}

/** The results reports, each submitted one with the secretariat's accept / return. */
export function ResultsReportsReview({ partnership, onReviewed }: { partnership: Partnership; onReviewed: Reviewed }) {
  const t = useT(partnershipPageTexts);
  const tr = useT(resultsTexts);
  return (
    <section className="console-panel" aria-labelledby="results-heading">
      <h2 id="results-heading">{tr('resultsHeading')}</h2>
      {partnership.resultsReports.length === 0 ? <p>{tr('noResults')}</p> : null}
      {[...partnership.resultsReports].reverse().map((report) => (
        <ResultsReportView key={report.id} report={report}>
          {report.status === 'submitted' ? (
            <DecisionReview
              id={report.id}
              acceptLabel={t('accept')}
              send={(decision, note) =>
                call('POST /api/v1/proposals/{id}/results-reports/{reportId}/review', {
                  path: { id: partnership.proposal.id, reportId: report.id },
                  body: decision === 'accept' ? { decision: 'accepted' } : { decision: 'returned', note },
                  idempotencyKey: newIdempotencyKey(),
                })
              }
              onReviewed={(next, decision) =>
                onReviewed(next, t('resultsReviewed', { status: tr(decision === 'accept' ? 'accepted' : 'returned') }))
              }
            />
          ) : null}
        </ResultsReportView>
      ))}
    </section>
  );
}
