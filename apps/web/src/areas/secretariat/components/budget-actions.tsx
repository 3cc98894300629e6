import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { sendProposalEvent } from '../../../proposal-workflow/send-proposal-event';
import { ErrorSummary, ProblemMessage, TextArea } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import type { Proposal } from '../models';
import { budgetTexts } from './budget-texts';
import { ConfirmDialog } from './confirm-dialog';

type Outcome = 'BUDGET_APPROVED' | 'BUDGET_REJECTED';

/**
 * 予算成立 / 不成立 on a provisional (内定) adoption: the budget passed, and the adoption stands; or it did not,
 * with the reason the proposer is told. Either is final, so each asks first. Nothing unless one is allowed now.
 */
export function BudgetActions({ proposal, onMoved }: { proposal: Proposal; onMoved: (next: Proposal) => void }) {
  const t = useT(budgetTexts);
  const [open, setOpen] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  // Only a rejection needs its reason: approving with the field empty is fine.
  const attempt = useRef<Outcome | null>(null);
  const { register, handleSubmit, getValues, formState } = useForm<{ reason: string }>({
    defaultValues: { reason: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [['reason', 'budget-reason']]);
  const allowed = (['BUDGET_APPROVED', 'BUDGET_REJECTED'] as const).filter((e) => proposal.allowedEvents.includes(e));
  if (allowed.length === 0) return null;

  const start = (outcome: Outcome) => {
    setFailure(undefined);
    attempt.current = outcome;
    void handleSubmit(() => setOpen(outcome))();
  };
  const send = async () => {
    if (!open) return;
    setBusy(true);
    try {
      onMoved(
        await sendProposalEvent<Proposal>(
          proposal,
          open === 'BUDGET_REJECTED'
            ? { type: 'BUDGET_REJECTED', reason: getValues('reason').trim() }
            : { type: 'BUDGET_APPROVED' },
        ),
      );
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
      else throw error;
    } finally {
      setBusy(false);
      setOpen(null);
    }
  };

  return (
    <section className="console-panel" aria-labelledby="budget-heading">
      <h2 id="budget-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <ErrorSummary errors={errors} />
      {failure ? <ProblemMessage error={failure} /> : null}
      {allowed.includes('BUDGET_REJECTED') ? (
        <TextArea
          id="budget-reason"
          rows={3}
          label={t('reason')}
          hint={t('reasonHint')}
          error={formState.errors.reason?.message}
          {...register('reason', {
            validate: (reason) => (attempt.current === 'BUDGET_REJECTED' && !reason.trim() ? t('errReason') : true),
          })}
        />
      ) : null}
      <div className="button-row">
        {allowed.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className={outcome === 'BUDGET_REJECTED' ? 'button button-danger' : 'button'}
            data-event={outcome}
            onClick={() => start(outcome)}
          >
            {t(outcome === 'BUDGET_APPROVED' ? 'approve' : 'reject')}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={open !== null}
        title={open === 'BUDGET_REJECTED' ? t('rejectTitle') : t('approveTitle')}
        danger={open === 'BUDGET_REJECTED'}
        busy={busy}
        confirmLabel={open ? t(open === 'BUDGET_APPROVED' ? 'approve' : 'reject') : undefined}
        onConfirm={() => void send()}
        onCancel={() => setOpen(null)}
      >
        {open === 'BUDGET_REJECTED' ? (
          <>
            <p>{t('rejectBody')}</p>
            <p className="preserve-lines">{getValues('reason')}</p>
          </>
        ) : (
          <p>{t('approveBody')}</p>
        )}
      </ConfirmDialog>
    </section>
  );
}
