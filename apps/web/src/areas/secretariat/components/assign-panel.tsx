import { useState } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { Async, ErrorSummary, ProblemMessage, Select } from '../../../ui/components';
import { keys } from '../../../queries/keys';
import { useApiQuery } from '../../../queries/use-api-query';
import { useInvalidate } from '../../../queries/use-invalidate';
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

/** Pick reviewers for one proposal, above the table of its assignments; the API finds conflicts. */
export function AssignPanel({ proposalId }: { proposalId: string }) {
  const t = useT(assignTexts);
  const tc = useT(consoleTexts);
  const name = useUserNames();
  const [stage, setStage] = useState<Stage>('document');
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState(0);
  const existing = useApiQuery(keys.proposals.assignments(proposalId), (signal) =>
    call('GET /api/v1/proposals/{id}/assignments', { path: { id: proposalId }, signal }),
  );
  const invalidate = useInvalidate();
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [failure, setFailure] = useState<ApiError>();

  const start = () => {
    setFailure(undefined);
    if (selected.length === 0) {
      setErrors([{ fieldId: 'assign-stage', message: t('noneSelected') }]);
      return;
    }
    setErrors([]);
    setConfirming(true);
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
      setSelected([]);
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
      <Select id="assign-stage" label={t('stage')} value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {tc(stageLabel[s])}
          </option>
        ))}
      </Select>
      <ReviewerPicker
        idPrefix="assign"
        legend={t('reviewers')}
        selected={selected}
        onChange={setSelected}
        stage={stage}
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
