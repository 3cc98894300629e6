import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, ProblemMessage, Select } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
import { useErrorList } from '../../../ui/use-error-list';
import { STAGES, type Stage } from '../models';
import { AssignmentsTable } from './assignments-table';
import { consoleTexts } from '../texts';
import { assignTexts } from './assign-texts';
import { ConfirmDialog } from './confirm-dialog';
import { ReviewerPicker, useUserNames } from './reviewer-picker';

const stageLabel = {
  document: 'stageDocument',
  presentation: 'stagePresentation',
  project_end: 'stageProject_end',
} as const;

interface AssignValues {
  stage: Stage;
  /** The reviewers ticked, by user id. */
  selected: string[];
}

/** Pick reviewers for one proposal, above the table of its assignments; the API finds conflicts. */
export function AssignPanel({ proposalId }: { proposalId: string }) {
  const t = useT(assignTexts);
  const tc = useT(consoleTexts);
  const name = useUserNames();
  // Checked on pressing "assign" (then confirmed in a dialog); the message stays until the next attempt.
  const { control, register, handleSubmit, watch, resetField, formState } = useForm<AssignValues>({
    defaultValues: { stage: 'document', selected: [] },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  // The message concerns the picker, whose first control is the stage (the summary links there).
  const errors = useErrorList(formState.errors, formState.submitCount, [['selected', 'assign-stage']]);
  const [stage, selected] = watch(['stage', 'selected']);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState(0);
  const existing = useApiQuery(keys.proposals.assignments(proposalId), (signal) =>
    call('GET /api/v1/proposals/{id}/assignments', { path: { id: proposalId }, signal }),
  );
  const invalidate = useInvalidate();
  const [failure, setFailure] = useState<ApiError>();

  const start = () => {
    setFailure(undefined);
    void handleSubmit(() => setConfirming(true))();
  };
  const assign = async () => {
    setBusy(true);
    try {
      const result = await call('POST /api/v1/proposals/{id}/assignments', {
        path: { id: proposalId },
        body: { reviewerIds: selected, stage },
        idempotencyKey: newIdempotencyKey(),
      });
      setMade(result.length);
      void invalidate(keys.proposals.one(proposalId));
      resetField('selected');
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section className="console-panel" aria-labelledby="assign-heading">
      <h2 id="assign-heading">{t('manualHeading')}</h2>
      <ErrorSummary errors={errors} />
      <Select id="assign-stage" label={t('stage')} {...register('stage')}>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {tc(stageLabel[s])}
          </option>
        ))}
      </Select>
      <Controller
        control={control}
        name="selected"
        rules={{ validate: (ids) => (ids.length > 0 ? true : t('noneSelected')) }}
        render={({ field }) => (
          <ReviewerPicker
            idPrefix="assign"
            legend={t('reviewers')}
            selected={field.value}
            onChange={field.onChange}
            stage={stage}
          />
        )}
      />
      <button type="button" id="assign-submit" className="button" onClick={start}>
        {t('assign')}
      </button>
      {failure ? <ProblemMessage error={failure} /> : null}
      <p role="status" aria-live="polite" className="notice-inline">
        {made > 0 ? t('madeCount', { count: made }) : ''}
      </p>
      <Async state={existing}>{(list) => <AssignmentsTable assignments={list} />}</Async>
      <ConfirmDialog
        open={confirming}
        title={t('assignConfirm', { count: selected.length })}
        busy={busy}
        onConfirm={assign}
        onCancel={() => setConfirming(false)}
      >
        <ul>
          {selected.map((id) => (
            <li key={id}>{name(id)}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
