import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useT } from '../../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextField } from '../../ui/components';
import { useErrorList } from '../../ui/use-error-list';
import { NewPasswordFields } from './new-password-fields';
import { newPasswordChecks } from './password-rules';
import { accountTexts } from './texts';

interface Passwords {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

const EMPTY: Passwords = { currentPassword: '', newPassword: '', confirmation: '' };

/**
 * 現在のパスワード, the new one and its confirmation: the length and the confirmation checked here, the current
 * password and the policy by the API (its messages shown beside the field they concern). `onChanged` runs after
 * the API accepted the change; the form empties itself.
 */
export function ChangePasswordForm({ onChanged }: { onChanged: () => Promise<void> | void }) {
  const t = useT(accountTexts);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<Passwords>({
    defaultValues: EMPTY,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summary = useErrorList(errors, submitCount, [
    ['currentPassword', 'password-current'],
    ['newPassword', 'password-new'],
    ['confirmation', 'password-confirm'],
  ]);
  const checks = newPasswordChecks(t);

  const submit = async ({ currentPassword, newPassword }: Passwords) => {
    setProblem(null);
    try {
      await call('POST /api/v1/me/password', { body: { currentPassword, newPassword } });
      reset(EMPTY);
      await onChanged();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fields = error.fieldErrors();
      const known = (['currentPassword', 'newPassword'] as const).filter((name) => fields[name]);
      for (const name of known) setError(name, { type: 'api', message: fields[name] });
      if (known.length === 0) setProblem(error);
    }
  };

  return (
    <form onSubmit={handleSubmit(submit, () => setProblem(null))} noValidate aria-label={t('passwordHeading')}>
      <ErrorSummary errors={summary} />
      {problem ? <ProblemMessage error={problem} /> : null}
      <TextField
        id="password-current"
        label={t('currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword?.message}
        {...register('currentPassword', { validate: (value) => (value ? true : t('errCurrent')) })}
      />
      <NewPasswordFields
        ids={{ newPassword: 'password-new', confirmation: 'password-confirm' }}
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
        <button id="password-submit" type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('changing') : t('changePassword')}
        </button>
      </div>
    </form>
  );
}
