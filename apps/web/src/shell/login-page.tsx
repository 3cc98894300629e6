import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/problem';
import { homeFor, useSession } from '../auth/session';
import { defineMessages, useT } from '../i18n/i18n';
import { ErrorSummary, PageTitle, TextField } from '../ui/components';
import { useErrorList } from '../ui/use-error-list';

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
  },
});

interface Credentials {
  email: string;
  password: string;
}

export function LoginPage() {
  const t = useT(messages);
  const session = useSession();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  // Checked on submit only, and the messages stay until the next attempt.
  const { register, handleSubmit, formState } = useForm<Credentials>({
    defaultValues: { email: '', password: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summary = useErrorList(errors, submitCount, [
    ['email', 'login-email'],
    ['password', 'login-password'],
  ]);

  const submit = async ({ email, password }: Credentials) => {
    setProblem(null);
    try {
      const me = await session.login(email.trim(), password);
      const next = search.get('next');
      void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeFor(me), { replace: true });
    } catch (error) {
      setProblem(error instanceof ApiError ? error.problem.title : String(error));
    }
  };

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <ErrorSummary errors={summary} />
      {problem ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{problem}</p>
        </div>
      ) : null}
      <form onSubmit={handleSubmit(submit, () => setProblem(null))} noValidate>
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
        <div className="button-row">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('submitting') : t('submit')}
          </button>
        </div>
      </form>
      <p>
        <Link to="/password-reset">{t('forgot')}</Link>
      </p>
      <p>
        <Link to="/group-registration">{t('register')}</Link>
      </p>
    </section>
  );
}
