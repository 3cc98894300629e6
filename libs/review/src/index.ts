export { ReviewModule, REVIEW_ENTITIES } from './review.module';
export { RubricsService, latestRubric, type StoredRubric } from './rubrics.service';
export { AssignmentsService, type Assignment } from './assignments.service';
export type { ProposalAssignment } from './assignments/proposal-assignment';
export { ScoreSheetsService, type SheetInput, type SubmittedSheet } from './score-sheets.service';
export { SessionsService, type NewSession, type ConsensusInput } from './sessions.service';
export { SessionRepository, type LiveState } from './sessions/session.repository';
export { SessionLiveState } from './sessions/session-live-state';
export { AssignmentRepository } from './assignments/assignment.repository';
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
export { StageSheetsRepository, type CommentedStageSheet } from './results/stage-sheets.repository';
export { resultsServiceFor } from './results/results-outside-nest';
export { DEFAULT_EVALUATION_SETTINGS, evaluationSettings, type EvaluationSettings } from './evaluation-settings';
export { type MeetingClock, type MeetingClockInput, MEETING_CLOCK_LIMIT_SECONDS, remainingAt } from './meeting-clock';
