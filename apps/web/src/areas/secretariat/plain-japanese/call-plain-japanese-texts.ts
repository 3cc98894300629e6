import { defineMessages } from '../../../i18n/i18n';

export const callPlainJapaneseTexts = defineMessages({
  ja: {
    title: 'やさしい日本語版',
    intro:
      '募集の説明を、漢字をあまり読まない住民にも伝わる「やさしい日本語」で書きます。保存すると、公開ページで元の説明の横に表示されます。空にして保存すると取り下げます。',
    original: '元の説明',
    noOriginal: 'この募集には説明がありません。',
    text: 'やさしい日本語版の説明',
    textHint: '一文を短く、二重否定・敬語・カタカナ語を避けて書きます。「チェックする」で確かめられます。',
    check: 'チェックする',
    save: '保存する',
    saved: '保存しました。公開ページに表示されます。',
    withdrawn: '取り下げました。',
    updatedAt: '最終更新：{at}',
  },
  en: {
    title: 'Plain Japanese version',
    intro:
      'Write the call’s description in plain Japanese (やさしい日本語) for residents who read little kanji. Once saved, the public page shows it beside the original. Saving it empty withdraws it.',
    original: 'Original description',
    noOriginal: 'This call has no description.',
    text: 'Description in plain Japanese',
    textHint: 'Short sentences; no double negatives, honorifics or katakana loanwords. “Check” tests it.',
    check: 'Check',
    save: 'Save',
    saved: 'Saved. The public page shows it.',
    withdrawn: 'Withdrawn.',
    updatedAt: 'Last updated: {at}',
  },
});
