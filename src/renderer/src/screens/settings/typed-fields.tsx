// The settings fields whose value is typed or dragged: a number and a slider. Each saves once the
// value settles, and registers what is not saved yet (see ui/unsaved.ts) so closing the window
// saves it first, or asks when it can't be saved.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { Translator } from '../../../../shared/i18n/translator';
import { useT } from '../../app/i18n';
import { useUnsaved } from '../../ui/unsaved';
import { FieldError, FieldLabel } from './field-parts';

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

/** Marks a message about the typed value itself (as opposed to a sentence from main). */
const TYPED = Symbol('typed');

/** How long a typed number waits before it is saved (so "45" is not first saved as "4"). */
const NUMBER_SETTLE_MS = 500;

function numberProblem(t: Translator['t'], text: string, min: number, max: number, step: number): string | null {
  if (text.trim() === '') return t('settings.number.empty', { min, max });
  const n = Number(text);
  if (!Number.isFinite(n)) return t('settings.number.notNumber', { min, max });
  if (n < min || n > max) return t('settings.number.outside', { value: text, min, max });
  const wholeNumbers = step === 1; // a step, not a count: "a whole number" reads better than "steps of 1"
  if (Math.abs(n / step - Math.round(n / step)) > 1e-9)
    return wholeNumbers ? t('settings.number.whole') : t('settings.number.step', { step });
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
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  // What is wrong: the typed value (worded at each render, so a language switch rewords it), or a
  // sentence from main about a save that didn't happen.
  const [error, setError] = useState<typeof TYPED | string | null>(null);
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
    const problem = numberProblem(t, text, min, max, step);
    if (problem) {
      setError(TYPED);
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

  const message = error === TYPED ? numberProblem(t, draft, min, max, step) : error;
  // Typed but not saved yet (settling, or not a value Attune can keep): closing saves or asks.
  const dirty = draft.trim() === '' || Number(draft) !== value;
  useUnsaved(
    dirty
      ? {
          label,
          problem: shown ? message : null,
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
            const problem = numberProblem(t, text, min, max, step);
            // Once a message is showing it follows the typing; otherwise it waits for a pause.
            if (shown) setError(problem === null ? null : TYPED);
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
      <FieldError id={`${id}-e`} message={invalid ? message : null} />
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
