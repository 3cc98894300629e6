import { type Actor, hasRole, organizationIdsFor } from '@kyodo/platform';
import type { ProposalEntity } from '@kyodo/persistence';
import type { Actor as MachineActor } from '@kyodo/workflow';

/** Members of the proposing organisation who may act for it. */
export function isOwner(actor: Actor, proposal: Pick<ProposalEntity, 'organizationId'>): boolean {
  return organizationIdsFor(actor, 'proposer').includes(proposal.organizationId);
}

/**
 * Who may see a proposal at all. Anyone else gets 404, never 403, so the
 * existence of another organisation's draft is not revealed.
 */
export function canSee(
  actor: Actor,
  proposal: Pick<ProposalEntity, 'municipalityId' | 'organizationId' | 'state'>,
): boolean {
  if (proposal.municipalityId !== actor.municipalityId) return false;
  if (isOwner(actor, proposal)) return true;
  // A draft is the organisation's own work until it is submitted.
  if (proposal.state === 'draft') return false;
  return hasRole(actor, 'secretariat', 'admin', 'reviewer', 'committee_member', 'committee_chair');
}

/** The machine's view of the actor: their roles and their relation to this proposal. */
export function machineActor(actor: Actor, proposal: Pick<ProposalEntity, 'organizationId'>): MachineActor {
  const relation: MachineActor['relation'] = isOwner(actor, proposal)
    ? 'owner'
    : hasRole(actor, 'secretariat')
      ? 'secretariat'
      : hasRole(actor, 'committee_member', 'committee_chair')
        ? 'committee'
        : 'other';
  return { userId: actor.userId, roles: actor.roles, relation };
}
