import { DomainError, type ErrorKind, type LocalizedText } from '@kyodo/platform';

export enum IdentityErrorCode {
  InvalidCredentials = 'invalid_credentials',
  TooManyAttempts = 'too_many_login_attempts',
  Unauthenticated = 'unauthenticated',
  InvalidRefreshToken = 'invalid_refresh_token',
  Forbidden = 'forbidden',
  EmailTaken = 'email_taken',
  MunicipalityCodeTaken = 'municipality_code_taken',
  UnknownOrganization = 'unknown_organization',
  UnknownUser = 'unknown_user',
  UnknownMunicipality = 'unknown_municipality',
  UnknownCommittee = 'unknown_committee',
  MembershipExists = 'membership_exists',
  EmblemRejected = 'emblem_rejected',
  CannotDeactivateSelf = 'cannot_remove_own_access',
  UnknownMembership = 'unknown_membership',
  CommitteeRoleOnCommitteePage = 'committee_role_on_committee_page',
  PasswordChangeRequired = 'password_change_required',
  UnknownSession = 'unknown_session',
  InvalidResetLink = 'invalid_reset_link',
  InvalidEmailChangeLink = 'invalid_email_change_link',
  MfaCodeRequired = 'mfa_code_required',
  InvalidMfaCode = 'invalid_mfa_code',
  MfaEnrollmentRequired = 'mfa_enrollment_required',
  MfaAlreadyEnrolled = 'mfa_already_enrolled',
  MfaEnrolmentNotStarted = 'mfa_not_enrolled',
  MfaRequiredByPolicy = 'mfa_required_by_policy',
  MfaEnrolFirst = 'mfa_enrol_first',
  SsoNotConfigured = 'sso_not_configured',
  SsoFailed = 'sso_failed',
  SsoEmailNotVerified = 'sso_email_not_verified',
  SsoNoStaffAccount = 'sso_no_staff_account',
  SsoProviderUnavailable = 'sso_provider_unavailable',
  InvalidSsoHandoff = 'invalid_sso_handoff',
  SsoSubjectTaken = 'sso_subject_taken',
  UnknownGroupRegistration = 'unknown_group_registration',
  InvalidRegistrationLink = 'invalid_registration_link',
  RegistrationAlreadyDecided = 'registration_already_decided',
  RulesRejected = 'rules_rejected',
}

