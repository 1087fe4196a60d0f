// A real modal dialog (native <dialog> with showModal): focus moves in, stays in, starts on the
// safe choice, and returns to what opened it (or, when that has just turned off — "Delete
// history…" with no history left — to the nearest control that still works). Tab and Shift+Tab
// go round the dialog's buttons; Esc cancels the dialog only — not the window.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { FOCUSABLE_SELECTOR, focusNearby, usable } from '../../ui/focus';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The confirm button waits for something first (e.g. a tick that the person understands). */
  confirmDisabled?: boolean;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  confirmDisabled = false,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      focusNearby(opener.current);
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      onCancel={(e) => {
        // Esc: close through React state so focus goes back to the opener.
        e.preventDefault();
        onCancel();
      }}
      onKeyDown={(e) => {
        // The screen closes its window on Esc; inside the dialog, Esc belongs to the dialog.
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Tab') {
          // Focus stays in the dialog until it closes: past the last control, back to the first.
          const controls = [...e.currentTarget.querySelectorAll(FOCUSABLE_SELECTOR)].filter(usable);
          const first = controls[0];
          const last = controls[controls.length - 1];
          if (e.shiftKey && document.activeElement === first) {
            e.preventDefault();
            last?.focus();
          } else if (!e.shiftKey && document.activeElement === last) {
            e.preventDefault();
            first?.focus();
          }
        }
      }}
    >
      <h2 id={`${id}-t`}>{title}</h2>
      <div id={`${id}-d`}>{children}</div>
      <div className="confirm-actions">
        <button type="button" ref={cancelRef} className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button button-primary" disabled={confirmDisabled} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
