import { defineMessages } from '../../../i18n/i18n';

/** Texts of the form the platform operator registers a municipality's administrator with. */
export const administratorTexts = defineMessages({
  ja: {
    column: '管理者',
    open: '管理者を登録',
    openFor: '（{name}）',
    heading: '「{name}」の管理者を登録',
    intro:
      'この自治体の管理者（利用者、組織、評価委員会、活動分野を管理する人）を登録します。管理者が所属する課も組織として同時に登録され、管理者の役割はその課で付与されます。どれか一つでも受け付けられなければ、何も登録されません。',
    department: '管理者が所属する課',
    departmentJaHint: '200文字まで（例：市民活動推進課）。',
    departmentEnHint:
      '英語の画面で使います。空欄のときは日本語の名称を表示します。200文字まで（例：Civic Activities Promotion Division）。',
    person: '管理者になる人',
    emailHint: 'ログインに使います。ほかの利用者と同じメールアドレスは使えません。',
    submit: '管理者を登録',
    done: '「{name}」を{municipality}の管理者として登録しました（所属：{department}）。ログインに使うメールアドレス（{email}）と初期パスワードを、本人に電話や手渡しなど別の方法で伝えてください。',
  },
  en: {
    column: 'Administrator',
    open: 'Register an administrator',
    openFor: ' ({name})',
    heading: 'Register an administrator of {name}',
    intro:
      'The administrator manages the municipality’s users, organisations, evaluation committees and activity fields. Their section is registered as an organisation at the same time, and they hold the administrator role there. If any part is refused, nothing is registered.',
    department: 'The administrator’s section',
    departmentJaHint: 'Up to 200 characters (e.g. 市民活動推進課).',
    departmentEnHint:
      'Shown on English pages; when empty, the Japanese name is shown. Up to 200 characters (e.g. Civic Activities Promotion Division).',
    person: 'The person who becomes administrator',
    emailHint: 'Used to sign in. Must differ from every other user’s address.',
    submit: 'Register the administrator',
    done: '“{name}” is registered as administrator of {municipality} (section: {department}). Give them the sign-in e-mail address ({email}) and the initial password by another channel, such as by phone or in person.',
  },
});
