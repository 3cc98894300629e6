import { type Actor, hasRole } from '@kyodo/platform';
import type { AssignmentRepository } from './assignments/assignment.repository';

/**
 * Who is named beside a score. Japanese committees discuss and publish
 * individual scores as 委員A, 委員B … (the sheet, never the person): a
 * member who sees a colleague's name beside a low score scores the next
 * proposal with that in mind. The secretariat assigns the reviewers and
 * follows up late sheets, so it alone sees who is behind each letter.
 */
export function mayNameReviewers(actor: Actor): boolean {
  return hasRole(actor, 'secretariat');
}

/** 0 → A, 25 → Z, 26 → AA, as spreadsheet columns: a call rarely has more than 26 evaluators, but may. */
export function reviewerLetter(index: number): string {
  let letters = '';
  for (let n = index; n >= 0; n = Math.floor(n / 26) - 1) letters = String.fromCharCode(65 + (n % 26)) + letters;
  return letters;
}

/**
 * One letter per evaluator of a call, the same on every proposal and stage of
 * it (so the committee can compare one member's sheets across the call
 * without knowing who it is), in the order they were first assigned: a later
 * assignment never moves anyone's letter.
 */
export async function reviewerLabels(assignments: AssignmentRepository, callId: string): Promise<Map<string, string>> {
  const reviewers = await assignments.reviewersInOrder(callId);
  return new Map(reviewers.map((reviewerId, index) => [reviewerId, reviewerLetter(index)]));
}

/** A reviewer's id and letter as the actor may see them. */
export function namedAs(
  labels: Map<string, string>,
  named: boolean,
  reviewerId: string,
): { reviewerId: string | null; reviewerLabel: string } {
  return { reviewerId: named ? reviewerId : null, reviewerLabel: labels.get(reviewerId) ?? '?' };
}
