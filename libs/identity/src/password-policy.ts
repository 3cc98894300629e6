import type { LocalizedText } from '@kyodo/platform';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Passwords of 12 or more characters that still top every breach list, and
 * this product's own name. Compared case-insensitively; a short list by
 * design (ASVS asks for length first, then a check against common ones).
 */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678910',
  '1q2w3e4r5t6y',
  'qwertyuiop12',
  'qwerty123456',
  'qwertyuiop123',
  'asdfghjkl123',
  'password1234',
  'password123!',
  'password12345',
  'passw0rd1234',
  'p@ssw0rd1234',
  'iloveyou1234',
  'administrator',
  'administrator1',
  'welcome12345',
  'letmein12345',
  'abcdefghijkl',
  'abc123456789',
  'aaaaaaaaaaaa',
  'kyodo1234567',
  'kyodopassword',
]);

const RULES: Array<{ rule: string; text: LocalizedText; broken: (password: string, email: string) => boolean }> = [
  {
    rule: 'min_length',
    text: {
      ja: `パスワードは${MIN_PASSWORD_LENGTH}文字以上にしてください。`,
      en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
    },
    broken: (password) => [...password].length < MIN_PASSWORD_LENGTH,
  },
  {
    rule: 'equals_email',
    text: {
      ja: 'メールアドレスをパスワードに使うことはできません。',
      en: 'The password must not be the e-mail address.',
    },
    broken: (password, email) => {
      const lower = password.trim().toLowerCase();
      const address = email.trim().toLowerCase();
      return lower === address || lower === address.split('@')[0];
    },
  },
  {
    rule: 'common',
    text: {
      ja: 'このパスワードはよく使われていて推測されやすいため使えません。',
      en: 'This password is too common and easy to guess.',
    },
    broken: (password) => COMMON_PASSWORDS.has(password.trim().toLowerCase()),
  },
];

/** The rules a new password breaks, each with its message in both languages; empty when it is acceptable. */
export function passwordPolicyViolations(
  password: string,
  email: string,
): Array<{ rule: string; text: LocalizedText }> {
  return RULES.filter((r) => r.broken(password, email)).map(({ rule, text }) => ({ rule, text }));
}
