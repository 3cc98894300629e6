import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/problem';
import { homeFor, useSession } from '../auth/session';
import { defineMessages, useT } from '../i18n/i18n';
import { ErrorSummary, PageTitle, TextField } from '../ui/components';

const messages = defineMessages({
  ja: {
    title: 'ログイン',
    email: 'メールアドレス',
    password: 'パスワード',
    submit: 'ログインする',
    submitting: 'ログインしています…',
    emailMissing: 'メールアドレスを入力してください',
    passwordMissing: 'パスワードを入力してください',
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
    intro:
      'Proposing groups, departments, committee members and the secretariat: sign in with the address and password the secretariat sent you.',
  },
});

export function LoginPage() {
  const t = useT(messages);
  const session = useSession();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = [
      ...(email.trim() ? [] : [{ fieldId: 'login-email', message: t('emailMissing') }]),
      ...(password ? [] : [{ fieldId: 'login-password', message: t('passwordMissing') }]),
    ];
    setErrors(found);
    setProblem(null);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const me = await session.login(email.trim(), password);
      const next = search.get('next');
      void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeFor(me), { replace: true });
    } catch (error) {
      setProblem(error instanceof ApiError ? error.problem.title : String(error));
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (id: string) => errors.find((error) => error.fieldId === id)?.message;
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <ErrorSummary errors={errors} />
      {problem ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{problem}</p>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <TextField
          id="login-email"
          label={t('email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          error={errorOf('login-email')}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="login-password"
          label={t('password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={errorOf('login-password')}
          onChange={(event) => setPassword(event.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('submitting') : t('submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
