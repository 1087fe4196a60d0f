// The parts every settings field is made of: its label and hint, and the message beside it.
import type { ReactNode } from 'react';

/** A control's label and, when given, its hint (referenced by the control as `${id}-d`). */
export function FieldLabel({ id, label, description }: { id: string; label: ReactNode; description?: ReactNode }) {
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {description ? (
        <p id={`${id}-d`} className="field-hint">
          {description}
        </p>
      ) : null}
    </>
  );
}

export function FieldError({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {message}
    </p>
  );
}
