import { useState } from 'react';
import { call, newIdempotencyKey } from '../api/client';
import { ApiError } from '../api/problem';
import { useT } from '../i18n/i18n';
import { ProblemMessage, TextField } from '../ui/components';
import type { Milestone, Partnership } from './partnership-models';
import { partnershipTexts } from './partnership-texts';
import { resultsTexts } from './results-texts';

/** A recorded milestone's status: done on a day, or delayed with why. */
export function MilestoneStatus({
  partnership,
  milestone,
  onChanged,
}: {
  partnership: Partnership;
  milestone: Milestone;
  onChanged: (next: Partnership, message: string) => void;
}) {
  const t = useT(resultsTexts);
  const tp = useT(partnershipTexts);
  const [doneOn, setDoneOn] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ doneOn?: string; note?: string }>({});
  const [problem, setProblem] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const base = `ms-${milestone.id.slice(0, 8)}`;

  const send = async (status: 'done' | 'delayed') => {
    if (status === 'done' && !doneOn) {
      setErrors({ doneOn: t('errDoneOn') });
      document.getElementById(`${base}-done`)?.focus();
      return;
    }
    if (status === 'delayed' && !note.trim()) {
      setErrors({ note: t('errDelayNote') });
      document.getElementById(`${base}-note`)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    setProblem(undefined);
    try {
      const next = await call('POST /api/v1/proposals/{id}/milestones/{milestoneId}/status', {
        path: { id: partnership.proposal.id, milestoneId: milestone.id },
        body: status === 'done' ? { status, doneOn } : { status, note: note.trim() },
        idempotencyKey: newIdempotencyKey(),
      });
      onChanged(next, t('statusSet', { title: milestone.title, status: tp(status) }));
    } catch (failure) {
      if (failure instanceof ApiError) setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="milestone-status">
      {problem ? <ProblemMessage error={problem} /> : null}
      <TextField
        id={`${base}-done`}
        type="date"
        label={`${t('doneOn')}（${milestone.title}）`}
        error={errors.doneOn}
        value={doneOn}
        onChange={(event) => setDoneOn(event.target.value)}
      />
      <button type="button" className="button" disabled={busy} onClick={() => void send('done')}>
        {t('markDone')}
      </button>
      <TextField
        id={`${base}-note`}
        label={`${t('delayNote')}（${milestone.title}）`}
        error={errors.note}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void send('delayed')}>
        {t('markDelayed')}
      </button>
    </div>
  );
}
