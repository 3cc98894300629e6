import { useForm } from 'react-hook-form';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextField } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import { twoStepTexts } from './two-step-texts';
import { useState } from 'react';

/**
 * One field for the 6 digits an authenticator app shows, and a button. `send` calls the API; a wrong code (the
 * API's message on `code`) is shown beside the field.
 */
export function CodeForm({ id, label, send }: { id: string; label: string; send: (code: string) => Promise<void> }) {
  const t = useT(twoStepTexts);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<{ code: string }>({
    defaultValues: { code: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summary = useErrorList(errors, submitCount, [['code', id]]);

  const submit = async ({ code }: { code: string }) => {
    setProblem(null);
    try {
      await send(code.trim());
      reset({ code: '' });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const message = error.fieldErrors().code;
      if (message) setError('code', { type: 'api', message });
      else setProblem(error);
    }
  };

  return (
    <form onSubmit={handleSubmit(submit, () => setProblem(null))} noValidate aria-label={label}>
      <ErrorSummary errors={summary} />
      {problem ? <ProblemMessage error={problem} /> : null}
      <TextField
        id={id}
        label={t('code')}
        hint={t('codeHint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        error={errors.code?.message}
        {...register('code', { validate: (value) => (/^\d{6}$/.test(value.trim()) ? true : t('errCode')) })}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={isSubmitting}>
          {label}
        </button>
      </div>
    </form>
  );
}
