import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { call } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useT } from '../../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextArea } from '../../ui/components';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useErrorList } from '../../ui/use-error-list';
import { reviewerTexts } from './texts';

/** 利害関係の申告: a reason, then a confirmation; afterwards the proposal is closed to the reviewer. */
export function ConflictForm({ assignmentId, onDeclared }: { assignmentId: string; onDeclared(): void }) {
  const t = useT(reviewerTexts);
  // Checked on submit (then confirmed in a dialog); the message stays until the next attempt.
  const { register, handleSubmit, watch, formState } = useForm({
    defaultValues: { reason: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [['reason', 'conflict-reason']]);
  const reason = watch('reason');
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const declare = async () => {
    setConfirming(false);
    try {
      await call('POST /api/v1/assignments/{id}/conflict', {
        path: { id: assignmentId },
        body: { reason: reason.trim() },
      });
      onDeclared();
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };
  return (
    <section aria-labelledby="conflict-heading" className="conflict-section">
      <h2 id="conflict-heading">{t('conflictHeading')}</h2>
      <p>{t('conflictIntro')}</p>
      <form noValidate onSubmit={handleSubmit(() => setConfirming(true))}>
        <ErrorSummary errors={errors} />
        {failure ? <ProblemMessage error={failure} /> : null}
        <TextArea
          id="conflict-reason"
          label={t('conflictReason')}
          hint={t('conflictReasonHint')}
          required
          rows={3}
          error={formState.errors.reason?.message}
          {...register('reason', { validate: (text) => (text.trim() ? true : t('conflictReasonMissing')) })}
        />
        <button type="submit" className="button button-secondary">
          {t('conflictOpen')}
        </button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('conflictConfirmTitle')}
        confirmLabel={t('conflictConfirm')}
        danger
        onConfirm={() => void declare()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('conflictConfirmBody')}</p>
        <blockquote>{reason}</blockquote>
      </ConfirmDialog>
    </section>
  );
}
