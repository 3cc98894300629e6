import type { Stage } from './rubric-definition';

/** One reviewer's task on one proposal at one stage, and how far it has gone. */
export interface Assignment {
  id: string;
  proposalId: string;
  reviewerId: string;
  stage: Stage;
  status: 'assigned' | 'acknowledged' | 'draft' | 'submitted' | 'locked' | 'conflicted';
  conflictKind: 'automatic' | 'declared' | null;
  conflictReason: string | null;
}
