import { defineMessages } from '../../../i18n/i18n';

/** The secretariat's yearly summary of the scheme's own questionnaire. */
export const feedbackSummaryTexts = defineMessages({
  ja: {
    nav: '制度の振り返り',
    title: '制度の振り返りアンケートの集計',
    intro:
      '提案団体・担当課に、応募・審査・協定・期末の各段階の後にうかがったアンケートの年度ごとの集計です。回答は匿名で、誰の・どの提案の回答かは記録していません。回答が{minimum}件に満たない段階は、集計も自由記述も表示しません。',
    year: '年度',
    yearOption: '{year}年度',
    answers: '回答数：{count}件',
    hidden: '回答が{minimum}件に満たないため表示しません。',
    question: '設問',
    mean: '平均（5点満点）',
    distribution: '回答の分布（1〜5）',
    comments: '自由記述',
    noComments: '自由記述はありません。',
    caption: '{stage}の設問ごとの集計',
  },
  en: {
    nav: 'Scheme feedback',
    title: 'Scheme questionnaire summary',
    intro:
      'What the proposing groups and departments answered after applying, review, agreement and the end of term, per fiscal year. Answers are anonymous: who answered, and about which proposal, is not recorded. A stage with fewer than {minimum} answers shows nothing, not even its free text.',
    year: 'Fiscal year',
    yearOption: 'FY{year}',
    answers: 'Answers: {count}',
    hidden: 'Fewer than {minimum} answers: not shown.',
    question: 'Question',
    mean: 'Mean (out of 5)',
    distribution: 'Answers given (1–5)',
    comments: 'Free text',
    noComments: 'No free text.',
    caption: 'Summary of the {stage} questions',
  },
});
