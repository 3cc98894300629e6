import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/problem';
import { homeFor, useSession } from '../auth/session';
import { defineMessages, useT } from '../i18n/i18n';
import { ErrorSummary, PageTitle, TextField } from '../ui/components';
import { useErrorList } from '../ui/use-error-list';
import { SsoOptions } from './sso-options';

const messages = defineMessages({
  ja: {
    title: 'ログイン',
    email: 'メールアドレス',
    password: 'パスワード',
    submit: 'ログインする',
    submitting: 'ログインしています…',
    emailMissing: 'メールアドレスを入力してください',
    passwordMissing: 'パスワードを入力してください',
    forgot: 'パスワードを忘れた方はこちら',
    register: 'はじめて提案する団体の方は、団体登録をお申し込みください',
    intro:
      '提案団体・担当課・評価委員・事務局の方は、事務局から届いたメールアドレスとパスワードでログインしてください。',
    codeTitle: '確認コードの入力',
    codeIntro:
      '二段階認証が設定されています。認証アプリに表示されている6桁の確認コードを入力してください。スマートフォンをなくした場合は、リカバリーコードを1つ入力できます。',
    code: '確認コード（またはリカバリーコード）',
    codeMissing: '確認コードを入力してください',
    back: 'メールアドレスとパスワードの入力に戻る',
  },
  en: {
    title: 'Sign in',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    emailMissing: 'Enter your e-mail address',
    passwordMissing: 'Enter your password',
    forgot: 'Forgotten your password?',
    register: 'A group proposing for the first time? Register the group',
    intro:
      'Proposing groups, departments, committee members and the secretariat: sign in with the address and password the secretariat sent you.',
    codeTitle: 'Enter your code',
    codeIntro:
      'Two-step sign-in is on for this account. Enter the 6-digit code your authenticator app shows. If you lost your phone, enter one of your recovery codes.',
    code: 'Code (or recovery code)',
    codeMissing: 'Enter the code',
    back: 'Back to e-mail address and password',
  },
});

interface Credentials {
  email: string;
  password: string;
  secondFactor: string;
}

export function LoginPage() {
  const t = useT(messages);
  const session = useSession();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  // The second step: the password was right and the account asks for a code from its authenticator app.
  const [askCode, setAskCode] = useState(false);
  // Checked on submit only, and the messages stay until the next attempt.
  const { register, handleSubmit, formState } = useForm<Credentials>({
    defaultValues: { email: '', password: '', secondFactor: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summary = useErrorList(errors, submitCount, [
    ['email', 'login-email'],
    ['password', 'login-password'],
    ['secondFactor', 'login-code'],
  ]);

  const submit = async ({ email, password, secondFactor }: Credentials) => {
    setProblem(null);
    try {
      const me = await session.login(email.trim(), password, askCode ? secondFactor.trim() : undefined);
      const next = search.get('next');
      void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeFor(me), { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.problem.code === 'mfa_code_required') {
        setAskCode(true);
        return;
      }
      setProblem(error instanceof ApiError ? error.problem.title : String(error));
    }
  };

  return (
    <section>
      <PageTitle>{askCode ? t('codeTitle') : t('title')}</PageTitle>
      <p>{askCode ? t('codeIntro') : t('intro')}</p>
      <ErrorSummary errors={summary} />
      {problem ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{problem}</p>
        </div>
      ) : null}
      <form onSubmit={handleSubmit(submit, () => setProblem(null))} noValidate>
        <div hidden={askCode}>
          <TextField
            id="login-email"
            label={t('email')}
            type="email"
            autoComplete="username"
            required
            error={errors.email?.message}
            {...register('email', { validate: (value) => (value.trim() ? true : t('emailMissing')) })}
          />
          <TextField
            id="login-password"
            label={t('password')}
            type="password"
            autoComplete="current-password"
            required
            error={errors.password?.message}
            {...register('password', { validate: (value) => (value ? true : t('passwordMissing')) })}
          />
        </div>
        {askCode ? (
          <TextField
            id="login-code"
            label={t('code')}
            autoComplete="one-time-code"
            required
            error={errors.secondFactor?.message}
            {...register('secondFactor', { validate: (value) => (value.trim() ? true : t('codeMissing')) })}
          />
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('submitting') : t('submit')}
          </button>
        </div>
      </form>
      {askCode ? (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setAskCode(false)}>
            {t('back')}
          </button>
        </p>
      ) : null}
      <p>
        <Link to="/password-reset">{t('forgot')}</Link>
      </p>
      <SsoOptions />
      <p>
        <Link to="/group-registration">{t('register')}</Link>
      </p>
    </section>
  );
}
