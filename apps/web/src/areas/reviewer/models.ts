import type { LocalizedText } from '../../api/models';
import type { Rubric, Stage } from '../../api/review-models';

export type AssignmentStatus = 'assigned' | 'acknowledged' | 'draft' | 'submitted' | 'locked' | 'conflicted';

export interface QueueItem {
  id: string;
  proposalId: string;
  reviewerId: string;
  stage: Stage;
  status: AssignmentStatus;
  title: string;
  callId: string;
  reviewDeadlineAt: string | null;
}

/** An assignment as its own moves answer it (no proposal title or deadline: those come from the queue). */
export type AssignmentRecord = Omit<QueueItem, 'title' | 'callId' | 'reviewDeadlineAt'>;

export interface MySheet {
  assignment: Omit<QueueItem, 'reviewDeadlineAt'>;
  rubric: { version: number; definition: Rubric };
  scores: Record<string, number>;
  comments: Record<string, string>;
  updatedAt: string | null;
  submittedAt: string | null;
}

export interface ProposalDetail {
  id: string;
  callId: string;
  title: string;
  state: string;
  version: number;
  receiptNumber: string | null;
  content: Record<string, unknown>;
  allowedEvents: string[];
}

export interface CallSummary {
  id: string;
  title?: LocalizedText;
  titleJa?: string;
  titleEn?: string;
  fiscalYear: number;
}

/** Operations other areas read too (proposals, scores) are cast where used, so areas never clash. */
declare module '../../api/models' {
  interface Responses {
    'GET /api/v1/me/assignments': { pending: QueueItem[]; done: QueueItem[] };
    'POST /api/v1/assignments/{id}/acknowledge': AssignmentRecord;
    'GET /api/v1/assignments/{id}/score-sheet': MySheet;
    'PUT /api/v1/assignments/{id}/score-sheet': { status: string; rubricVersion: number };
    'POST /api/v1/assignments/{id}/score-sheet/submit': { status: 'submitted' };
    'POST /api/v1/assignments/{id}/conflict': AssignmentRecord;
  }
}
