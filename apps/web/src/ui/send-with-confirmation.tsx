import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { useAction, type ActionState } from './use-action';

export interface ConfirmedSend extends ActionState {
  /** The confirmation is open. */
  confirming: boolean;
  /** For react-hook-form's handleSubmit: the form is valid, so ask before sending. */
  ask: () => void;
  cancel: () => void;
  /** Sends (the dialog's confirm button), then closes the confirmation whichever way the API answered. */
  send: () => Promise<void>;
}

/**
 * A form that sends once the person confirms: useAction (ui/use-action.ts) keeps the problem of the last attempt and
 * what the last success said; `act` sends and answers that text.
 */
export function useConfirmedSend(act: () => Promise<string | void>): ConfirmedSend {
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  return {
    ...action,
    confirming,
    ask: () => setConfirming(true),
    cancel: () => setConfirming(false),
    send: async () => {
      await action.run(act);
      setConfirming(false);
    },
  };
}

/**
 * The end of such a form: its submit button, and the confirmation it opens, whose confirm button says the same and is
 * disabled while the request runs (so a slow request cannot be sent twice).
 */
export function SendWithConfirmation({
  sending,
  label,
  title,
  action,
  dialogClassName,
  children,
}: {
  sending: ConfirmedSend;
  label: string;
  title: string;
  /** `data-action` of the submit button, where tests and pages tell one form's button from another's. */
  action?: string;
  /** The dialog's style where an area has its own (the console's `console-dialog`). */
  dialogClassName?: string;
  children: ReactNode;
}) {
  return (
    <>
      <div className="button-row">
        <button type="submit" className="button" data-action={action}>
          {label}
        </button>
      </div>
      <ConfirmDialog
        open={sending.confirming}
        title={title}
        busy={sending.busy}
        className={dialogClassName}
        confirmLabel={label}
        onConfirm={() => void sending.send()}
        onCancel={sending.cancel}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
