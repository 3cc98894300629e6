import type { LocalizedText } from '@kyodo/platform';

/**
 * The stages after which the scheme asks the groups and departments that took part how it went (Asahikawa 7(1):
 * 「意見・提案・要望・評価を協働推進体制の改善・向上に繋げる仕組み」): 応募 once a proposal is submitted, 審査 once its
 * result is published, 協定 once the agreement is concluded, 期末 once the end-of-term evaluation is published.
 */
export const FEEDBACK_STAGES = ['application', 'review', 'agreement', 'end_of_term'] as const;
export type FeedbackStage = (typeof FEEDBACK_STAGES)[number];

export interface FeedbackQuestion {
  key: string;
  text: LocalizedText;
}

export interface StageQuestionnaire {
  stage: FeedbackStage;
  title: LocalizedText;
  /** Five-point items: 1 = not at all satisfied … 5 = very satisfied. */
  questions: FeedbackQuestion[];
  /** The one free-text question. */
  comment: LocalizedText;
}

/** The lowest and highest rating of a five-point item. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** The longest free text kept. */
export const COMMENT_MAX = 2000;

/** The questions, fixed in code so that every year's answers compare. */
export const QUESTIONNAIRES: Record<FeedbackStage, StageQuestionnaire> = {
  application: {
    stage: 'application',
    title: { ja: '応募', en: 'Applying' },
    questions: [
      {
        key: 'guidelines_clarity',
        text: { ja: '募集要項・様式のわかりやすさ', en: 'How clear the call’s guidelines and forms were' },
      },
      {
        key: 'procedure_clarity',
        text: { ja: '応募手続きのわかりやすさ', en: 'How clear the application procedure was' },
      },
      { key: 'secretariat_support', text: { ja: '事務局の対応', en: 'The secretariat’s support' } },
    ],
    comment: {
      ja: '応募について、よかった点・改善してほしい点があればお書きください。',
      en: 'What went well in applying, and what should be improved?',
    },
  },
  review: {
    stage: 'review',
    title: { ja: '審査', en: 'Review' },
    questions: [
      { key: 'review_fairness', text: { ja: '審査の公正さ', en: 'How fair the review was' } },
      {
        key: 'result_explanation',
        text: { ja: '審査結果・講評のわかりやすさ', en: 'How clear the result and comments were' },
      },
      { key: 'schedule', text: { ja: '審査の日程・進め方', en: 'The review’s schedule and conduct' } },
    ],
    comment: {
      ja: '審査について、よかった点・改善してほしい点があればお書きください。',
      en: 'What went well in the review, and what should be improved?',
    },
  },
  agreement: {
    stage: 'agreement',
    title: { ja: '協定', en: 'Agreement' },
    questions: [
      {
        key: 'consultation',
        text: { ja: '協働相手との協議の進めやすさ', en: 'How easy the consultation with the partner was' },
      },
      { key: 'roles_clarity', text: { ja: '役割分担・費用負担の明確さ', en: 'How clear the roles and costs were' } },
      { key: 'secretariat_support', text: { ja: '事務局の対応', en: 'The secretariat’s support' } },
    ],
    comment: {
      ja: '協定の締結について、よかった点・改善してほしい点があればお書きください。',
      en: 'What went well in concluding the agreement, and what should be improved?',
    },
  },
  end_of_term: {
    stage: 'end_of_term',
    title: { ja: '期末', en: 'End of term' },
    questions: [
      { key: 'evaluation_fairness', text: { ja: '事業評価の妥当さ', en: 'How sound the project evaluation was' } },
      { key: 'partnership_outcome', text: { ja: '協働による成果', en: 'What the partnership achieved' } },
      { key: 'reporting_burden', text: { ja: '報告・評価の手間の適切さ', en: 'Whether reporting was a fair burden' } },
    ],
    comment: {
      ja: '協働事業全体について、よかった点・改善してほしい点があればお書きください。',
      en: 'What went well in the project as a whole, and what should be improved?',
    },
  },
};

/** Whether a proposal in `state` has reached `stage`, read from the machine's state (libs/workflow). */
export function stageReached(stage: FeedbackStage, state: string): boolean {
  const top = state.split('.')[0]!;
  switch (stage) {
    case 'application':
      // Submitted at some point: not a draft, not withdrawn (perhaps before submitting), not expired unsubmitted.
      return !['draft', 'withdrawn'].includes(top) && state !== 'closed.expired';
    case 'review':
      return ['disclosed', 'agreement', 'implementation', 'projectEvaluation', 'completed'].includes(top);
    case 'agreement':
      return ['agreement', 'implementation', 'projectEvaluation', 'completed'].includes(top);
    case 'end_of_term':
      return top === 'completed';
  }
}

/** The fiscal year an answer counts in: 募集年度 for applying and review, 実施年度 for the agreement and the end. */
export function stageFiscalYear(
  stage: FeedbackStage,
  call: { fiscalYear: number; recruitmentFiscalYear: number },
): number {
  return stage === 'application' || stage === 'review' ? call.recruitmentFiscalYear : call.fiscalYear;
}
