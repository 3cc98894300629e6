import { call, newIdempotencyKey } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import type { Partnership, ProgressReport } from '../../../partnership/partnership-models';
import { partnershipTexts } from '../../../partnership/partnership-texts';
import { DecisionReview } from './decision-review';
import { partnershipPageTexts } from './partnership-page-texts';

/** The secretariat's answer to a submitted progress report: accept it, or return it with what to correct. */
export function ReportReview({
  partnership,
  report,
  onReviewed,
}: {
  partnership: Partnership;
  report: ProgressReport;
  onReviewed: (next: Partnership, message: string) => void;
}) {
  const t = useT(partnershipPageTexts);
  const tp = useT(partnershipTexts);
  if (report.status !== 'submitted') return null;
  return (
    <DecisionReview
      id={report.id}
      noteId={`return-note-${report.id}`}
      acceptLabel={t('accept')}
      send={(decision, note) =>
        call('POST /api/v1/proposals/{id}/progress-reports/{reportId}/review', {
          path: { id: partnership.proposal.id, reportId: report.id },
          body: decision === 'accept' ? { decision: 'accepted' } : { decision: 'returned', note },
          idempotencyKey: newIdempotencyKey(),
        })
      }
      onReviewed={(next, decision) =>
        onReviewed(next, t('reviewed', { status: tp(decision === 'accept' ? 'accepted' : 'returned') }))
      }
    />
  );
}
