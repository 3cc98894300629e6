import { defineMessages } from '../i18n/i18n';

/** 事前相談 and 協議結果報告書 as recorded, read back on the proposal's pages. */
export const recordsTexts = defineMessages({
  ja: {
    heading: '事前相談と協議の記録',
    preHeading: '事前相談の記録',
    preNone: '事前相談の記録はありません。',
    reportHeading: '協議結果報告書',
    reportNone: '協議結果報告書はまだ提出されていません。',
    recorded: '{date} {name} が記録',
    filed: '{date} {name} が提出',
    unknownPerson: '（登録が削除された利用者）',
    opinion: '担当課の意見',
    feasibility: '実現可能性',
    budgetIntent: '予算措置の見込み',
    conditions: '協働にあたっての条件',
    noConditions: '条件はありません。',
  },
  en: {
    heading: 'Pre-consultation and consultation records',
    preHeading: 'Pre-consultation notes',
    preNone: 'No pre-consultation has been recorded.',
    reportHeading: 'Consultation report',
    reportNone: 'The consultation report has not been filed yet.',
    recorded: 'Recorded by {name} on {date}',
    filed: 'Filed by {name} on {date}',
    unknownPerson: '(a user no longer registered)',
    opinion: 'The department’s opinion',
    feasibility: 'Feasibility',
    budgetIntent: 'Budget outlook',
    conditions: 'Conditions of the partnership',
    noConditions: 'No conditions.',
  },
});
