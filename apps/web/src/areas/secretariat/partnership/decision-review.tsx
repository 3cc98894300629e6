import { useState } from 'react';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import type { Partnership } from '../../../partnership/partnership-models';
import { ProblemMessage, TextArea } from '../../../ui/components';
import { partnershipPageTexts } from './partnership-page-texts';

/**
 * The secretariat's answer to a progress report, a plan change or a results report: accept (approve) it, or return it
 * with a note. The note is required to return, checked here before anything is sent.
 */
export function DecisionReview({
  id,
  noteId = `review-note-${id}`,
  acceptLabel,
  send,
  onReviewed,
}: {
  id: string;
  /** The note field's id, where pages and tests name it. */
  noteId?: string;
  acceptLabel: string;
  send: (decision: 'accept' | 'return', note: string) => Promise<Partnership>;
  onReviewed: (next: Partnership, decision: 'accept' | 'return') => void;
}) {
  const t = useT(partnershipPageTexts);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [problem, setProblem] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const review = async (decision: 'accept' | 'return') => {
    if (decision === 'return' && !note.trim()) {
      setError(t('errReturn'));
      document.getElementById(noteId)?.focus();
      return;
    }
    setError('');
    setBusy(true);
    setProblem(undefined);
    try {
      onReviewed(await send(decision, note.trim()), decision);
    } catch (failure) {
      if (failure instanceof ApiError) setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-review">
      {problem ? <ProblemMessage error={problem} /> : null}
      <TextArea
        id={noteId}
        rows={2}
        label={t('returnLabel')}
        error={error || undefined}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void review('accept')}>
          {acceptLabel}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void review('return')}>
          {t('return')}
        </button>
      </div>
    </div>
  );
}
