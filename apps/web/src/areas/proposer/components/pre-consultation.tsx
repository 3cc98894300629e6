import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { sendProposalEvent } from '../../../proposal-workflow/send-proposal-event';
import { ErrorSummary, ProblemMessage, TextArea } from '../../../ui/components';
import { useErrorList } from '../../../ui/use-error-list';
import type { Proposal } from '../models';
import { lifecycleTexts } from './lifecycle-texts';

/**
 * 事前相談 (RECORD_PRE_CONSULTATION): on a draft of a call that asks for it, the proposer records each talk with
 * the city before submitting. Nothing unless the call has 事前相談 and the caller may record it now.
 */
export function PreConsultation({
  proposal,
  onRecorded,
}: {
  proposal: Proposal;
  onRecorded: (next: Proposal) => void;
}) {
  const t = useT(lifecycleTexts);
  const [failure, setFailure] = useState<ApiError>();
  const [done, setDone] = useState('');
  const { register, handleSubmit, reset, formState } = useForm<{ note: string }>({
    defaultValues: { note: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const errors = useErrorList(formState.errors, formState.submitCount, [['note', 'pre-consultation-note']]);
  if (!proposal.allowedEvents.includes('RECORD_PRE_CONSULTATION')) return null;

  const record = async ({ note }: { note: string }) => {
    setFailure(undefined);
    setDone('');
    try {
      const next = await sendProposalEvent<Proposal>(proposal, { type: 'RECORD_PRE_CONSULTATION', note: note.trim() });
      reset();
      setDone(t('preDone'));
      onRecorded(next);
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
      else throw error;
    }
  };

  return (
    <section className="lifecycle-panel" aria-labelledby="pre-consultation-heading">
      <h2 id="pre-consultation-heading">{t('preHeading')}</h2>
      <p>{t('preIntro')}</p>
      <ErrorSummary errors={errors} />
      {failure ? <ProblemMessage error={failure} /> : null}
      <TextArea
        id="pre-consultation-note"
        rows={3}
        required
        label={t('preNote')}
        hint={t('preHint')}
        error={formState.errors.note?.message}
        {...register('note', { validate: (note) => (note.trim() ? true : t('errNote')) })}
      />
      <button
        type="button"
        className="button button-secondary"
        data-event="RECORD_PRE_CONSULTATION"
        disabled={formState.isSubmitting}
        onClick={() => void handleSubmit(record)()}
      >
        {t('preSubmit')}
      </button>
      <p role="status" aria-live="polite">
        {done}
      </p>
    </section>
  );
}
