import type { LocalizedText } from '../../api/models';

export type AssignmentStatus = 'assigned' | 'acknowledged' | 'draft' | 'submitted' | 'locked' | 'conflicted';

export interface QueueItem {
  id: string;
  proposalId: string;
  reviewerId: string;
  stage: 'document' | 'presentation' | 'project_end';
  status: AssignmentStatus;
  title: string;
  callId: string;
  reviewDeadlineAt: string | null;
}

export interface Criterion {
  key: string;
  labelJa: string;
  labelEn: string;
  descriptionJa?: string;
  descriptionEn?: string;
  weight: number;
  scale: { min: number; max: number; step: number };
  levels?: Array<{ score: number; labelJa: string; labelEn: string }>;
  commentRequired?: boolean;
}

export interface Rubric {
  titleJa: string;
  titleEn: string;
  descriptionJa?: string;
  descriptionEn?: string;
  criteria: Criterion[];
}

export interface MySheet {
  assignment: Omit<QueueItem, 'reviewDeadlineAt'>;
  rubric: { version: number; definition: Rubric };
  scores: Record<string, number>;
  comments: Record<string, string>;
  updatedAt: string | null;
  submittedAt: string | null;
}

export interface CriterionStats {
  key: string;
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  stdDev: number;
  disagreement: boolean;
}

export interface StageResult {
  rubricVersion: number;
  criteria: CriterionStats[];
  total: number;
  rank: number;
  passes: boolean;
}

export interface ProposalScores {
  sheets: Array<{
    assignmentId: string;
    reviewerId: string | null;
    stage: string;
    scores: Record<string, number>;
    comments: Record<string, string>;
    submittedAt: string;
  }>;
  stages: Partial<Record<'document' | 'presentation' | 'project_end', StageResult>>;
  consensus: Array<{
    sessionId: string;
    criteria: Array<{
      key: string;
      consensus: number;
      reason: string;
      individualMean: number | null;
      difference: number | null;
    }>;
  }>;
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
    'POST /api/v1/assignments/{id}/acknowledge': QueueItem;
    'GET /api/v1/assignments/{id}/score-sheet': MySheet;
    'PUT /api/v1/assignments/{id}/score-sheet': { status: string; rubricVersion: number };
    'POST /api/v1/assignments/{id}/score-sheet/submit': { status: 'submitted' };
    'POST /api/v1/assignments/{id}/conflict': QueueItem;
  }
}
