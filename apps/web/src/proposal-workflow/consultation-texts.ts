import { defineMessages } from '../i18n/i18n';

/** 協議結果報告書 (FILE_CONSULTATION_REPORT): the form's words, for the partner department and the secretariat. */
export const consultationTexts = defineMessages({
  ja: {
    heading: '協議結果報告書',
    intro:
      '担当課として提案を検討した結果を書いてください。提出すると、提案は審査に進み、事務局と審査員に知らされます。',
    opinion: '担当課の意見',
    opinionHint: '提案の内容について、担当課としての考えを書いてください。',
    feasibility: '実現可能性',
    feasibilityHint: '市の体制・施設・制度の面から、実施できるかどうかを書いてください。',
    budgetIntent: '予算措置の見込み',
    budgetIntentHint: '例：次年度当初予算で要求する予定／既存事業の予算で対応できる',
    conditions: '協働にあたっての条件',
    conditionsHint: '条件があれば1行に1つずつ書いてください。なければ空のままで構いません。',
    condition: '条件 {n}',
    addCondition: '条件を追加',
    removeCondition: '条件 {n} を削除',
    submit: '報告書を提出する',
    confirmTitle: '協議結果報告書を提出しますか？',
    confirmBody: '提出後は修正できません。提案は審査に進みます。',
    errRequired: '{field}を入力してください',
    errCondition: '条件 {n} が空です。書くか、削除してください',
    done: '協議結果報告書を提出しました。提案は審査に進みました。',
  },
  en: {
    heading: 'Consultation report',
    intro:
      'Write what your department concluded about the proposal. Once filed, the proposal moves on to review and the secretariat and the reviewers are told.',
    opinion: 'The department’s opinion',
    opinionHint: 'What the department thinks of the proposal.',
    feasibility: 'Feasibility',
    feasibilityHint: 'Whether the city’s staff, facilities and rules allow it to be carried out.',
    budgetIntent: 'Budget outlook',
    budgetIntentHint: 'E.g. to be requested in next year’s budget / covered by an existing programme',
    conditions: 'Conditions of the partnership',
    conditionsHint: 'One condition per line, if any. Leave empty when there are none.',
    condition: 'Condition {n}',
    addCondition: 'Add a condition',
    removeCondition: 'Remove condition {n}',
    submit: 'File the report',
    confirmTitle: 'File the consultation report?',
    confirmBody: 'It cannot be changed after filing. The proposal moves on to review.',
    errRequired: 'Enter the {field}',
    errCondition: 'Condition {n} is empty: write it or remove it',
    done: 'The consultation report is filed. The proposal has moved on to review.',
  },
});
