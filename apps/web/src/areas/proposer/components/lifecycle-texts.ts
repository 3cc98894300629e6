import { defineMessages } from '../../../i18n/i18n';

/** The proposer's own steps beside the form: 事前相談の記録 and 取下げ. */
export const lifecycleTexts = defineMessages({
  ja: {
    preHeading: '事前相談の記録',
    preIntro:
      'この募集回では、提出の前に市の担当課と事前相談をします。相談した日・相手の課・話した内容を記録してください。記録は事務局にも残り、後から消せません。',
    preNote: '事前相談の内容',
    preHint: '例：6月3日 こども家庭課の山田さんと、会場と対象年齢について相談した。',
    preSubmit: '事前相談を記録する',
    preDone: '事前相談を記録しました。',
    errNote: '事前相談の内容を入力してください',
    withdrawHeading: '提案の取下げ',
    withdrawIntro:
      '採否が決まる前なら、この提案を取り下げられます。取り下げた提案は、もう一度提出することはできません。',
    withdrawReason: '取り下げる理由',
    withdrawHint: '事務局に知らされます。',
    withdrawOpen: 'この提案を取り下げる',
    withdrawTitle: 'この提案を取り下げますか？',
    withdrawBody: 'この操作は取り消せません。取り下げた提案は、再び提出することも編集することもできなくなります。',
    withdrawConfirm: '取り下げる',
    errReason: '取り下げる理由を入力してください',
    withdrawn: '提案を取り下げました。',
  },
  en: {
    preHeading: 'Pre-consultation record',
    preIntro:
      'This call asks you to consult the city’s department before submitting. Record when, with which department, and what you discussed. The record is kept for the secretariat too and cannot be deleted.',
    preNote: 'What was discussed',
    preHint: 'E.g. 3 June: discussed the venue and the age range with Ms Yamada of the Children and Families Division.',
    preSubmit: 'Record the pre-consultation',
    preDone: 'The pre-consultation is recorded.',
    errNote: 'Enter what was discussed',
    withdrawHeading: 'Withdraw the proposal',
    withdrawIntro:
      'Until the decision, you can withdraw this proposal. A withdrawn proposal cannot be submitted again.',
    withdrawReason: 'Why you withdraw it',
    withdrawHint: 'The secretariat is told.',
    withdrawOpen: 'Withdraw this proposal',
    withdrawTitle: 'Withdraw this proposal?',
    withdrawBody: 'This cannot be undone. A withdrawn proposal can no longer be submitted or edited.',
    withdrawConfirm: 'Withdraw',
    errReason: 'Enter why you withdraw it',
    withdrawn: 'The proposal is withdrawn.',
  },
});
