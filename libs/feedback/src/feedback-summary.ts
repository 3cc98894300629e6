import type { LocalizedText } from '@kyodo/platform';
import { FEEDBACK_STAGES, type FeedbackStage, QUESTIONNAIRES, RATING_MAX, RATING_MIN } from './feedback-questions';
import type { StoredAnswer } from './feedback.repository';

/**
 * The fewest answers a cell (a stage of a fiscal year) must hold to be shown. Below it the cell shows nothing — not
 * its count, ratings or free text — so that one person's answer cannot be picked out of a summary of one or two.
 */
export const FEEDBACK_MINIMUM_ANSWERS = 3;

export interface QuestionSummary {
  key: string;
  text: LocalizedText;
  /** Mean rating, to two decimals; null when the cell is hidden. */
  mean: number | null;
  /** How many answered 1, 2, 3, 4, 5; empty when the cell is hidden. */
  counts: number[];
}

export interface StageSummary {
  stage: FeedbackStage;
  title: LocalizedText;
  /** Whether the stage has fewer answers than the minimum: then nothing of it is shown. */
  hidden: boolean;
  /** How many answered; null when hidden. */
  answers: number | null;
  questions: QuestionSummary[];
  /** The free texts, in no order that tells when or by whom; empty when hidden. */
  comments: string[];
}

export interface FeedbackSummary {
  fiscalYear: number;
  minimumAnswers: number;
  /** The fiscal years with answers, latest first. */
  fiscalYears: number[];
  stages: StageSummary[];
}

/** The year's summary per stage, each cell below the minimum hidden whole. Pure: the answers come in. */
export function summarize(
  fiscalYear: number,
  fiscalYears: number[],
  answers: StoredAnswer[],
  minimum = FEEDBACK_MINIMUM_ANSWERS,
): FeedbackSummary {
  const stages = FEEDBACK_STAGES.map((stage): StageSummary => {
    const questionnaire = QUESTIONNAIRES[stage];
    const own = answers.filter((answer) => answer.stage === stage);
    const hidden = own.length < minimum;
    return {
      stage,
      title: questionnaire.title,
      hidden,
      answers: hidden ? null : own.length,
      questions: questionnaire.questions.map((question) => {
        if (hidden) return { key: question.key, text: question.text, mean: null, counts: [] };
        const ratings = own.map((answer) => answer.ratings[question.key]).filter((r): r is number => r !== undefined);
        const counts = Array.from(
          { length: RATING_MAX - RATING_MIN + 1 },
          (_, i) => ratings.filter((r) => r === RATING_MIN + i).length,
        );
        const mean = ratings.length === 0 ? null : ratings.reduce((a, b) => a + b, 0) / ratings.length;
        return {
          key: question.key,
          text: question.text,
          mean: mean === null ? null : Math.round(mean * 100) / 100,
          counts,
        };
      }),
      comments: hidden ? [] : own.flatMap((answer) => (answer.comment ? [answer.comment] : [])).sort(),
    };
  });
  return { fiscalYear, minimumAnswers: minimum, fiscalYears, stages };
}
