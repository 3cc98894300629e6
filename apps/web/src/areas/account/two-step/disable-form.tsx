import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextField } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { twoStepTexts } from './two-step-texts';

/** Turning two-step sign-in off: the password asked again. */
export function DisableTwoStepForm({ onDisabled }: { onDisabled: () => Promise<void> }) {
  const t = useT(twoStepTexts);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<{ password: string }>({
    defaultValues: { password: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summary = useErrorList(errors, submitCount, [['password', 'two-step-password']]);

  const submit = async ({ password }: { password: string }) => {
    setProblem(null);
    try {
      await call('POST /api/v1/me/mfa/disable', { body: { password } });
      reset({ password: '' });
      await onDisabled();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const message = error.fieldErrors().password;
      if (message) setError('password', { type: 'api', message });
      else setProblem(error);
    }
  };

  return (
    <form onSubmit={handleSubmit(submit, () => setProblem(null))} noValidate aria-label={t('disableHeading')}>
      <h3>{t('disableHeading')}</h3>
      <p>{t('disableIntro')}</p>
      <ErrorSummary errors={summary} />
      {problem ? <ProblemMessage error={problem} /> : null}
      <TextField
        id="two-step-password"
        label={t('password')}
        type="password"
        autoComplete="current-password"
        required
        error={errors.password?.message}
        {...register('password', { validate: (value) => (value ? true : t('errPassword')) })}
      />
      <div className="button-row">
        <button type="submit" className="button button-danger" disabled={isSubmitting}>
          {t('disable')}
        </button>
      </div>
    </form>
  );
}
