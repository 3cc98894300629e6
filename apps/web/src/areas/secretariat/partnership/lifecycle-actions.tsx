import { useState } from 'react';
import { ApiError } from '../../../api/problem';
import { useT } from '../../../i18n/i18n';
import type { Partnership } from '../../../partnership/partnership-models';
import { ProblemMessage } from '../../../ui/components';
import { ConfirmDialog } from '../components/confirm-dialog';
import { stateKey, stateTexts } from '../texts';
import { partnershipPageTexts } from './partnership-page-texts';
import { sendEvent } from './send-event';

type Step = 'START' | 'END';

/** 事業を開始する (START) and 事業を終了する (END), each after a confirmation; shown only when allowed now. */
export function LifecycleActions({
  partnership,
  onMoved,
}: {
  partnership: Partnership;
  onMoved: (message: string) => Promise<unknown>;
}) {
  const t = useT(partnershipPageTexts);
  const ts = useT(stateTexts);
  const [open, setOpen] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError>();
  const steps = (['START', 'END'] as const).filter((s) => partnership.proposal.allowedEvents.includes(s));
  if (steps.length === 0) return null;

  const send = async () => {
    if (!open) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const next = await sendEvent(partnership, { type: open });
      setOpen(null);
      await onMoved(t('moved', { state: ts(stateKey(next.state)) }));
    } catch (error) {
      setOpen(null);
      if (error instanceof ApiError) setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="lifecycle-actions">
      {problem ? <ProblemMessage error={problem} /> : null}
      <div className="button-row">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            className={step === 'END' ? 'button button-danger' : 'button'}
            data-event={step}
            onClick={() => setOpen(step)}
          >
            {t(step === 'START' ? 'start' : 'end')}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={open !== null}
        title={open === 'END' ? t('endTitle') : t('startTitle')}
        danger={open === 'END'}
        busy={busy}
        confirmLabel={open === 'END' ? t('end') : t('start')}
        onConfirm={() => void send()}
        onCancel={() => setOpen(null)}
      >
        <p>{open === 'END' ? t('endBody') : t('startBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
