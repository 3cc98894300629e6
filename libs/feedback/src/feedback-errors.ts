import { DomainError, type ErrorKind, type LocalizedText } from '@kyodo/platform';

export enum FeedbackErrorCode {
  NotInvited = 'feedback_not_invited',
  AlreadyAnswered = 'feedback_already_answered',
  QuestionsMismatch = 'feedback_questions_mismatch',
  NotStaff = 'feedback_summary_not_staff',
}

const MESSAGES: Record<FeedbackErrorCode, [ErrorKind, LocalizedText]> = {
  [FeedbackErrorCode.NotInvited]: [
    'unprocessable',
    {
      ja: 'この提案のこの段階のアンケートには回答できません（提案に関わっていないか、まだその段階に達していません）。',
      en: 'You cannot answer this stage’s questionnaire for this proposal (not your proposal, or the stage is not reached).',
    },
  ],
  [FeedbackErrorCode.AlreadyAnswered]: [
    'conflict',
    {
      ja: 'この段階のアンケートには回答済みです。回答は一度だけです。',
      en: 'You have answered this stage’s questionnaire already; each person answers once.',
    },
  ],
  [FeedbackErrorCode.QuestionsMismatch]: [
    'unprocessable',
    {
      ja: 'この段階の設問すべてに、ちょうど一度ずつ回答してください。',
      en: 'Rate every question of this stage, each exactly once.',
    },
  ],
  [FeedbackErrorCode.NotStaff]: [
    'forbidden',
    {
      ja: 'アンケートの集計は事務局と管理者だけが見られます。',
      en: 'Only the secretariat and administrators see the questionnaire’s summary.',
    },
  ],
};

export class FeedbackError extends DomainError {
  constructor(code: FeedbackErrorCode, extensions: Record<string, unknown> = {}) {
    const [kind, text] = MESSAGES[code];
    super(code, kind, text, extensions);
  }
}
