import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { RubricDefinitionResponse } from './review.response';
import { SCORING_METHOD, ScoreDecimalsResponse, StageDisplayResponse } from './score-display.response';

/** What the results of a call and the evaluation settings answer (libs/review aggregation). */
const CONFLICT_RULE_TEXT =
  'How a recused reviewer’s missing score is treated: the others renormalised, or the mean stood in';
/** How a recused reviewer’s missing score is treated: one named schema (ConflictRule) wherever it appears. */
export const CONFLICT_RULE = {
  enum: ['renormalize', 'substitute_mean'],
  enumName: 'ConflictRule',
  enumSchema: { description: CONFLICT_RULE_TEXT },
  // Said beside the reference too: a lone `allOf: [$ref]` is what the linter calls an illogical composition.
  description: CONFLICT_RULE_TEXT,
};

@ApiSchema({ name: 'StageCombinationWeights', description: 'weighted: e.g. 50 / 50' })
export class StageCombinationWeightsResponse {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  document: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  presentation: number;
}

@ApiSchema({
  name: 'StageCombination',
  description:
    'How 書類審査 and 公開プレゼン combine: `threshold` (stage 1 only filters at `stage1PassMark`) or `weighted` (`weights`)',
})
export class StageCombinationResponse {
  @ApiProperty({ type: 'string', enum: ['threshold', 'weighted'] })
  kind: string;

  @ApiPropertyOptional({ type: 'number', minimum: 0, maximum: 100, description: 'threshold: the stage-1 mark on 100' })
  stage1PassMark?: number;

  @ApiPropertyOptional({ type: () => StageCombinationWeightsResponse, description: 'weighted: e.g. 50 / 50' })
  weights?: StageCombinationWeightsResponse;
}

@ApiSchema({
  name: 'ProjectWeights',
  description: '事業評価 weights of the self-evaluations and the committee (e.g. 20/20/60)',
})
export class ProjectWeightsResponse {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  group: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  department: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  committee: number;
}

@ApiSchema({
  name: 'ScoreRoundingRule',
  description: 'How the scores are rounded (exact fractions, rounded once, half up, to hundredths)',
})
export class ScoreRoundingRuleResponse {
  @ApiProperty({ type: 'string' })
  ja: string;

  @ApiProperty({ type: 'string' })
  en: string;
}

@ApiSchema({
  name: 'CriterionStats',
  description: 'Statistics of one criterion over the submitted sheets (hundredths)',
})
export class CriterionStatsResponse {
  @ApiProperty({ type: 'string' })
  key: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  count: number;

  @ApiProperty({ type: 'number' })
  mean: number;

  @ApiProperty({ type: 'number' })
  median: number;

  @ApiProperty({ type: 'number' })
  min: number;

  @ApiProperty({ type: 'number' })
  max: number;

  @ApiProperty({ type: 'number', minimum: 0, description: 'Population standard deviation' })
  stdDev: number;

  @ApiProperty({ type: 'boolean', description: 'max − min reaches the call’s disagreement spread' })
  disagreement: boolean;

  @ApiProperty({ type: 'number', minimum: 0, description: 'Points the mean earns of the weight (hundredths)' })
  points: number;
}

const TIE_BREAK_TEXT =
  'How tied totals are ordered: committee (総合的な優劣 — the tie is kept and the committee decides), majority (多数決), ' +
  'lower_amount (見積金額が低い者から), rank_sum (順位合計方式)';
export const TIE_BREAK_RULE = {
  enum: ['committee', 'majority', 'lower_amount', 'rank_sum'],
  enumName: 'TieBreakRule',
  enumSchema: { description: TIE_BREAK_TEXT },
  description: TIE_BREAK_TEXT,
};

@ApiSchema({ name: 'TieBreak', description: 'Where the total was tied: the rule the call applies, and its outcome' })
export class TieBreakResponse {
  @ApiProperty(TIE_BREAK_RULE)
  rule: string;

  @ApiProperty({
    type: 'boolean',
    description: 'The rule gave this proposal a place of its own; false: still tied (the committee decides)',
  })
  resolved: boolean;
}

