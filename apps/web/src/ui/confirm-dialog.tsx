import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { common } from './texts';

/**
 * A modal confirmation on the native <dialog>: focus moves in and is trapped by the browser, Escape cancels,
 * and focus returns to what opened it (remembered here, because closing from React does not always restore it).
 * The confirm button is disabled while `busy`, so a slow request cannot be sent twice.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger,
  busy,
  className = 'confirm-dialog',
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  /** Defaults to the common 実行する / Confirm. */
  confirmLabel?: string;
  /** Defaults to the common キャンセル / Cancel. */
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  className?: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT(common);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      (opener.current as HTMLElement | null)?.focus?.();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div>{children}</div>
      <div className="button-row">
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button'}
          data-confirm
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel ?? t('confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {cancelLabel ?? t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
