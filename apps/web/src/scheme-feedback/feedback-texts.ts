import { defineMessages } from '../i18n/i18n';

/** 制度の振り返りアンケート: the invitations on the workspace and the questionnaire itself. */
export const feedbackTexts = defineMessages({
  ja: {
    invitationsTitle: '制度の振り返りアンケート',
    invitationsIntro:
      '提案制度をよりよくするため、各段階を終えた方にご意見をうかがっています。回答は匿名で、数分で終わります。',
    invitation: '「{title}」の{stage}についてのアンケート',
    answer: '回答する',
    pageTitle: '制度の振り返りアンケート：{stage}',
    about: '「{title}」（{year}年度）の{stage}の段階について、あてはまるものを選んでください。',
    anonymity:
      '回答は匿名です。回答内容は、あなたのアカウント・団体・提案・回答日時と結び付けずに保存されます。事務局には年度・段階ごとの集計だけが表示され、回答が3件に満たない段階は集計も自由記述も表示されません。',
    scale1: '1 不満',
    scale2: '2 やや不満',
    scale3: '3 どちらともいえない',
    scale4: '4 やや満足',
    scale5: '5 満足',
    comment: '自由記述（任意）',
    commentHint: '個人や団体が特定される内容は書かないでください。2000字まで。',
    submit: '回答を送信する',
    missing: '「{question}」を選んでください。',
    thanks: 'ご回答ありがとうございました。いただいたご意見は制度の改善に役立てます。',
    back: '元のページに戻る',
    notFound: 'このアンケートは回答済みか、まだ回答できる段階ではありません。',
    commentTooLong: '自由記述は2000字以内で入力してください。',
  },
  en: {
    invitationsTitle: 'How did the scheme work for you?',
    invitationsIntro:
      'To improve the proposal scheme we ask those who finished a stage for their views. Answers are anonymous and take a few minutes.',
    invitation: 'Questionnaire on {stage} for “{title}”',
    answer: 'Answer',
    pageTitle: 'Scheme questionnaire: {stage}',
    about: 'On the {stage} stage of “{title}” (FY{year}), choose what fits.',
    anonymity:
      'Answers are anonymous: yours is stored without your account, organisation, proposal or the time you answered. The secretariat sees only totals per fiscal year and stage, and nothing — not even the free text — of a stage with fewer than three answers.',
    scale1: '1 Dissatisfied',
    scale2: '2 Somewhat dissatisfied',
    scale3: '3 Neither',
    scale4: '4 Somewhat satisfied',
    scale5: '5 Satisfied',
    comment: 'Comments (optional)',
    commentHint: 'Please write nothing that identifies a person or group. Up to 2,000 characters.',
    submit: 'Send the answer',
    missing: 'Choose an answer to “{question}”.',
    thanks: 'Thank you for answering. Your views will help improve the scheme.',
    back: 'Back',
    notFound: 'This questionnaire has been answered, or its stage is not reached yet.',
    commentTooLong: 'Keep the comments to 2,000 characters.',
  },
});
