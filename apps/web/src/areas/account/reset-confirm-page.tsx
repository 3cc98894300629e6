import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { call } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useT } from '../../i18n/i18n';
import { ErrorSummary, PageTitle, ProblemMessage } from '../../ui/components';
import { useErrorList } from '../../ui/use-error-list';
import { NewPasswordFields } from './new-password-fields';
import { newPasswordChecks } from './password-rules';
import { accountTexts } from './texts';

interface NewPassword {
  newPassword: string;
  confirmation: string;
}

/**
 * The e-mailed link (/password-reset/:token): a new password and its confirmation. A used, expired or unknown
 * link shows the API's words and the way to ask for another.
 */
export function ResetConfirmPage({ token }: { token: string }) {
  const t = useT(accountTexts);
  const [done, setDone] = useState(false);
  const [invalidLink, setInvalidLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<NewPassword>({
    defaultValues: { newPassword: '', confirmation: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summary = useErrorList(errors, submitCount, [
    ['newPassword', 'reset-new'],
    ['confirmation', 'reset-confirm'],
  ]);
  const checks = newPasswordChecks(t);

  const submit = async ({ newPassword }: NewPassword) => {
    setProblem(null);
    try {
      await call('POST /api/v1/auth/password-reset/confirm', { body: { token, newPassword } });
      setDone(true);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const message = error.fieldErrors().newPassword;
      if (error.code === 'invalid_reset_link') setInvalidLink(error.problem.title);
      else if (message) setError('newPassword', { type: 'api', message });
      else setProblem(error);
    }
  };

  if (done) {
    return (
      <section>
        <PageTitle>{t('resetConfirmTitle')}</PageTitle>
        <div className="notice notice-good" role="status">
          <p className="notice-title">{t('passwordSet')}</p>
        </div>
        <p>
          <Link to="/login">{t('toLogin')}</Link>
        </p>
      </section>
    );
  }
  if (invalidLink) {
    return (
      <section>
        <PageTitle>{t('resetConfirmTitle')}</PageTitle>
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{invalidLink}</p>
        </div>
        <p>
          <Link to="/password-reset">{t('requestAgain')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section>
      <PageTitle>{t('resetConfirmTitle')}</PageTitle>
      <p>{t('resetConfirmIntro')}</p>
      <ErrorSummary errors={summary} />
      {problem ? <ProblemMessage error={problem} /> : null}
      <form onSubmit={handleSubmit(submit, () => setProblem(null))} noValidate aria-label={t('resetConfirmTitle')}>
        <NewPasswordFields
          ids={{ newPassword: 'reset-new', confirmation: 'reset-confirm' }}
          newPassword={{
            field: register('newPassword', { validate: checks.newPassword }),
            error: errors.newPassword?.message,
          }}
          confirmation={{
            field: register('confirmation', { validate: checks.confirmation }),
            error: errors.confirmation?.message,
          }}
        />
        <div className="button-row">
          <button id="reset-set" type="submit" className="button" disabled={isSubmitting}>
            {t('setPassword')}
          </button>
        </div>
      </form>
    </section>
  );
}