const MESSAGES: Record<IdentityErrorCode, [ErrorKind, LocalizedText]> = {
  [IdentityErrorCode.SsoNotConfigured]: [
    'not_found',
    {
      ja: 'この自治体では、シングルサインオン（職員の方のログイン）が設定されていません。',
      en: 'This municipality has not set up single sign-on for its staff.',
    },
  ],
  [IdentityErrorCode.SsoFailed]: [
    'unauthenticated',
    {
      ja: 'シングルサインオンを完了できませんでした（期限切れ、または別のブラウザーからの操作です）。ログイン画面からやり直してください。',
      en: 'Single sign-on could not be completed (it expired, or came from another browser). Start again from the sign-in page.',
    },
  ],
  [IdentityErrorCode.SsoEmailNotVerified]: [
    'forbidden',
    {
      ja: '庁内の認証基盤から、確認済みのメールアドレスが届きませんでした。情報システム担当にお問い合わせください。',
      en: 'Your organisation’s sign-in service did not confirm your e-mail address. Contact your IT department.',
    },
  ],
  [IdentityErrorCode.SsoNoStaffAccount]: [
    'forbidden',
    {
      ja: 'このアカウントに対応する、利用可能な職員用アカウントがありません。提案団体の方はメールアドレスとパスワードでログインしてください。職員の方は管理者にお問い合わせください。',
      en: 'No working staff account matches this sign-in. Proposing groups sign in with their e-mail address and password; staff, ask your administrator.',
    },
  ],
  [IdentityErrorCode.SsoProviderUnavailable]: [
    'unavailable',
    {
      ja: '庁内の認証基盤に接続できませんでした。しばらくしてからやり直してください。',
      en: 'Your organisation’s sign-in service could not be reached. Try again in a while.',
    },
  ],
  [IdentityErrorCode.InvalidSsoHandoff]: [
    'unauthenticated',
    {
      ja: 'ログインの受け渡しが期限切れか、すでに使われています。ログイン画面からやり直してください。',
      en: 'This sign-in hand-over has expired or was used already. Start again from the sign-in page.',
    },
  ],
  [IdentityErrorCode.SsoSubjectTaken]: [
    'conflict',
    {
      ja: 'この認証基盤のアカウントは、すでに別のユーザーに紐付けられています。',
      en: 'This account of the sign-in service is already linked to another user.',
    },
  ],
  [IdentityErrorCode.UnknownGroupRegistration]: [
    'not_found',
    { ja: '団体登録の申請が見つかりません。', en: 'The group registration was not found.' },
  ],
  [IdentityErrorCode.InvalidRegistrationLink]: [
    'unprocessable',
    {
      ja: 'このリンクは無効か、有効期限が切れているか、すでに使われています。お手数ですが、団体登録をもう一度お申し込みください。',
      en: 'This link is invalid, has expired or has already been used. Please register the group again.',
    },
  ],
  [IdentityErrorCode.RegistrationAlreadyDecided]: [
    'conflict',
    {
      ja: 'この団体登録は審査中ではありません（すでに承認・差戻し・却下されたか、メールアドレスが未確認です）。',
      en: 'This group registration is not under review (already approved, returned or refused, or its e-mail address is unconfirmed).',
    },
  ],
  [IdentityErrorCode.RulesRejected]: [
    'unprocessable',
    {
      ja: '会則は 5MB までの PDF ファイルにしてください。',
      en: 'The group’s rules must be a PDF file of at most 5 MB.',
    },
  ],
  [IdentityErrorCode.MfaCodeRequired]: [
    'unauthenticated',
    {
      ja: '認証アプリに表示される 6 桁の確認コード（またはリカバリーコード）を入力してください。',
      en: 'Enter the 6-digit code your authenticator app shows (or a recovery code).',
    },
  ],
  [IdentityErrorCode.InvalidMfaCode]: [
    'unauthenticated',
    {
      ja: '確認コードが正しくないか、すでに使われています。認証アプリに今表示されているコードを入力してください。',
      en: 'The code is wrong or has been used already. Enter the code your authenticator app shows now.',
    },
  ],
  [IdentityErrorCode.MfaEnrollmentRequired]: [
    'forbidden',
    {
      ja: 'この自治体では、職員のログインに二段階認証が必要です。続けるには、アカウントの画面で認証アプリを登録してください。',
      en: 'Staff must sign in with two-step verification here. Set up an authenticator app on your account page to continue.',
    },
  ],
  [IdentityErrorCode.MfaAlreadyEnrolled]: [
    'conflict',
    {
      ja: '認証アプリはすでに登録されています。登録し直すには、いったん解除してください。',
      en: 'An authenticator app is already set up. Turn it off first to set up another.',
    },
  ],
  [IdentityErrorCode.MfaEnrolmentNotStarted]: [
    'conflict',
    {
      ja: '認証アプリの登録が始まっていません。最初からやり直してください。',
      en: 'No authenticator app is being set up. Start again.',
    },
  ],
  [IdentityErrorCode.MfaRequiredByPolicy]: [
    'unprocessable',
    {
      ja: 'このアカウントでは二段階認証が必須のため、解除できません。端末をなくした場合は管理者にリセットを依頼してください。',
      en: 'Two-step verification is required for this account and cannot be turned off. If you lost your phone, ask an administrator to reset it.',
    },
  ],
  [IdentityErrorCode.MfaEnrolFirst]: [
    'unprocessable',
    {
      ja: '職員に二段階認証を求める前に、ご自身の認証アプリを登録してください。',
      en: 'Set up your own authenticator app before requiring two-step verification of staff.',
    },
  ],
  [IdentityErrorCode.InvalidCredentials]: [
    'unauthenticated',
    { ja: 'メールアドレスまたはパスワードが正しくありません。', en: 'The e-mail address or password is wrong.' },
  ],
  [IdentityErrorCode.TooManyAttempts]: [
    'rate_limited',
    {
      ja: 'ログインの失敗が続いたため、しばらく時間をおいてから再度お試しください。',
      en: 'Too many failed logins. Wait a while and try again.',
    },
  ],
  [IdentityErrorCode.Unauthenticated]: ['unauthenticated', { ja: 'ログインが必要です。', en: 'You need to sign in.' }],
  [IdentityErrorCode.InvalidRefreshToken]: [
    'unauthenticated',
    {
      ja: 'セッションが無効です。もう一度ログインしてください。',
      en: 'The session is no longer valid. Sign in again.',
    },
  ],
  [IdentityErrorCode.Forbidden]: [
    'forbidden',
    { ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' },
  ],
  [IdentityErrorCode.EmailTaken]: [
    'conflict',
    { ja: 'このメールアドレスは既に使われています。', en: 'This e-mail address is already in use.' },
  ],
  [IdentityErrorCode.MunicipalityCodeTaken]: [
    'conflict',
    { ja: 'この自治体コードは既に登録されています。', en: 'This municipality code is already registered.' },
  ],
  [IdentityErrorCode.UnknownOrganization]: [
    'not_found',
    { ja: '団体・部署が見つかりません。', en: 'The organisation was not found.' },
  ],
  [IdentityErrorCode.UnknownUser]: ['not_found', { ja: 'ユーザーが見つかりません。', en: 'The user was not found.' }],
  [IdentityErrorCode.UnknownMunicipality]: [
    'not_found',
    { ja: '自治体が見つかりません。', en: 'The municipality was not found.' },
  ],
  [IdentityErrorCode.UnknownCommittee]: [
    'not_found',
    { ja: '委員会が見つかりません。', en: 'The committee was not found.' },
  ],
  [IdentityErrorCode.MembershipExists]: [
    'conflict',
    { ja: 'この役割は既に付与されています。', en: 'The user already holds this role.' },
  ],
  [IdentityErrorCode.EmblemRejected]: [
    'unprocessable',
    {
      ja: '紋章の画像は 256KB までの PNG か JPEG にしてください（SVG は使えません）。',
      en: 'The emblem must be a PNG or JPEG image of at most 256 KB (SVG is not accepted).',
    },
  ],
  [IdentityErrorCode.CannotDeactivateSelf]: [
    'unprocessable',
    {
      ja: '自分自身のアカウントを無効にしたり、自分の管理者権限を外したりすることはできません。別の管理者に依頼してください。',
      en: 'You cannot deactivate your own account or remove your own administrator role. Ask another administrator.',
    },
  ],
  [IdentityErrorCode.UnknownMembership]: [
    'not_found',
    { ja: 'この役割は付与されていません。', en: 'The user does not hold this role.' },
  ],
  [IdentityErrorCode.CommitteeRoleOnCommitteePage]: [
    'unprocessable',
    {
      ja: '評価委員の役割は、委員会のページで委員から外すと外れます。',
      en: 'A committee role is removed by taking the member off the committee on the committees page.',
    },
  ],
  [IdentityErrorCode.PasswordChangeRequired]: [
    'forbidden',
    {
      ja: '管理者が発行した初期パスワードのままです。続けるには、パスワードを変更してください。',
      en: 'You are still using the initial password your administrator gave you. Change it to continue.',
    },
  ],
  [IdentityErrorCode.UnknownSession]: [
    'not_found',
    {
      ja: 'このログインは見つからないか、すでに終了しています。',
      en: 'This sign-in was not found or has already ended.',
    },
  ],
  [IdentityErrorCode.InvalidResetLink]: [
    'unprocessable',
    {
      ja: 'このリンクは無効か、有効期限が切れているか、すでに使われています。もう一度パスワードの再設定を申し込んでください。',
      en: 'This link is invalid, has expired or has already been used. Ask for a new password reset link.',
    },
  ],
  [IdentityErrorCode.InvalidEmailChangeLink]: [
    'unprocessable',
    {
      ja: 'このリンクは無効か、有効期限が切れているか、すでに使われています。アカウントのページから、もう一度メールアドレスの変更を申し込んでください。',
      en: 'This link is invalid, has expired or has already been used. Ask for the change again on your account page.',
    },
  ],
};

export class IdentityError extends DomainError {
  constructor(code: IdentityErrorCode, extensions: Record<string, unknown> = {}, text?: LocalizedText) {
    const [kind, fallback] = MESSAGES[code];
    super(code, kind, text ?? fallback, extensions);
  }

  /**
   * The lockout, saying how long it lasts: the limiter's window, whole minutes. The same words whoever asks and
   * however much of the window is left, so a locked account and an unknown address still answer alike.
   */
  static tooManyAttempts(windowSeconds: number, retryAfterSeconds: number): IdentityError {
    const minutes = Math.max(1, Math.ceil(windowSeconds / 60));
    return new IdentityError(
      IdentityErrorCode.TooManyAttempts,
      { retryAfterSeconds },
      {
        ja: `ログインの失敗が続いたため、このメールアドレスでのログインを一時的に止めています。${minutes}分たってから、もう一度お試しください。`,
        en: `Too many failed sign-ins: signing in with this address is paused. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      },
    );
  }
}
