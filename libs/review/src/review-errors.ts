import { DomainError, type ErrorKind, type LocalizedText } from '@kyodo/platform';

export enum ReviewErrorCode {
  NotAllowed = 'review_not_allowed',
  AssignmentNotFound = 'assignment_not_found',
  RubricMissing = 'rubric_missing',
  RubricInvalid = 'rubric_invalid',
  NotReviewable = 'proposal_not_in_review',
  NotReviewer = 'not_a_reviewer',
  SheetLocked = 'score_sheet_locked',
  SheetNotSubmitted = 'score_sheet_not_submitted',
  SheetIncomplete = 'score_sheet_incomplete',
  ScoreInvalid = 'score_invalid',
  BlindUntilSubmitted = 'scores_hidden_until_own_sheet_submitted',
  Conflicted = 'reviewer_conflicted',
  SessionNotFound = 'session_not_found',
  NotOnAgenda = 'proposal_not_on_agenda',
}

const MESSAGES: Record<ReviewErrorCode, [ErrorKind, LocalizedText]> = {
  [ReviewErrorCode.NotAllowed]: [
    'forbidden',
    { ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' },
  ],
  [ReviewErrorCode.AssignmentNotFound]: [
    'not_found',
    { ja: '審査担当が見つかりません。', en: 'The review assignment was not found.' },
  ],
  [ReviewErrorCode.RubricMissing]: [
    'unprocessable',
    { ja: 'この段階の評価シートが設定されていません。', en: 'No rubric is set for this stage of the call.' },
  ],
  [ReviewErrorCode.RubricInvalid]: [
    'invalid',
    { ja: '評価シートの内容に誤りがあります。', en: 'The rubric is not valid.' },
  ],
  [ReviewErrorCode.NotReviewable]: [
    'unprocessable',
    { ja: 'この提案は現在審査中ではありません。', en: 'This proposal is not under review now.' },
  ],
  [ReviewErrorCode.NotReviewer]: [
    'unprocessable',
    { ja: '審査員として登録されていない利用者です。', en: 'That user is not a reviewer or committee member here.' },
  ],
  [ReviewErrorCode.SheetLocked]: [
    'conflict',
    { ja: 'この採点票は提出済みのため変更できません。', en: 'This score sheet is submitted and locked.' },
  ],
  [ReviewErrorCode.SheetNotSubmitted]: [
    'conflict',
    {
      ja: 'この採点票はまだ提出されていないため、差し戻せません。',
      en: 'This score sheet is not submitted, so there is nothing to reopen.',
    },
  ],
  [ReviewErrorCode.SheetIncomplete]: [
    'unprocessable',
    {
      ja: '未採点の項目、または必須のコメントがあります。',
      en: 'Some criteria are not scored or a required comment is missing.',
    },
  ],
  [ReviewErrorCode.ScoreInvalid]: [
    'invalid',
    { ja: '配点の範囲外の点数があります。', en: 'A score is outside its criterion’s scale.' },
  ],
  [ReviewErrorCode.BlindUntilSubmitted]: [
    'forbidden',
    {
      ja: '自分の採点票を提出するまで、他の審査員の点数は表示されません。',
      en: 'Others’ scores are hidden until you submit your own score sheet.',
    },
  ],
  [ReviewErrorCode.Conflicted]: [
    'forbidden',
    {
      ja: '利害関係があるため、この提案の審査はできません。',
      en: 'You have a conflict of interest with this proposal.',
    },
  ],
  [ReviewErrorCode.SessionNotFound]: [
    'not_found',
    { ja: '合同評価会議が見つかりません。', en: 'The evaluation session was not found.' },
  ],
  [ReviewErrorCode.NotOnAgenda]: [
    'unprocessable',
    { ja: 'この提案は会議の議題にありません。', en: 'This proposal is not on the session’s agenda.' },
  ],
};

export class ReviewError extends DomainError {
  constructor(code: ReviewErrorCode, extensions: Record<string, unknown> = {}) {
    const [kind, text] = MESSAGES[code];
    super(code, kind, text, extensions);
  }
}
