import { useState } from 'react';
import { call, newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary, ProblemMessage, Select, StatusBadge } from '../../../ui/components';
import { STAGES, type Assignment, type Stage } from '../models';
import { consoleTexts } from '../texts';
import { assignTexts } from './assign-texts';
import { ConfirmDialog } from './confirm-dialog';
import { ReviewerPicker, useUserNames } from './reviewer-picker';

const stageLabel = {
  document: 'stageDocument',
  presentation: 'stagePresentation',
  project_end: 'stageProject_end',
} as const;

/** Pick reviewers for one proposal; the API finds conflicts, shown beside each assignment it made. */
export function AssignPanel({ proposalId }: { proposalId: string }) {
  const t = useT(assignTexts);
  const tc = useT(consoleTexts);
  const name = useUserNames();
  const [stage, setStage] = useState<Stage>('document');
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Assignment[]>([]);
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
      setMade((m) => [...m, ...result]);
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
      <ReviewerPicker idPrefix="assign" legend={t('reviewers')} selected={selected} onChange={setSelected} />
      <button type="button" id="assign-submit" className="button" onClick={start}>
        {t('assign')}
      </button>
      {failure ? <ProblemMessage error={failure} /> : null}
      <div role="status" aria-live="polite">
        {made.length > 0 ? (
          <table>
            <caption>{t('assigned')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviewer')}</th>
                <th scope="col">{t('stage')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {made.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{name(a.reviewerId)}</th>
                  <td>{tc(stageLabel[a.stage])}</td>
                  <td>
                    {a.status === 'conflicted' ? (
                      <>
                        <StatusBadge tone="bad">{t('conflict')}</StatusBadge>{' '}
                        {a.conflictKind === 'automatic'
                          ? t('conflictAutomatic')
                          : a.conflictReason
                            ? t('conflictReason', { reason: a.conflictReason })
                            : null}
                      </>
                    ) : (
                      <StatusBadge tone="good">{t('assigned')}</StatusBadge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
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
