import type { Assignment } from '../assignment';
import type { Stage } from '../rubric-definition';

/** One assignment of a proposal as the secretariat sees it: who, which stage, how far; never the scores. */
export interface ProposalAssignment {
  id: string;
  reviewerId: string;
  reviewerName: string;
  /** False once the reviewer's account is deactivated: their open sheet needs another reviewer. */
  reviewerActive: boolean;
  stage: Stage;
  status: Assignment['status'];
  conflictKind: Assignment['conflictKind'];
  conflictReason: string | null;
  submittedAt: string | null;
}
