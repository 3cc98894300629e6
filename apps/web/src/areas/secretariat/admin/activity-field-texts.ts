import { defineMessages } from '../../../i18n/i18n';

/** Texts of the administrator's page for the municipality's activity fields (活動分野). */
export const activityFieldTexts = defineMessages({
  ja: {
    navActivityFields: '活動分野の管理',
    title: '活動分野の管理',
    intro:
      '提案書で団体が選ぶ活動分野の一覧です。はじめは特定非営利活動促進法の20分野が入っています。ここで追加や削除をすると、次に開く提案書から反映されます。',
    caption: '活動分野（表示順）',
    key: '識別子',
    keyHint:
      '半角英小文字で始め、英小文字・数字・_ だけで50文字まで（例: disaster_prevention）。一度使ったら変えないでください。',
    labelJa: '名称（日本語）',
    labelEn: '名称（英語）',
    actions: '操作',
    remove: '削除',
    removeConfirm: '活動分野「{name}」を一覧から削除しますか？',
    removeHint: 'すでにこの分野を選んだ提案は、その記録を残したままになります。新しい提案では選べなくなります。',
    removed: '活動分野「{name}」を削除しました。',
    lastOne: '活動分野は少なくとも1つ必要です。',
    add: '活動分野を追加',
    added: '活動分野「{name}」を追加しました。',
    errKey: '識別子は半角英小文字で始め、英小文字・数字・_ だけで50文字までにしてください。',
    errKeyTaken: 'この識別子はすでに使われています。',
    errLabelJa: '日本語の名称を入力してください。',
    errLabelEn: '英語の名称を入力してください。',
  },
  en: {
    navActivityFields: 'Activity fields',
    title: 'Activity fields',
    intro:
      'The activity fields a group picks in its proposal. The list starts with the 20 fields of the NPO Act. Additions and removals apply to proposal forms opened from now on.',
    caption: 'Activity fields (in display order)',
    key: 'Key',
    keyHint:
      'Starts with a lower-case letter; lower-case letters, digits and _ only, up to 50 (e.g. disaster_prevention). Do not change it once used.',
    labelJa: 'Name (Japanese)',
    labelEn: 'Name (English)',
    actions: 'Actions',
    remove: 'Remove',
    removeConfirm: 'Remove the activity field “{name}” from the list?',
    removeHint: 'Proposals that already chose it keep that record; new proposals can no longer choose it.',
    removed: 'The activity field “{name}” was removed.',
    lastOne: 'At least one activity field is needed.',
    add: 'Add an activity field',
    added: 'The activity field “{name}” was added.',
    errKey:
      'The key must start with a lower-case letter and use lower-case letters, digits and _ only, up to 50 characters.',
    errKeyTaken: 'This key is already used.',
    errLabelJa: 'Enter the Japanese name.',
    errLabelEn: 'Enter the English name.',
  },
});