@ApiSchema({ name: 'ResultsStageEntry' })
export class ResultsStageEntryResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: () => CriterionStatsResponse, isArray: true })
  criteria: CriterionStatsResponse[];

  @ApiProperty({ type: 'number', minimum: 0, maximum: 100, description: 'Weighted total on 100' })
  total: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'Equal totals share a rank (1, 2, 2, 4) unless the call’s tie-break rule orders them',
  })
  rank: number;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'The proposals with the same total, whether or not the tie-break rule then ordered them',
  })
  tiedWith: string[];

  @ApiProperty({ type: () => TieBreakResponse, nullable: true, description: 'Null where the total is not tied' })
  tieBreak: TieBreakResponse | null;

  @ApiProperty({ type: 'boolean', description: 'At or above the adoption line (採択ライン)' })
  passes: boolean;

  @ApiProperty(CONFLICT_RULE)
  conflictRule: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Scores stood in by the mean (substitute_mean)' })
  substituted: number;

  @ApiProperty({ type: 'number', minimum: 0, description: 'The total on the rubric’s own full marks (hundredths)' })
  points: number;

  @ApiProperty({ type: 'number', minimum: 0, description: 'The rubric’s full marks: the sum of its weights' })
  fullMarks: number;

  @ApiProperty(SCORING_METHOD)
  scoring: string;

  @ApiProperty({ type: () => StageDisplayResponse })
  display: StageDisplayResponse;
}

@ApiSchema({ name: 'ResultsProposalStage' })
export class ResultsProposalStageResponse {
  @ApiProperty({ type: 'integer', minimum: 1 })
  rubricVersion: number;

  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: () => CriterionStatsResponse, isArray: true })
  criteria: CriterionStatsResponse[];

  @ApiProperty({ type: 'number', minimum: 0, maximum: 100, description: 'Weighted total on 100' })
  total: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'Equal totals share a rank (1, 2, 2, 4) unless the call’s tie-break rule orders them',
  })
  rank: number;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'The proposals with the same total, whether or not the tie-break rule then ordered them',
  })
  tiedWith: string[];

  @ApiProperty({ type: () => TieBreakResponse, nullable: true, description: 'Null where the total is not tied' })
  tieBreak: TieBreakResponse | null;

  @ApiProperty({ type: 'boolean', description: 'At or above the adoption line (採択ライン)' })
  passes: boolean;

  @ApiProperty(CONFLICT_RULE)
  conflictRule: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Scores stood in by the mean (substitute_mean)' })
  substituted: number;

  @ApiProperty({ type: 'number', minimum: 0, description: 'The total on the rubric’s own full marks (hundredths)' })
  points: number;

  @ApiProperty({ type: 'number', minimum: 0, description: 'The rubric’s full marks: the sum of its weights' })
  fullMarks: number;

  @ApiProperty(SCORING_METHOD)
  scoring: string;

  @ApiProperty({ type: () => StageDisplayResponse })
  display: StageDisplayResponse;
}

@ApiSchema({
  name: 'ReviewerLeniency',
  description: 'How much more generous or severe a reviewer is than the panels they sat on',
})
export class ReviewerLeniencyResponse {
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    description: 'The evaluator; null for everyone but the secretariat, who see the letter only (docs/evaluation.md)',
    nullable: true,
  })
  reviewerId: string | null;

  @ApiProperty({
    type: 'string',
    pattern: '^[A-Z]+$',
    description:
      'The evaluator’s letter in this call (委員A, 委員B …), the same on every proposal and stage of the call',
  })
  reviewerLabel: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  sheets: number;

  @ApiProperty({ type: 'number', description: 'Mean of (own total − the panel’s mean total), on 100' })
  offset: number;

  @ApiProperty({ type: 'number', description: 'The offset in standard deviations of all reviewers’ offsets' })
  zScore: number;
}

@ApiSchema({
  name: 'ResultsStage',
  description: 'A stage of the call: its rubric, the ranking and each reviewer’s leniency',
})
export class ResultsStageResponse {
  @ApiProperty({ type: 'integer', minimum: 1 })
  rubricVersion: number;

