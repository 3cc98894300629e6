import { defineMessages } from '../i18n/i18n';

/** 協議の依頼: the partner department's list of proposals waiting for its report, and the page to answer one. */
export const requestsTexts = defineMessages({
  ja: {
    heading: '協議の依頼（{count}件）',
    intro: 'あなたの課が担当課として名前を挙げられ、協議結果報告書を待っている提案です。',
    none: '協議結果報告書を待っている提案はありません。',
    receipt: '受付番号 {number}',
    since: '依頼日 {date}',
    open: '報告書を書く',
    pageTitle: '協議の依頼: {title}',
    back: '一覧に戻る',
    content: '提案の内容',
    filed: '協議結果報告書を提出しました。提案は審査に進みました。',
    notWaiting: 'この提案は今、協議結果報告書を受け付けていません（提出済みか、協議の段階ではありません）。',
  },
  en: {
    heading: 'Consultation requests ({count})',
    intro: 'Proposals that name your department as their partner and are waiting for its consultation report.',
    none: 'No proposal is waiting for your consultation report.',
    receipt: 'Receipt no. {number}',
    since: 'Requested {date}',
    open: 'Write the report',
    pageTitle: 'Consultation request: {title}',
    back: 'Back to the list',
    content: 'The proposal',
    filed: 'The consultation report is filed. The proposal has moved on to review.',
    notWaiting:
      'This proposal does not take a consultation report now (it has one already, or is not in consultation).',
  },
});
