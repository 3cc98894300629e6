import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { sendProposalEvent } from '../../../proposal-workflow/send-proposal-event';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { ErrorSummary, ProblemMessage, TextArea } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import type { Proposal } from '../models';
import { lifecycleTexts } from './lifecycle-texts';

/**
 * 取下げ (WITHDRAW): before the decision the proposer may withdraw, with the reason the secretariat is told. It
 * cannot be undone, so the form opens on request and the dialog says so. Nothing unless it is allowed now.
 */
export function WithdrawProposal({
  proposal,
  onWithdrawn,
}: {
  proposal: Proposal;
  onWithdrawn: (next: Proposal) => void;
}) {
  const t = useT(lifecycleTexts);
  const [expanded, setExpanded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const { register, handleSubmit, getValues, formState } = useForm<{ reason: string }>({
    defaultValues: { reason: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [['reason', 'withdraw-reason']]);
  if (!proposal.allowedEvents.includes('WITHDRAW')) return null;

  const withdraw = async () => {
    setBusy(true);
    try {
      onWithdrawn(
        await sendProposalEvent<Proposal>(proposal, { type: 'WITHDRAW', reason: getValues('reason').trim() }),
      );
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
      else throw error;
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section className="lifecycle-panel withdraw-panel" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">{t('withdrawHeading')}</h2>
      <p>{t('withdrawIntro')}</p>
      {expanded ? (
        <>
          <ErrorSummary errors={errors} />
          {failure ? <ProblemMessage error={failure} /> : null}
          <TextArea
            id="withdraw-reason"
            rows={3}
            required
            label={t('withdrawReason')}
            hint={t('withdrawHint')}
            error={formState.errors.reason?.message}
            {...register('reason', { validate: (reason) => (reason.trim() ? true : t('errReason')) })}
          />
          <button
            type="button"
            className="button button-danger"
            data-event="WITHDRAW"
            onClick={() => {
              setFailure(undefined);
              void handleSubmit(() => setConfirming(true))();
            }}
          >
            {t('withdrawOpen')}
          </button>
        </>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setExpanded(true)}>
          {t('withdrawOpen')}
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('withdrawTitle')}
        danger
        busy={busy}
        confirmLabel={t('withdrawConfirm')}
        onConfirm={() => void withdraw()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('withdrawBody')}</p>
        <p className="preserve-lines">{getValues('reason')}</p>
      </ConfirmDialog>
    </section>
  );
}
