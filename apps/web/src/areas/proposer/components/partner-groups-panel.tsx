import { call as callApi } from '../../../api/client';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { PartnersSection } from '../../../proposal-workflow/partners-section';
import type { Proposal } from '../models';
import { PartnerGroupsPicker } from './partner-groups-picker';

const editable = (state: string) => state === 'draft' || state.includes('revisionRequested');

/**
 * 協働相手 on the proposer's page: while a department's proposal may change, the choice of its partner groups;
 * afterwards (and for a group's proposal, once submitted) the parties of the partnership as records.
 */
export function PartnerGroupsPanel({
  proposal,
  onChanged,
}: {
  proposal: Proposal;
  onChanged: (next: Proposal) => void;
}) {
  const choosing = editable(proposal.state) && proposal.origin === 'department';
  const organizations = useApiQuery(
    keys.organizations.list(),
    (signal) => callApi('GET /api/v1/organizations', { signal }),
    { enabled: choosing },
  );
  if (!choosing) return proposal.state === 'draft' ? null : <PartnersSection proposalId={proposal.id} />;
  if (!organizations.data) return null;
  return (
    <section className="lifecycle-panel">
      <PartnerGroupsPicker
        organizations={organizations.data}
        current={proposal.partnerGroupIds}
        onSave={async (partnerGroupIds) =>
          onChanged(
            await callApi('PATCH /api/v1/proposals/{id}', {
              path: { id: proposal.id },
              body: { partnerGroupIds },
              ifMatch: proposal.version,
            }),
          )
        }
      />
    </section>
  );
}
