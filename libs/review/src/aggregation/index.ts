export {
  aggregateStage,
  type AggregationOptions,
  type ConflictRule,
  type CriterionStats,
  type ProposalResult,
  type ProposalSheets,
  type SheetScores,
  DEFAULT_SCORE_DECIMALS,
} from './aggregate';
export {
  criterionPoints,
  fullMarksOf,
  onHundred,
  SCORING_METHOD_TEXT,
  SCORING_METHODS,
  type ScoringMethod,
  scoringOf,
} from './scoring';
export {
  formatScore,
  ROUNDING_NOTE,
  type CriterionDisplay,
  type ScoreDecimals,
  type StageDisplay,
  stageDisplay,
} from './display';
export { leniency, type Leniency } from './leniency';
export { combineStages, type CombinedResult, type StageCombination } from './combine-stages';
export { evaluateProject, type ProjectEvaluationInput, type ProjectParty } from './project-evaluation';
export { Fraction, ROUNDING_RULE } from './fraction';
export { breakTie, TIE_BREAK_RULES, type TieBreakRule, type TiedEntry } from './tie-break';
export { TIE_BREAK_LABELS, tieBreakNote } from './tie-break-note';
