export { FeedbackModule, FEEDBACK_ENTITIES } from './feedback.module';
export { FeedbackService, type FeedbackAnswerInput, type FeedbackInvitation } from './feedback.service';
export {
  COMMENT_MAX,
  FEEDBACK_STAGES,
  type FeedbackQuestion,
  type FeedbackStage,
  QUESTIONNAIRES,
  RATING_MAX,
  RATING_MIN,
  type StageQuestionnaire,
  stageReached,
} from './feedback-questions';
export {
  FEEDBACK_MINIMUM_ANSWERS,
  type FeedbackSummary,
  type QuestionSummary,
  type StageSummary,
  summarize,
} from './feedback-summary';
export { FeedbackError, FeedbackErrorCode } from './feedback-errors';
