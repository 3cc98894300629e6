import type { LocalizedText } from './models';

/**
 * The review's shapes as the API answers them to every area: the rubric (libs/review/src/rubric-definition.ts)
 * and the score aggregate (libs/review/src/aggregation/aggregate.ts). One module, so that a field the API adds
 * or renames is changed once for the reviewer, the committee and the public pages alike.
 */
export type Stage = 'document' | 'presentation' | 'project_end';

export interface Scale {
  min: number;
  max: number;
  step: number;
}

export interface Criterion {
  key: string;
  labelJa: string;
  labelEn: string;
  descriptionJa?: string;
  descriptionEn?: string;
  weight: number;
  scale: Scale;
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

/** One criterion's statistics over the submitted sheets. */
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

/** A stage's aggregate; the public package adds the criterion's label and scale to each row. */
export interface StageResult<C extends CriterionStats = CriterionStats> {
  rubricVersion: number;
  criteria: C[];
  total: number;
  rank: number;
  passes: boolean;
}

/** The criterion row of a published aggregate: named, since the public never sees the rubric itself. */
export interface PublishedCriterionStats extends CriterionStats {
  label?: LocalizedText;
  scale?: Scale;
}

/** GET /api/v1/proposals/{id}/scores (cast where read: reviewers and the committee both read it). */
export interface ProposalScores {
  sheets: Array<{
    assignmentId: string;
    /** Only the secretariat sees who; everyone sees the letter of the call (委員A). */
    reviewerId: string | null;
    reviewerLabel: string;
    stage: string;
    scores: Record<string, number>;
    comments: Record<string, string>;
    submittedAt: string;
  }>;
  stages: Partial<Record<Stage, StageResult>>;
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
