export { ReviewModule } from './review.module';
export { RubricsService, latestRubric, type StoredRubric } from './rubrics.service';
export { AssignmentsService, type Assignment } from './assignments.service';
export type { ProposalAssignment } from './proposal-assignments';
export { ScoreSheetsService, type SheetInput, type SubmittedSheet } from './score-sheets.service';
export { SessionsService, type NewSession, type ConsensusInput } from './sessions.service';
export { ReviewFacts } from './review-facts';
export { orderAgenda, slotTimes } from './agenda';
export {
  rubricProblems,
  onScale,
  STAGES,
  type Stage,
  type RubricDefinition,
  type CriterionDefinition,
} from './rubric-definition';
export { ReviewError, ReviewErrorCode } from './review-errors';
export { RUBRIC_TEMPLATES } from './rubric-templates';
export * from './aggregation';
export { ResultsService } from './results.service';
export { DEFAULT_EVALUATION_SETTINGS, evaluationSettings, type EvaluationSettings } from './evaluation-settings';
export { type MeetingClock, type MeetingClockInput, MEETING_CLOCK_LIMIT_SECONDS, remainingAt } from './meeting-clock';
