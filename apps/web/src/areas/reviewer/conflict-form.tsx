import { useState } from 'react';
import { call } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useT } from '../../i18n/i18n';
import { ErrorSummary, ProblemMessage, TextArea } from '../../ui/components';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { reviewerTexts } from './texts';

/** 利害関係の申告: a reason, then a confirmation; afterwards the proposal is closed to the reviewer. */
export function ConflictForm({ assignmentId, onDeclared }: { assignmentId: string; onDeclared(): void }) {
  const t = useT(reviewerTexts);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
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
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const next = reason.trim() ? [] : [{ fieldId: 'conflict-reason', message: t('conflictReasonMissing') }];
          setErrors(next);
          if (next.length === 0) setConfirming(true);
        }}
      >
        <ErrorSummary errors={errors} />
        {failure ? <ProblemMessage error={failure} /> : null}
        <TextArea
          id="conflict-reason"
          label={t('conflictReason')}
          hint={t('conflictReasonHint')}
          required
          rows={3}
          value={reason}
          error={errors[0]?.message}
          onChange={(event) => setReason(event.target.value)}
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
