export { ReviewModule, REVIEW_ENTITIES } from './review.module';
export { RubricsService, latestRubric, type StoredRubric } from './rubrics.service';
export { AssignmentsService, type Assignment } from './assignments.service';
export type { ProposalAssignment } from './assignments/proposal-assignment';
export { ScoreSheetsService, type SheetInput, type SubmittedSheet } from './score-sheets.service';
export { SessionsService } from './sessions.service';
export { AssignReviewers } from './assign-reviewers/assign-reviewers.use-case';
export { AutoAssignReviewers } from './auto-assign-reviewers/auto-assign-reviewers.use-case';
export { SubmitScoreSheet } from './submit-score-sheet/submit-score-sheet.use-case';
export { ScheduleSession, type NewSession } from './schedule-session/schedule-session.use-case';
export { RecordConsensus, type ConsensusInput } from './record-consensus/record-consensus.use-case';
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
  type RubricInput,
  type CriterionDefinition,
} from './rubric-definition';
export { ReviewError, ReviewErrorCode } from './review-errors';
export { RUBRIC_TEMPLATES } from './rubric-templates';
export * from './aggregation';
export { ResultsService } from './results.service';
export { StageSheetsRepository, type CommentedStageSheet } from './results/stage-sheets.repository';
export { pseudonyms, type StageScoreMatrix } from './results/score-matrix';
export { DEFAULT_EVALUATION_SETTINGS, evaluationSettings, type EvaluationSettings } from './evaluation-settings';
export { type MeetingClock, type MeetingClockInput, MEETING_CLOCK_LIMIT_SECONDS, remainingAt } from './meeting-clock';