  @ApiProperty({ type: () => RubricDefinitionResponse })
  rubric: RubricDefinitionResponse;

  @ApiProperty({ type: () => ResultsStageEntryResponse, isArray: true, description: 'Ranked, best first' })
  results: ResultsStageEntryResponse[];

  @ApiProperty({ type: () => ReviewerLeniencyResponse, isArray: true })
  leniency: ReviewerLeniencyResponse[];

  @ApiProperty({ type: () => ScoreRoundingRuleResponse, description: 'The rubric’s scoring method in words' })
  scoringText: ScoreRoundingRuleResponse;
}

@ApiSchema({ name: 'ResultsCombined', description: 'A proposal’s two stages combined by the call’s rule' })
export class ResultsCombinedResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({
    type: 'number',
    minimum: 0,
    maximum: 100,
    description: 'Stage total; null without one',
    nullable: true,
  })
  document: number | null;

  @ApiProperty({
    type: 'number',
    minimum: 0,
    maximum: 100,
    description: 'Stage total; null without one',
    nullable: true,
  })
  presentation: number | null;

  @ApiProperty({
    type: 'number',
    minimum: 0,
    maximum: 100,
    description: 'null when a stage the rule needs is missing (never taken as zero)',
    nullable: true,
  })
  combined: number | null;

  @ApiProperty({ type: 'boolean' })
  passedStage1: boolean;

  @ApiProperty({ type: 'array', items: { type: 'string', enum: ['document', 'presentation'] } })
  missing: string[];

  @ApiProperty({ type: 'integer', minimum: 1, nullable: true })
  rank: number | null;

  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' } })
  tiedWith: string[];

  @ApiProperty({ type: 'boolean' })
  adopted: boolean;
}

@ApiSchema({
  name: 'EvaluationSettings',
  description: 'How the call evaluates (its stored settings over the defaults)',
})
export class EvaluationSettingsResponse {
  @ApiProperty(CONFLICT_RULE)
  conflictRule: string;

  @ApiProperty({ type: 'number', minimum: 0, maximum: 100, description: 'Adoption line, % of full marks' })
  thresholdPercent: number;

  @ApiProperty({ type: 'number', minimum: 0, description: 'Flag criteria whose max − min reaches this' })
  disagreementSpread: number;

  @ApiProperty({ type: () => StageCombinationResponse, nullable: true })
  stageCombination: StageCombinationResponse | null;

  @ApiProperty({ type: () => ProjectWeightsResponse })
  projectWeights: ProjectWeightsResponse;

  @ApiProperty(TIE_BREAK_RULE)
  tieBreak: string;

  @ApiProperty({ type: () => ScoreDecimalsResponse })
  scoreDecimals: ScoreDecimalsResponse;

  @ApiProperty({ type: 'boolean', description: 'Published scores add the 100-point conversion (100点換算)' })
  showOnHundred: boolean;
}

@ApiSchema({ name: 'CallResultsStages', description: 'The stages with a rubric' })
export class CallResultsStagesResponse {
  @ApiPropertyOptional({ type: () => ResultsStageResponse })
  document?: ResultsStageResponse;

  @ApiPropertyOptional({ type: () => ResultsStageResponse })
  presentation?: ResultsStageResponse;
}

@ApiSchema({ name: 'CallResults' })
export class CallResultsResponse {
  @ApiProperty({ type: () => EvaluationSettingsResponse })
  settings: EvaluationSettingsResponse;

  @ApiProperty({ type: () => ScoreRoundingRuleResponse })
  rounding: ScoreRoundingRuleResponse;

  @ApiProperty({ type: () => CallResultsStagesResponse, description: 'The stages with a rubric' })
  stages: CallResultsStagesResponse;

  @ApiProperty({
    type: () => ResultsCombinedResponse,
    isArray: true,
    description: 'null unless the call combines stages',
    nullable: true,
  })
  combined: ResultsCombinedResponse[] | null;
}
