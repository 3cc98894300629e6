import type { ActiveMembershipRepository } from '@kyodo/identity';
import { type Actor, hasRole } from '@kyodo/platform';
import type { ReviewTarget } from '@kyodo/proposals';
import { ReviewError, ReviewErrorCode } from '../review-errors';
import type { Stage } from '../rubric-definition';

/** The proposal states in which a stage's sheets may be assigned. */
export const REVIEWABLE: Record<Stage, RegExp> = {
  document: /^review$/,
  presentation: /^(review|jointEvaluation)$/,
  project_end: /^projectEvaluation\./,
};

const REVIEWER_ROLES = ['reviewer', 'committee_member', 'committee_chair'];

/** Each requested reviewer's organisations; fails unless every one may review in this municipality. */
export async function reviewerOrganizations(
  memberships: ActiveMembershipRepository,
  municipalityId: string,
  ids: string[],
): Promise<Map<string, string[]>> {
  const rows = await memberships.membershipsOf(municipalityId, ids);
  const result = new Map<string, string[]>();
  for (const id of ids) {
    const mine = rows.filter((r) => r.userId === id);
    if (!mine.some((r) => REVIEWER_ROLES.includes(r.role)))
      throw new ReviewError(ReviewErrorCode.NotReviewer, { userId: id });
    result.set(
      id,
      mine.map((r) => r.organizationId).filter((o): o is string => o !== null),
    );
  }
  return result;
}

/** The organisation proposes the proposal, or is a partner department it names: its members are conflicted. */
export function proposes(proposal: ReviewTarget, organizationId: string): boolean {
  return organizationId === proposal.organizationId || proposal.partnerDepartmentIds.includes(organizationId);
}

/** Only the secretariat of a municipality assigns reviewers. */
export function requireSecretariat(actor: Actor): void {
  if (!hasRole(actor, 'secretariat') || !actor.municipalityId) throw new ReviewError(ReviewErrorCode.NotAllowed);
}
