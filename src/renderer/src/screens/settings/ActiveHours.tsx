// Active hours: several time ranges, each on chosen weekdays; a range whose end is earlier than
// its start runs past midnight. The whole list saves when every range in it makes sense.
import { useEffect, useId, useRef, useState } from 'react';
import { crossesMidnight } from '../../../../shared/day-preview';
import type { ActiveRange } from '../../../../shared/settings';
import { FieldError, save } from './fields';

/** Monday first, as most calendars show it; values are JavaScript's (0 = Sunday). */
const WEEKDAYS = [
  { value: 1, short: 'Mon', long: 'Monday' },
  { value: 2, short: 'Tue', long: 'Tuesday' },
  { value: 3, short: 'Wed', long: 'Wednesday' },
  { value: 4, short: 'Thu', long: 'Thursday' },
  { value: 5, short: 'Fri', long: 'Friday' },
  { value: 6, short: 'Sat', long: 'Saturday' },
  { value: 0, short: 'Sun', long: 'Sunday' },
] as const;

const MAX_RANGES = 28;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

function rangeProblem(r: ActiveRange): string | null {
  if (r.days.length === 0) return 'Pick at least one day for this range.';
  if (!CLOCK.test(r.start) || !CLOCK.test(r.end)) return 'Please enter both times, like 09:00.';
  if (r.start === r.end) return 'The start and end are the same time. Choose an end that differs.';
  return null;
}

const sortDays = (days: number[]) => [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));

export function ActiveHours({ ranges }: { ranges: readonly ActiveRange[] }) {
  const [draft, setDraft] = useState<ActiveRange[]>(() => structuredClone([...ranges]));
  const [errors, setErrors] = useState<(string | null)[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [focusRange, setFocusRange] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  const incomplete = errors.some((e) => e !== null);

  // Follow changes made elsewhere (another window), unless a range is half-edited here.
  const incoming = JSON.stringify(ranges);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `incoming` stands for `ranges`
  useEffect(() => {
    if (!incomplete) setDraft(JSON.parse(incoming) as ActiveRange[]);
  }, [incoming]);

  useEffect(() => {
    if (focusRange === null) return;
    listRef.current?.querySelectorAll<HTMLElement>('.range-card')[focusRange]?.querySelector('input')?.focus();
    setFocusRange(null);
  }, [focusRange]);

  const change = async (next: ActiveRange[]) => {
    setDraft(next);
    const problems = next.map(rangeProblem);
    setErrors(problems);
    if (problems.some((p) => p !== null)) return;
    setSaveError(await save({ schedule: { activeHours: next } }));
  };

  const update = (i: number, patch: Partial<ActiveRange>) =>
    change(draft.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <fieldset className="field active-hours" aria-describedby={hintId}>
      <legend className="field-label">Active hours</legend>
      <p id={hintId} className="field-hint">
        Pauses are only offered within these hours. A range can run past midnight, ending the next morning.
      </p>
      {draft.length === 0 ? (
        <p className="muted active-hours-empty">
          No active hours yet, so Attune won’t offer pauses on its own. Add a range when you’d like some.
        </p>
      ) : null}
      <ol className="range-list" ref={listRef}>
        {draft.map((r, i) => {
          const n = i + 1;
          const overnight = CLOCK.test(r.start) && CLOCK.test(r.end) && crossesMidnight(r);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity beyond their place
            <li key={i} className="range-card" data-testid={`range-${n}`}>
              <fieldset className="range-fields" aria-describedby={`${hintId}-e${i}`}>
                <legend className="range-title">Range {n}</legend>
                <fieldset className="weekday-picks">
                  <legend className="visually-hidden">Days for range {n}</legend>
                  {WEEKDAYS.map((d) => (
                    <label key={d.value} className="weekday">
                      <input
                        type="checkbox"
                        checked={r.days.includes(d.value)}
                        aria-label={d.long}
                        onChange={(e) =>
                          void update(i, {
                            days: e.currentTarget.checked
                              ? sortDays([...r.days, d.value])
                              : r.days.filter((x) => x !== d.value),
                          })
                        }
                      />
                      <span aria-hidden="true">{d.short}</span>
                    </label>
                  ))}
                </fieldset>
                <div className="range-times">
                  <label>
                    <span>From</span>
                    <input
                      type="time"
                      value={r.start}
                      aria-label={`Range ${n} starts at`}
                      onChange={(e) => void update(i, { start: e.currentTarget.value })}
                    />
                  </label>
                  <label>
                    <span>until</span>
                    <input
                      type="time"
                      value={r.end}
                      aria-label={`Range ${n} ends at`}
                      onChange={(e) => void update(i, { end: e.currentTarget.value })}
                    />
                  </label>
                  {overnight ? <span className="range-overnight">ends the next morning</span> : null}
                  <button
                    type="button"
                    className="button button-quiet range-remove"
                    aria-label={`Remove range ${n}`}
                    onClick={() => {
                      const next = draft.filter((_, j) => j !== i);
                      void change(next);
                      // Focus stays nearby: the range that took its place, or the add button.
                      if (next.length > 0) setFocusRange(Math.min(i, next.length - 1));
                      else addRef.current?.focus();
                    }}
                  >
                    Remove
                  </button>
                </div>
                <FieldError id={`${hintId}-e${i}`} message={errors[i] ?? null} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        ref={addRef}
        className="button"
        disabled={draft.length >= MAX_RANGES}
        onClick={() => {
          void change([...draft, { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }]);
          setFocusRange(draft.length);
        }}
      >
        Add a time range
      </button>
      <FieldError id={`${hintId}-save`} message={saveError} />
    </fieldset>
  );
}
