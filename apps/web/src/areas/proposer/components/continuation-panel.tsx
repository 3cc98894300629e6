import { useSession } from '../../../auth/session';
import { call as callApi } from '../../../api/client';
import { ContinuationSection } from '../../../proposal-workflow/continuation-section';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import type { Call, Proposal } from '../models';
import { api } from '../proposer-api';
import { ContinuationChoice } from './continuation-choice';

const editable = (state: string) => state === 'draft' || state.includes('revisionRequested');

/**
 * 継続提案 on the proposer's page: while the proposal may change and its call allows continuation, the choice of
 * new project or continuation; afterwards, which year of the project it is and what it continues.
 */
export function ContinuationPanel({
  proposal,
  call,
  onChanged,
}: {
  proposal: Proposal;
  call: Call | null;
  onChanged: (next: Proposal) => void;
}) {
  const { me } = useSession();
  const choosing = editable(proposal.state) && (call?.continuationAllowed ?? false);
  const isMember = me?.memberships.some((m) => m.organizationId === proposal.organizationId) ?? false;
  const candidates = useApiQuery(
    keys.proposals.continuationCandidates(proposal.callId, proposal.organizationId),
    (signal) =>
      callApi('GET /api/v1/calls/{id}/continuation-candidates', {
        path: { id: proposal.callId },
        query: { organizationId: proposal.organizationId },
        signal,
      }),
    { enabled: choosing && isMember },
  );
  if (!choosing) return proposal.predecessorId ? <ContinuationSection proposalId={proposal.id} /> : null;
  if (!candidates.data || !call) return null;
  return (
    <section className="lifecycle-panel">
      <ContinuationChoice
        candidates={candidates.data}
        current={proposal.predecessorId}
        maxYears={call.continuationMaxYears}
        onSave={async (predecessorId) =>
          onChanged(await api.setPredecessor(proposal.id, proposal.version, predecessorId))
        }
      />
    </section>
  );
}
