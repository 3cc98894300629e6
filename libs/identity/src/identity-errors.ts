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
}

const MESSAGES: Record<IdentityErrorCode, [ErrorKind, LocalizedText]> = {
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
};

export class IdentityError extends DomainError {
  constructor(code: IdentityErrorCode, extensions: Record<string, unknown> = {}) {
    const [kind, text] = MESSAGES[code];
    super(code, kind, text, extensions);
  }
}
