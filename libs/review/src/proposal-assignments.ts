import type { DataSource } from 'typeorm';
import { type Actor, hasRole } from '@kyodo/platform';
import { ProposalError, ProposalErrorCode } from '@kyodo/proposals';
import { ReviewError, ReviewErrorCode } from './review-errors';
import type { Assignment } from './assignment';
import type { Stage } from './rubric-definition';

/** One assignment of a proposal as the secretariat sees it: who, which stage, how far; never the scores. */
export interface ProposalAssignment {
  id: string;
  reviewerId: string;
  reviewerName: string;
  stage: Stage;
  status: Assignment['status'];
  conflictKind: Assignment['conflictKind'];
  conflictReason: string | null;
  submittedAt: string | null;
}

/**
 * The assignments of a proposal (secretariat, admin). Another municipality's
 * proposal, or a draft, is not found, like the sibling routes.
 */
export async function proposalAssignments(
  ds: DataSource,
  actor: Actor,
  proposalId: string,
): Promise<ProposalAssignment[]> {
  if (!hasRole(actor, 'secretariat', 'admin') || !actor.municipalityId) {
    throw new ReviewError(ReviewErrorCode.NotAllowed);
  }
  const [proposal] = await ds.query('SELECT municipality_id, state FROM proposals WHERE id = $1', [proposalId]);
  if (!proposal || proposal.municipality_id !== actor.municipalityId || proposal.state === 'draft') {
    throw new ProposalError(ProposalErrorCode.ProposalNotFound);
  }
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT a.id, a.reviewer_id, u.display_name, a.stage, a.status, a.conflict_kind, a.conflict_reason, s.submitted_at
       FROM review_assignments a
       JOIN users u ON u.id = a.reviewer_id
       LEFT JOIN score_sheets s ON s.assignment_id = a.id
      WHERE a.proposal_id = $1 AND a.municipality_id = $2
      ORDER BY a.stage, a.created_at, u.display_name, a.id`,
    [proposalId, actor.municipalityId],
  );
  return rows.map((r) => ({
    id: r.id as string,
    reviewerId: r.reviewer_id as string,
    reviewerName: r.display_name as string,
    stage: r.stage as Stage,
    status: r.status as Assignment['status'],
    conflictKind: (r.conflict_kind as Assignment['conflictKind']) ?? null,
    conflictReason: (r.conflict_reason as string | null) ?? null,
    submittedAt: r.submitted_at ? new Date(r.submitted_at as string).toISOString() : null,
  }));
}
