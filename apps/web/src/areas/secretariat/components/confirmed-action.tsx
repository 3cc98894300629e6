import { useState } from 'react';
import type { ApiError } from '../../../api/problem';
import { ProblemMessage } from '../../../ui/components';
import { useAction, type ActionState } from '../../../ui/use-action';

export interface ConfirmedAction extends ActionState {
  /** True while the confirmed request runs, for the dialog's confirm button. */
  busy: boolean;
  /** Runs `act` as useAction's `run` does, busy meanwhile, and closes the confirmation after. */
  confirm(act: () => Promise<string | void>): Promise<void>;
}

/**
 * The console's "confirm, then send" buttons: useAction (ui/use-action.ts) for the problem and the notice,
 * plus the dialog's busy flag and its closing (`close`) once the request has answered, whichever way.
 */
export function useConfirmedAction(close: () => void): ConfirmedAction {
  const action = useAction();
  const [busy, setBusy] = useState(false);
  const confirm = async (act: () => Promise<string | void>) => {
    setBusy(true);
    try {
      await action.run(act);
    } finally {
      setBusy(false);
      close();
    }
  };
  return { ...action, busy, confirm };
}

/** The problem of the last attempt, then the polite live region with what the last success said. */
export function ActionOutcome({ failure, notice }: { failure: ApiError | null; notice: string }) {
  return (
    <>
      {failure ? <ProblemMessage error={failure} /> : null}
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </>
  );
}
