import type { ReviewHeading } from '@kyodo/proposals';
import type { CallAssignment, ListedAssignment, QueueItem } from './assignment.repository';
import type { ProposalAssignment } from './proposal-assignment';

/** Text as PostgreSQL's C collation orders it, nulls last (the order the single query this replaces used). */
function byCodePoint(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The reviewer's queue: each assignment with its proposal's heading, by receipt number, then stage. */
export function queueInReceiptOrder(items: CallAssignment[], headings: Map<string, ReviewHeading>): QueueItem[] {
  return items
    .filter((item) => headings.has(item.proposalId))
    .map((item) => ({ item, heading: headings.get(item.proposalId)! }))
    .sort(
      (a, b) =>
        byCodePoint(a.heading.receiptNumber, b.heading.receiptNumber) || byCodePoint(a.item.stage, b.item.stage),
    )
    .map(({ item, heading }) => ({
      ...item,
      title: heading.title,
      reviewDeadlineAt: heading.reviewDeadlineAt ? new Date(heading.reviewDeadlineAt).toISOString() : null,
    }));
}

/**
 * A proposal's assignments with the reviewers' names, by stage and creation time, then name, then id. `reviewers`
 * comes in name order from libs/identity, so the names' order is PostgreSQL's, as in the join this replaces; with
 * each, whether the account still works (an open sheet of a deactivated reviewer is the secretariat's to reassign).
 */
export function withReviewerNames(
  rows: ListedAssignment[],
  reviewers: Map<string, { displayName: string; active: boolean }>,
): ProposalAssignment[] {
  const nameRank = new Map([...reviewers.keys()].map((id, i) => [id, i]));
  return rows
    .filter((row) => reviewers.has(row.reviewerId))
    .sort(
      (a, b) => a.tier - b.tier || nameRank.get(a.reviewerId)! - nameRank.get(b.reviewerId)! || byCodePoint(a.id, b.id),
    )
    .map((row) => ({
      id: row.id,
      reviewerId: row.reviewerId,
      reviewerName: reviewers.get(row.reviewerId)!.displayName,
      reviewerActive: reviewers.get(row.reviewerId)!.active,
      stage: row.stage,
      status: row.status,
      conflictKind: row.conflictKind,
      conflictReason: row.conflictReason,
      submittedAt: row.submittedAt,
    }));
}
