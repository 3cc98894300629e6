import { type Actor, hasRole, organizationIdsFor } from '@kyodo/platform';
import type { ProposalEntity } from './proposals/proposal.entity';
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
  proposal: Pick<ProposalEntity, 'municipalityId' | 'organizationId' | 'state' | 'partnerDepartmentIds'>,
): boolean {
  if (proposal.municipalityId !== actor.municipalityId) return false;
  if (isOwner(actor, proposal)) return true;
  // A draft is the organisation's own work until it is submitted.
  if (proposal.state === 'draft') return false;
  if (isPartnerDepartment(actor, proposal)) return true;
  return hasRole(actor, 'secretariat', 'admin', 'reviewer', 'committee_member', 'committee_chair');
}

/** Staff of a department the proposal names as its partner (担当課). */
export function isPartnerDepartment(actor: Actor, proposal: Pick<ProposalEntity, 'partnerDepartmentIds'>): boolean {
  return actor.memberships.some(
    (m) => m.organizationId !== null && proposal.partnerDepartmentIds.includes(m.organizationId),
  );
}

/** The machine's view of the actor: their roles and their relation to this proposal. */
export function machineActor(
  actor: Actor,
  proposal: Pick<ProposalEntity, 'organizationId' | 'partnerDepartmentIds'>,
): MachineActor {
  const relation: MachineActor['relation'] = isOwner(actor, proposal)
    ? 'owner'
    : hasRole(actor, 'secretariat')
      ? 'secretariat'
      : isPartnerDepartment(actor, proposal)
        ? 'partnerDepartment'
        : hasRole(actor, 'committee_member', 'committee_chair')
          ? 'committee'
          : 'other';
  return { userId: actor.userId, roles: actor.roles, relation };
}
