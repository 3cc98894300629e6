import type { EntityManager } from 'typeorm';
import type { Assignment } from '../assignment';
import type { AssignmentRepository } from '../assignments/assignment.repository';
import { ReviewError, ReviewErrorCode } from '../review-errors';

/**
 * The assignment, if its reviewer may still write the sheet: a conflicted reviewer is recused (403), a submitted or
 * locked sheet is closed (409). Saving and submitting share it, so both refuse the same way.
 */
export function writableSheet(assignment: Assignment): Assignment {
  if (assignment.status === 'conflicted') throw new ReviewError(ReviewErrorCode.Conflicted);
  if (assignment.status === 'submitted' || assignment.status === 'locked')
    throw new ReviewError(ReviewErrorCode.SheetLocked);
  return assignment;
}

/** Moves an open assignment on, or refuses (409) if it was submitted, locked or recused meanwhile. */
export async function claimOpenSheet(
  rows: AssignmentRepository,
  manager: EntityManager,
  assignmentId: string,
  status: 'draft' | 'submitted',
): Promise<void> {
  if (!(await rows.claimOpen(manager, assignmentId, status))) throw new ReviewError(ReviewErrorCode.SheetLocked);
}
