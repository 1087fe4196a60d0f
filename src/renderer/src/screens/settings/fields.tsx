// The settings screen's controls. Each is labelled, keyboard-operable, and saves as it changes;
// a value that cannot be saved shows a plain message beside the field and changes nothing.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type ErrorAction, errorDetail, errorSentence } from '../../../../shared/error-words';
import { updateSettings } from '../../app/use-main-state';
import { useUnsaved } from '../../ui/unsaved';

/** A control's label and, when given, its hint (referenced by the control as `${id}-d`). */
function FieldLabel({ id, label, description }: { id: string; label: ReactNode; description?: ReactNode }) {
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

/** A sentence for the person about what didn't work and what to do; the raw detail goes to the log. */
export function personMessage(action: ErrorAction, err: unknown): string {
  const detail = errorDetail(err);
  console.warn(`attune: ${action}: ${detail}`);
  return errorSentence(action, detail);
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

export function FieldError({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {message}
    </p>
  );
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

interface NumberFieldProps {
  label: string;
  description?: ReactNode;
  value: number;
  min: number;
  max: number;
  step?: number;
  unit?: string;
  /** Saves a valid value; resolves to an error message or null. */
  onCommit: (value: number) => Promise<string | null>;
  testId?: string;
}

/** How long a typed number waits before it is saved (so "45" is not first saved as "4"). */
const NUMBER_SETTLE_MS = 500;

function numberProblem(text: string, min: number, max: number, step: number): string | null {
  const range = `Choose a number from ${min} to ${max}.`;
  if (text.trim() === '') return `This needs a number. ${range}`;
  const n = Number(text);
  if (!Number.isFinite(n)) return `That isn’t a number. ${range}`;
  if (n < min || n > max) return `${text} is outside what Attune allows here. ${range}`;
  if (Math.abs(n / step - Math.round(n / step)) > 1e-9)
    return step === 1 ? 'Please use a whole number.' : `Please use steps of ${step}.`;
  return null;
}

/**
 * A number typed or stepped with the arrow keys. A valid value is saved once typing settles (or
 * at once on Enter or leaving the field); an invalid one shows why and is not saved.
 */
export function NumberField({
  label,
  description,
  value,
  min,
  max,
  step = 1,
  unit,
  onCommit,
  testId,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!editing.current) setDraft(String(value));
  }, [value]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  /** Saves `text` if it is valid; resolves to why it isn't saved, or null. */
  const commit = async (text: string): Promise<string | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const problem = numberProblem(text, min, max, step);
    if (problem) {
      setError(problem);
      setShown(true);
      return problem;
    }
    const n = Number(text);
    if (n === value) {
      setError(null);
      return null;
    }
    const failed = await onCommit(n);
    setError(failed);
    setShown(failed !== null);
    return failed;
  };

  // Typed but not saved yet (settling, or not a value Attune can keep): closing saves or asks.
  const dirty = draft.trim() === '' || Number(draft) !== value;
  useUnsaved(
    dirty
      ? {
          label,
          problem: shown ? error : null,
          flush: () => commit(draft),
          focus: () => input.current?.focus(),
        }
      : null,
  );

  const invalid = shown && error !== null;
  return (
    <div className="field field-number">
      <FieldLabel id={id} label={label} description={description} />
      <div className="number-row">
        <input
          ref={input}
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={draft}
          aria-invalid={invalid || undefined}
          aria-describedby={[description ? `${id}-d` : '', `${id}-e`].join(' ').trim()}
          data-testid={testId}
          onFocus={() => {
            editing.current = true;
          }}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            const problem = numberProblem(text, min, max, step);
            // Once a message is showing it follows the typing; otherwise it waits for a pause.
            if (shown) setError(problem);
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => void commit(text), NUMBER_SETTLE_MS);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit(e.currentTarget.value);
          }}
          onBlur={(e) => {
            editing.current = false;
            void commit(e.currentTarget.value);
          }}
        />
        {unit ? <span className="number-unit">{unit}</span> : null}
      </div>
      <FieldError id={`${id}-e`} message={invalid ? error : null} />
    </div>
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

interface RangeFieldProps {
  label: string;
  description?: ReactNode;
  value: number;
  min: number;
  max: number;
  step: number;
  valueText: (value: number) => string;
  onChange: (value: number) => Promise<string | null>;
  disabled?: boolean;
  testId?: string;
}

/** A slider; its value is spoken and shown in words. */
export function RangeField({
  label,
  description,
  value,
  min,
  max,
  step,
  valueText,
  onChange,
  disabled,
  testId,
}: RangeFieldProps) {
  const id = useId();
  const [local, setLocal] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setLocal(value), [value]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  useUnsaved(
    local !== value
      ? {
          label,
          problem: null,
          flush: async () => {
            if (timer.current) clearTimeout(timer.current);
            timer.current = null;
            const failed = await onChange(local);
            setError(failed);
            return failed;
          },
          focus: () => input.current?.focus(),
        }
      : null,
  );
  return (
    <div className="field field-range">
      <FieldLabel id={id} label={label} description={description} />
      <div className="range-row">
        <input
          ref={input}
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={local}
          disabled={disabled}
          aria-valuetext={valueText(local)}
          aria-describedby={description ? `${id}-d` : undefined}
          data-testid={testId}
          onChange={(e) => {
            const v = Number(e.currentTarget.value);
            setLocal(v);
            // A drag passes through many values: save where it comes to rest.
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => void onChange(v).then(setError), 150);
          }}
        />
        <output htmlFor={id} className="range-value">
          {valueText(local)}
        </output>
      </div>
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
