import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useT } from '../../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextField } from '../../ui/components';
import { useErrorList } from '../../ui/use-error-list';
import { accountTexts } from './texts';

interface EmailChange {
  newEmail: string;
  currentPassword: string;
}

const EMPTY: EmailChange = { newEmail: '', currentPassword: '' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * メールアドレスの変更: the new address and the current password; the address changes only when the link sent to the
 * new address is opened (the notice says so).
 */
export function ChangeEmailForm() {
  const t = useT(accountTexts);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<EmailChange>({
    defaultValues: EMPTY,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summary = useErrorList(errors, submitCount, [
    ['newEmail', 'email-new'],
    ['currentPassword', 'email-password'],
  ]);

  const submit = async ({ newEmail, currentPassword }: EmailChange) => {
    setProblem(null);
    setSentTo(null);
    try {
      await call('POST /api/v1/me/email', { body: { newEmail: newEmail.trim(), currentPassword } });
      reset(EMPTY);
      setSentTo(newEmail.trim());
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fields = error.fieldErrors();
      const known = (['newEmail', 'currentPassword'] as const).filter((name) => fields[name]);
      for (const name of known) setError(name, { type: 'api', message: fields[name] });
      if (known.length === 0) setProblem(error);
    }
  };

  return (
    <>
      <h2>{t('emailHeading')}</h2>
      <div role="status" aria-live="polite">
        {sentTo ? (
          <div className="notice notice-good">
            <p className="notice-title">{t('emailChangeSent', { email: sentTo })}</p>
          </div>
        ) : null}
      </div>
      <form onSubmit={handleSubmit(submit, () => setProblem(null))} noValidate aria-label={t('emailHeading')}>
        <ErrorSummary errors={summary} />
        {problem ? <ProblemMessage error={problem} /> : null}
        <TextField
          id="email-new"
          label={t('newEmail')}
          type="email"
          autoComplete="email"
          required
          error={errors.newEmail?.message}
          {...register('newEmail', { validate: (value) => EMAIL.test(value.trim()) || t('errNewEmail') })}
        />
        <TextField
          id="email-password"
          label={t('currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          error={errors.currentPassword?.message}
          {...register('currentPassword', { validate: (value) => (value ? true : t('errCurrent')) })}
        />
        <div className="button-row">
          <button id="email-submit" type="submit" className="button" disabled={isSubmitting}>
            {t('sendEmailChange')}
          </button>
        </div>
      </form>
    </>
  );
}
