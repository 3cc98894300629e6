import type { EntityManager } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, hasRole } from '@kyodo/platform';
import type { ReviewTarget } from '@kyodo/proposals';

/** An assignment change on the proposal's audit stream, by the secretariat (assigning) or a reviewer (declaring). */
export function auditAssignment(
  manager: EntityManager,
  at: Date,
  actor: Actor,
  proposal: ReviewTarget,
  action: string,
  after: unknown,
) {
  return appendAudit(manager, {
    municipalityId: proposal.municipalityId,
    stream: `proposal:${proposal.id}`,
    action,
    actorId: actor.userId,
    actorRole: hasRole(actor, 'secretariat') ? 'secretariat' : 'reviewer',
    requestId: actor.requestId,
    after,
    at,
  });
}
