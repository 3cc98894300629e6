import type { SeatedMemberOrganizations } from '@kyodo/identity';
import type { Proposers } from '@kyodo/proposals';

/**
 * Committee members who must leave the room for each proposal: they belong to the proposing organisation or a
 * named partner department, or were found or declared conflicted as its reviewer. Composed from one read per
 * owner: the proposers (libs/proposals), the members' organisations (libs/identity), the conflicted assignments.
 */
export function membersToRecuse(
  proposers: Proposers[],
  members: SeatedMemberOrganizations[],
  conflicted: Array<{ proposalId: string; reviewerId: string }>,
): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const recuse = (proposalId: string, userId: string) =>
    map.set(proposalId, (map.get(proposalId) ?? new Set()).add(userId));
  const memberIds = new Set(members.map((m) => m.userId));
  for (const proposal of proposers) {
    const organizations = new Set([proposal.organizationId, ...proposal.partnerDepartmentIds]);
    for (const member of members) {
      if (member.organizationIds.some((o) => organizations.has(o))) recuse(proposal.id, member.userId);
    }
  }
  const known = new Set(proposers.map((p) => p.id));
  for (const c of conflicted)
    if (known.has(c.proposalId) && memberIds.has(c.reviewerId)) recuse(c.proposalId, c.reviewerId);
  return map;
}
