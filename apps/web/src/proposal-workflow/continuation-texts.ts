import { defineMessages } from '../i18n/i18n';

/** 継続事業: what the staff pages and the proposer's page say of a continuing proposal. */
export const continuationTexts = defineMessages({
  ja: {
    heading: '継続事業',
    yearOf: '継続提案：{year}年目（最長{max}年）',
    yearOnly: '継続提案：{year}年目',
    predecessor: '継続元の提案',
    predecessorLine: '{fiscalYear}「{title}」',
    receipt: '受付番号 {number}',
    blind:
      '継続元の前年度の審査結果・講評・事業評価は、ご自身の採点票を提出した後に表示されます（先入観なく採点するため）。',
    recordHeading: '前年度の結果',
    decision: '審査結果',
    comment: '講評',
    assessment: '事業評価',
    verdict: '評価：{verdict}',
    notPublished: 'まだ公表されていません',
    adopted: '採択',
    adoptedWithConditions: '条件付き採択',
    notAdopted: '不採択',
  },
  en: {
    heading: 'Continuing project',
    yearOf: 'Continuation: year {year} of at most {max}',
    yearOnly: 'Continuation: year {year}',
    predecessor: 'Continues',
    predecessorLine: '{fiscalYear} “{title}”',
    receipt: 'Receipt no. {number}',
    blind:
      'Last year’s decision, comments and project evaluation are shown once you have submitted your own score sheet (so that they do not lead your scoring).',
    recordHeading: 'Last year’s results',
    decision: 'Decision',
    comment: 'Committee’s comments',
    assessment: 'Project evaluation',
    verdict: 'Verdict: {verdict}',
    notPublished: 'Not published yet',
    adopted: 'Adopted',
    adoptedWithConditions: 'Adopted with conditions',
    notAdopted: 'Not adopted',
  },
});
