import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useT } from '../../i18n/i18n';
import { ErrorSummary, PageTitle, ProblemMessage, TextField } from '../../ui/components';
import { useErrorList } from '../../ui/use-error-list';
import { accountTexts } from './texts';

/**
 * パスワードを忘れた方: the address, then always the same notice, whether or not it has an account (the API
 * answers the same, so that nobody learns who is registered).
 */
export function ResetRequestPage() {
  const t = useT(accountTexts);
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, handleSubmit, formState } = useForm<{ email: string }>({
    defaultValues: { email: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summary = useErrorList(errors, submitCount, [['email', 'reset-email']]);

  const submit = async ({ email }: { email: string }) => {
    setProblem(null);
    setSent(false);
    try {
      await call('POST /api/v1/auth/password-reset', { body: { email: email.trim() } });
      setSent(true);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // An address the API cannot read at all is still answered the same way.
      if (error.status === 400) setSent(true);
      else setProblem(error);
    }
  };

  return (
    <section>
      <PageTitle>{t('resetTitle')}</PageTitle>
      <p>{t('resetIntro')}</p>
      <div role="status" aria-live="polite">
        {sent ? (
          <div className="notice notice-good" id="reset-sent">
            <p>{t('resetSent')}</p>
          </div>
        ) : null}
      </div>
      <ErrorSummary errors={summary} />
      {problem ? <ProblemMessage error={problem} /> : null}
      <form onSubmit={handleSubmit(submit, () => setProblem(null))} noValidate aria-label={t('resetTitle')}>
        <TextField
          id="reset-email"
          label={t('email')}
          type="email"
          autoComplete="username"
          required
          error={errors.email?.message}
          {...register('email', { validate: (value) => (value.trim() ? true : t('errEmail')) })}
        />
        <div className="button-row">
          <button id="reset-submit" type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('sending') : t('sendReset')}
          </button>
        </div>
      </form>
    </section>
  );
}
