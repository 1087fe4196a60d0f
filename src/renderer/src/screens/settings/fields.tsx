// The settings screen's controls. Each is labelled, keyboard-operable, and saves as it changes;
// a value that cannot be saved shows a plain message beside the field and changes nothing.
import { type ReactNode, useId, useState } from 'react';
import { type ErrorAction, errorDetail, errorSentence } from '../../../../shared/error-words';
import { translator } from '../../app/i18n';
import { updateSettings } from '../../app/use-main-state';
import { FieldError, FieldLabel } from './field-parts';

// The typed fields (a number, a slider) live beside this file; they are re-exported here so every
// section imports its controls from one place.
export { NumberField, RangeField } from './typed-fields';
export { FieldError };

/** A sentence for the person about what didn't work and what to do; the raw detail goes to the log. */
export function personMessage(action: ErrorAction, err: unknown): string {
  const detail = errorDetail(err);
  console.warn(`attune: ${action}: ${detail}`);
  return errorSentence(translator(), action, detail);
}

/** Saves a patch; resolves to an error message, or null when it was saved. */
export async function save(patch: Record<string, unknown>): Promise<string | null> {
  try {
    await updateSettings(patch);
    return null;
  } catch (err) {
    return personMessage('save', err);
  }
}

interface ToggleProps {
  label: string;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => Promise<string | null>;
  disabled?: boolean;
  testId?: string;
}

/** An on/off setting: a checkbox presented as a switch. */
export function Toggle({ label, description, checked, onChange, disabled, testId }: ToggleProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field field-toggle">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch"
        checked={checked}
        aria-checked={checked}
        disabled={disabled}
        aria-describedby={[description ? `${id}-d` : '', `${id}-e`].join(' ').trim()}
        data-testid={testId}
        onChange={(e) => void onChange(e.currentTarget.checked).then(setError)}
      />
      <div>
        <FieldLabel id={id} label={label} description={description} />
        <FieldError id={`${id}-e`} message={error} />
      </div>
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface RadioGroupProps<T extends string> {
  legend: string;
  description?: ReactNode;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => Promise<string | null>;
  layout?: 'row' | 'column';
}

/** One choice of several: a fieldset of radio buttons (arrow keys move between them). */
export function RadioGroup<T extends string>({
  legend,
  description,
  name,
  value,
  choices,
  onChange,
  layout = 'column',
}: RadioGroupProps<T>) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset
      className={`field field-radios field-radios-${layout}`}
      aria-describedby={[description ? `${id}-d` : '', `${id}-e`].join(' ').trim()}
    >
      <legend className="field-label">{legend}</legend>
      {description ? (
        <p id={`${id}-d`} className="field-hint">
          {description}
        </p>
      ) : null}
      <div className="radios">
        {choices.map((c) => (
          <label key={c.value} className="radio">
            <input
              type="radio"
              name={`${name}-${id}`}
              value={c.value}
              checked={value === c.value}
              onChange={() => void onChange(c.value).then(setError)}
            />
            <span>
              <span className="radio-label">{c.label}</span>
              {c.hint ? <span className="radio-hint">{c.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-e`} message={error} />
    </fieldset>
  );
}

interface SelectFieldProps {
  label: string;
  description?: ReactNode;
  value: number;
  options: readonly { value: number; label: string }[];
  /** How to name a saved value that is not among the options (from an older version or a file). */
  nameFor: (value: number) => string;
  onChange: (value: number) => Promise<string | null>;
  testId?: string;
}

/** A choice from a short list of sensible values. */
export function SelectField({ label, description, value, options, nameFor, onChange, testId }: SelectFieldProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const all = options.some((o) => o.value === value)
    ? options
    : [...options, { value, label: nameFor(value) }].sort((a, b) => a.value - b.value);
  return (
    <div className="field field-select">
      <FieldLabel id={id} label={label} description={description} />
      <select
        id={id}
        value={value}
        aria-describedby={[description ? `${id}-d` : '', `${id}-e`].join(' ').trim()}
        data-testid={testId}
        onChange={(e) => void onChange(Number(e.currentTarget.value)).then(setError)}
      >
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-e`} message={error} />
    </div>
  );
}

/** A section of the settings page: a card with a heading the page's jump links point to. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="settings-section card" id={id} aria-labelledby={`${id}-h`} tabIndex={-1}>
      <h2 id={`${id}-h`}>{title}</h2>
      {intro ? <p className="section-intro muted">{intro}</p> : null}
      {children}
    </section>
  );
}
