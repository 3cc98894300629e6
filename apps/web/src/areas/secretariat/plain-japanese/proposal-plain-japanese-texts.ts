import { defineMessages } from '../../../i18n/i18n';

export const proposalPlainJapaneseTexts = defineMessages({
  ja: {
    link: '講評のやさしい日本語版',
    title: '講評のやさしい日本語版',
    intro:
      '公開した講評を、漢字をあまり読まない住民にも伝わる「やさしい日本語」で書きます。保存すると、公開ページで元の講評の横に表示されます。空にして保存すると取り下げます。',
    back: '提案に戻る',
    decision_comment: '審査結果の講評',
    assessment_comment: '事業評価の講評',
    original: '公開された講評',
    notPublished: 'まだ公開されていません。公開されると、やさしい日本語版を書けます。',
    decision_commentText: '審査結果の講評のやさしい日本語版',
    assessment_commentText: '事業評価の講評のやさしい日本語版',
    textHint: '一文を短く、二重否定・敬語・カタカナ語を避けて書きます。「チェックする」で確かめられます。',
    check: 'チェックする',
    save: '保存する',
    saved: '保存しました。公開ページに表示されます。',
    withdrawn: '取り下げました。',
    updatedAt: '最終更新：{at}',
    findingsFor: 'チェックの結果（{text}）',
  },
  en: {
    link: 'Plain Japanese versions of the comments',
    title: 'Plain Japanese versions of the comments',
    intro:
      'Write the published comments (講評) in plain Japanese (やさしい日本語) for residents who read little kanji. Once saved, the public page shows each beside the original. Saving one empty withdraws it.',
    back: 'Back to the proposal',
    decision_comment: 'Comments on the decision',
    assessment_comment: 'Comments of the project evaluation',
    original: 'As published',
    notPublished: 'Not published yet. Once it is, a plain Japanese version can be written.',
    decision_commentText: 'Comments on the decision in plain Japanese',
    assessment_commentText: 'Comments of the project evaluation in plain Japanese',
    textHint: 'Short sentences; no double negatives, honorifics or katakana loanwords. “Check” tests it.',
    check: 'Check',
    save: 'Save',
    saved: 'Saved. The public page shows it.',
    withdrawn: 'Withdrawn.',
    updatedAt: 'Last updated: {at}',
    findingsFor: 'What the check found ({text})',
  },
});
