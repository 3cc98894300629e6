import { defineMessages } from '../i18n/i18n';

/** Texts of single sign-on on the sign-in page and where the provider sends the browser back. */
export const ssoTexts = defineMessages({
  ja: {
    staffHeading: '職員の方',
    staffIntro: '庁内のアカウントでログインできます（パスワードの入力は庁内の画面で行います）。',
    button: '{label}でログイン',
    landingTitle: 'ログインしています',
    signingIn: 'ログインしています…',
    failedTitle: 'ログインできませんでした',
    backToLogin: 'ログイン画面に戻る',
    sso_failed:
      'シングルサインオンを完了できませんでした（期限切れ、または別のブラウザーからの操作です）。ログイン画面からやり直してください。',
    sso_email_not_verified:
      '庁内の認証基盤から、確認済みのメールアドレスが届きませんでした。情報システム担当にお問い合わせください。',
    sso_no_staff_account:
      'このアカウントに対応する、利用可能な職員用アカウントがありません。提案団体の方はメールアドレスとパスワードでログインしてください。職員の方は管理者にお問い合わせください。',
    sso_provider_unavailable: '庁内の認証基盤に接続できませんでした。しばらくしてからやり直してください。',
    sso_not_configured: 'この自治体では、シングルサインオンが設定されていません。',
    invalid_sso_handoff: 'ログインの受け渡しが期限切れか、すでに使われています。ログイン画面からやり直してください。',
  },
  en: {
    staffHeading: 'Municipal staff',
    staffIntro: 'Sign in with your organisation’s account (you enter your password on its own page).',
    button: 'Sign in with {label}',
    landingTitle: 'Signing in',
    signingIn: 'Signing in…',
    failedTitle: 'You could not be signed in',
    backToLogin: 'Back to the sign-in page',
    sso_failed:
      'Single sign-on could not be completed (it expired, or came from another browser). Start again from the sign-in page.',
    sso_email_not_verified:
      'Your organisation’s sign-in service did not confirm your e-mail address. Contact your IT department.',
    sso_no_staff_account:
      'No working staff account matches this sign-in. Proposing groups sign in with their e-mail address and password; staff, ask your administrator.',
    sso_provider_unavailable: 'Your organisation’s sign-in service could not be reached. Try again in a while.',
    sso_not_configured: 'This municipality has not set up single sign-on.',
    invalid_sso_handoff: 'This sign-in hand-over has expired or was used already. Start again from the sign-in page.',
  },
});

export type SsoFailure =
  | 'sso_failed'
  | 'sso_email_not_verified'
  | 'sso_no_staff_account'
  | 'sso_provider_unavailable'
  | 'sso_not_configured'
  | 'invalid_sso_handoff';

export const SSO_FAILURES: readonly SsoFailure[] = [
  'sso_failed',
  'sso_email_not_verified',
  'sso_no_staff_account',
  'sso_provider_unavailable',
  'sso_not_configured',
  'invalid_sso_handoff',
];
