import { type Actor, hasRole, organizationIdsFor } from '@kyodo/platform';
import type { ProposalEntity } from './proposals/proposal.entity';
import type { Actor as MachineActor } from '@kyodo/workflow';
import { isAdoptedState } from './continuation/continuation-rules';

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
  proposal: Pick<ProposalEntity, 'municipalityId' | 'organizationId' | 'state' | 'partnerDepartmentIds'> &
    Partial<Pick<ProposalEntity, 'partnerGroupIds'>>,
): boolean {
  if (proposal.municipalityId !== actor.municipalityId) return false;
  if (isOwner(actor, proposal)) return true;
  // A draft is the organisation's own work until it is submitted.
  if (proposal.state === 'draft') return false;
  if (isPartnerDepartment(actor, proposal)) return true;
  // A partner group (協働相手) reads, never acts on, the proposal that names it once it is adopted: before, the
  // department's plan is its own to change, and a not-adopted one is not the group's business.
  if (isPartnerGroup(actor, proposal) && isAdoptedState(proposal.state)) return true;
  return hasRole(actor, 'secretariat', 'admin', 'reviewer', 'committee_member', 'committee_chair');
}

/**
 * The states of the selection (submission to decision). A reviewer recused from a proposal at a selection stage —
 * a conflict found by the engine or declared — may not see it in these states, whatever their roles, unless they
 * belong to the proposing organisation (it is their own work). After the decision the recusal no longer hides it:
 * a partner department's staff member works on the adopted project, and the decision is public by then.
 */
export function inSelection(state: string): boolean {
  return state.startsWith('submitted') || state === 'consultation' || state === 'review' || state === 'jointEvaluation';
}

/** Whether the recusal rule can hide this proposal from this actor at all (before asking the review engine). */
export function recusalMayHide(actor: Actor, proposal: Pick<ProposalEntity, 'organizationId' | 'state'>): boolean {
  return inSelection(proposal.state) && !isOwner(actor, proposal);
}

/** Staff of a department the proposal names as its partner (担当課). */
export function isPartnerDepartment(actor: Actor, proposal: Pick<ProposalEntity, 'partnerDepartmentIds'>): boolean {
  return actor.memberships.some(
    (m) => m.organizationId !== null && proposal.partnerDepartmentIds.includes(m.organizationId),
  );
}

/** Members of a citizen group a department's proposal names as its partner (協働相手). */
export function isPartnerGroup(actor: Actor, proposal: Partial<Pick<ProposalEntity, 'partnerGroupIds'>>): boolean {
  const groups = proposal.partnerGroupIds ?? [];
  return actor.memberships.some((m) => m.organizationId !== null && groups.includes(m.organizationId));
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
