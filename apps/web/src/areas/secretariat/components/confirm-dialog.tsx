import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';
import { consoleTexts } from '../texts';

/**
 * A modal confirmation on the native <dialog>: focus moves into it, Escape cancels, focus returns to the
 * button that opened it. The confirm button is disabled while `busy`.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT(consoleTexts);
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
      className="console-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
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
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
