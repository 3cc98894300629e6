import { defineMessages } from '../../../i18n/i18n';

/** 予算成立 / 不成立 on a provisional (内定) adoption. */
export const budgetTexts = defineMessages({
  ja: {
    heading: '予算の成立（内定の確定）',
    intro:
      'この提案は予算の成立を条件に採択が内定しています。議会で予算が成立したか、成立しなかったかを記録してください。',
    approve: '予算が成立した（採択を確定する）',
    reject: '予算が成立しなかった（不採択とする）',
    reason: '予算が成立しなかった理由',
    reasonHint: '予算が成立しなかったことを記録するときは必須です。提案者に知らされます。',
    errReason: '予算が成立しなかった理由を入力してください',
    approveTitle: '予算の成立を記録して採択を確定しますか？',
    approveBody: 'この操作は取り消せません。提案者に採択の確定が知らされます。',
    rejectTitle: '予算不成立として不採択にしますか？',
    rejectBody: 'この操作は取り消せません。提案者に次の理由が知らされます。',
  },
  en: {
    heading: 'Budget (confirming the provisional adoption)',
    intro:
      'This proposal is provisionally adopted, subject to the budget. Record whether the assembly passed the budget or not.',
    approve: 'The budget passed (confirm the adoption)',
    reject: 'The budget did not pass (not adopted)',
    reason: 'Why the budget did not pass',
    reasonHint: 'Required to record the budget as not passed. The proposer is told.',
    errReason: 'Enter why the budget did not pass',
    approveTitle: 'Record the budget as passed and confirm the adoption?',
    approveBody: 'This cannot be undone. The proposer is told the adoption is confirmed.',
    rejectTitle: 'Record the budget as not passed, and the proposal as not adopted?',
    rejectBody: 'This cannot be undone. The proposer is told this reason:',
  },
});
