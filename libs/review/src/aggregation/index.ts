export {
  aggregateStage,
  type AggregationOptions,
  type ConflictRule,
  type CriterionStats,
  type ProposalResult,
  type ProposalSheets,
  type SheetScores,
} from './aggregate';
export { leniency, type Leniency } from './leniency';
export { combineStages, type CombinedResult, type StageCombination } from './combine-stages';
export { evaluateProject, type ProjectEvaluationInput } from './project-evaluation';
export { Fraction, ROUNDING_RULE } from './fraction';
