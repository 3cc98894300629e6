import type { Schema } from './models';

/**
 * The review's shapes as the API answers them to every area, named from the document: the rubric
 * (libs/review/src/rubric-definition.ts) and the score aggregate (libs/review/src/aggregation/aggregate.ts). One
 * module, so that a field the API adds or renames is changed once for the reviewer, the committee and the public
 * pages alike.
 */
export type Stage = Schema<'Assignment'>['stage'];

export type Scale = Schema<'CriterionDefinitionScale'>;

export type Criterion = Schema<'CriterionDefinition'>;

export type Rubric = Schema<'RubricDefinition'>;

/** One criterion's statistics over the submitted sheets. */
export type CriterionStats = Schema<'CriterionStats'>;

/** A stage's aggregate; the public package adds the criterion's label and scale to each row. */
export type StageResult<C extends CriterionStats = CriterionStats> = Pick<
  Schema<'ResultsProposalStage'>,
  'rubricVersion' | 'total' | 'rank' | 'passes' | 'display' | 'scoring'
> & { criteria: C[] };

/** A stage's figures in the published form (「平均48.6点（60点満点）」), rounded once by the API. */
export type StageDisplay = Schema<'StageDisplay'>;

export type ScoringMethod = Schema<'ResultsProposalStage'>['scoring'];

/** The criterion row of a published aggregate: named, since the public never sees the rubric itself. */
export type PublishedCriterionStats = Schema<'PublicationCriterionResult'>;

/** GET /api/v1/proposals/{id}/scores (reviewers and the committee both read it). */
export type ProposalScores = Schema<'ScoresOfProposal'>;
