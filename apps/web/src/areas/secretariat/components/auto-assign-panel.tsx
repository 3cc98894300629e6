import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { call, newIdempotencyKey } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { keys } from '../../../queries/keys';
import { useInvalidate } from '../../../queries/use-invalidate';
import { Select, TextField } from '../../../ui/components';
import { STAGES, type Stage } from '../models';
import { consoleTexts } from '../texts';
import { assignTexts } from './assign-texts';
import { ConfirmDialog } from './confirm-dialog';
import { ActionOutcome, useConfirmedAction } from './confirmed-action';
import { ReviewerPicker } from './reviewer-picker';

const stageLabel = {
  document: 'stageDocument',
  presentation: 'stagePresentation',
  project_end: 'stageProject_end',
} as const;

interface AutoAssignValues {
  stage: Stage;
  perProposal: string;
  /** The reviewers to draw from; none ticked: all of them. */
  pool: string[];
}

/** 自動割当 for the whole call, after a confirmation. */
export function AutoAssignPanel({ callId }: { callId: string }) {
  const t = useT(assignTexts);
  const tc = useT(consoleTexts);
  // Nothing to check here: the API answers for the number and the pool.
  const { control, register, getValues, watch } = useForm<AutoAssignValues>({
    defaultValues: { stage: 'document', perProposal: '2', pool: [] },
  });
  const [stage, perProposal] = watch(['stage', 'perProposal']);
  const [confirming, setConfirming] = useState(false);
  const invalidate = useInvalidate();
  const { failure, notice, busy, confirm } = useConfirmedAction(() => setConfirming(false));

  const run = () =>
    confirm(async () => {
      const { stage, perProposal, pool } = getValues();
      const made = await call('POST /api/v1/calls/{id}/assignments/auto', {
        path: { id: callId },
        body: { stage, perProposal: Number(perProposal), reviewerIds: pool.length > 0 ? pool : undefined },
        idempotencyKey: newIdempotencyKey(),
      });
      const said = t('autoDone', {
        count: made.length,
        conflicts: made.filter((a) => a.status === 'conflicted').length,
      });
      // The call's proposals (their states) and results.
      void invalidate(keys.calls.one(callId));
      return said;
    });

  return (
    <section className="console-panel" aria-labelledby="auto-heading">
      <h2 id="auto-heading">{t('autoHeading')}</h2>
      <p>{t('autoIntro')}</p>
      <div className="filters">
        <Select id="auto-stage" label={t('stage')} {...register('stage')}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {tc(stageLabel[s])}
            </option>
          ))}
        </Select>
        <TextField
          id="auto-per-proposal"
          label={t('perProposal')}
          inputMode="numeric"
          required
          {...register('perProposal')}
        />
      </div>
      <details>
        <summary>{t('pool')}</summary>
        <Controller
          control={control}
          name="pool"
          render={({ field }) => (
            <ReviewerPicker idPrefix="pool" legend={t('pool')} selected={field.value} onChange={field.onChange} />
          )}
        />
      </details>
      <button type="button" id="auto-run" className="button" onClick={() => setConfirming(true)}>
        {t('autoRun')}
      </button>
      <ActionOutcome failure={failure} notice={notice} />
      <ConfirmDialog
        open={confirming}
        title={t('autoConfirm')}
        busy={busy}
        onConfirm={run}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('autoConfirmBody', { stage: tc(stageLabel[stage]), n: perProposal })}</p>
      </ConfirmDialog>
    </section>
  );
}
