// Active hours: several time ranges, each on chosen weekdays; a range whose end is earlier than
// its start runs past midnight. Every range that makes sense is saved as it changes; one that
// doesn't (no days, equal times, a repeat of another) says so, and Attune keeps its last saved
// version (or, for a new one, leaves it out) until it's fixed.
import { useEffect, useId, useRef, useState } from 'react';
import { crossesMidnight } from '../../../../shared/day-preview';
import type { ActiveRange } from '../../../../shared/settings';
import { useUnsaved } from '../../ui/unsaved';
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

function rangeProblem(r: ActiveRange, before: readonly ActiveRange[]): string | null {
  if (r.days.length === 0) return 'Pick at least one day for this range.';
  if (!CLOCK.test(r.start) || !CLOCK.test(r.end)) return 'Please enter both times, like 09:00.';
  if (r.start === r.end) return 'The start and end are the same time. Choose an end that differs.';
  const twin = before.findIndex(
    (o) =>
      o.start === r.start &&
      o.end === r.end &&
      o.days.length === r.days.length &&
      o.days.every((d) => r.days.includes(d)),
  );
  if (twin >= 0) return `This is the same as range ${twin + 1}, so it adds nothing. Change it or remove it.`;
  return null;
}

const problemsOf = (list: readonly ActiveRange[]) => list.map((r, i) => rangeProblem(r, list.slice(0, i)));

const sortDays = (days: number[]) => [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));

export function ActiveHours({ ranges }: { ranges: readonly ActiveRange[] }) {
  const [draft, setDraft] = useState<ActiveRange[]>(() => structuredClone([...ranges]));
  const [errors, setErrors] = useState<(string | null)[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [focusRange, setFocusRange] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Each range's last version that made sense (null for a new range that never has), by place.
  const lastGood = useRef<(ActiveRange | null)[]>([...ranges]);
  const hintId = useId();
  const incomplete = errors.some((e) => e !== null);

  // Follow changes made elsewhere (another window), unless a range is half-edited here.
  const incoming = JSON.stringify(ranges);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `incoming` stands for `ranges`
  useEffect(() => {
    if (incomplete) return;
    setDraft(JSON.parse(incoming) as ActiveRange[]);
    lastGood.current = JSON.parse(incoming) as ActiveRange[];
  }, [incoming]);

  useEffect(() => {
    if (focusRange === null) return;
    listRef.current?.querySelectorAll<HTMLElement>('.range-card')[focusRange]?.querySelector('input')?.focus();
    setFocusRange(null);
  }, [focusRange]);

  /** Shows `next` and saves every range in it that makes sense. Resolves to what isn't saved. */
  const change = async (next: ActiveRange[], removed?: number): Promise<string | null> => {
    setDraft(next);
    const problems = problemsOf(next);
    setErrors(problems);
    const kept = removed === undefined ? lastGood.current : lastGood.current.filter((_, j) => j !== removed);
    lastGood.current = next.map((r, i) => (problems[i] === null ? r : (kept[i] ?? null)));
    const valid = lastGood.current.filter((r): r is ActiveRange => r !== null);
    if (JSON.stringify(valid) !== JSON.stringify(ranges)) {
      const failed = await save({ schedule: { activeHours: valid } });
      setSaveError(failed);
      if (failed) return failed;
    }
    const first = problems.findIndex((p) => p !== null);
    return first >= 0 ? (problems[first] ?? null) : null;
  };

  // A range that can't be saved yet: closing the window asks about it; the header names it.
  const bad = errors.findIndex((e) => e !== null);
  useUnsaved(
    bad >= 0
      ? {
          label: `Active hours, range ${bad + 1}`,
          problem: errors[bad] ?? null,
          flush: () => change(draft),
          // To the part that needs changing: the days when none is picked, else the times.
          focus: () =>
            listRef.current
              ?.querySelectorAll<HTMLElement>('.range-card')
              [bad]?.querySelector<HTMLElement>(draft[bad]?.days.length === 0 ? 'input' : 'input[type="time"]')
              ?.focus(),
        }
      : null,
  );

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
                      void change(next, i);
                      // Focus stays nearby: the range that took its place, or the add button.
                      if (next.length > 0) setFocusRange(Math.min(i, next.length - 1));
                      else addRef.current?.focus();
                    }}
                  >
                    Remove
                  </button>
                </div>
                <FieldError
                  id={`${hintId}-e${i}`}
                  message={
                    errors[i]
                      ? `${errors[i]} Not saved yet: until it’s fixed, ${lastGood.current[i] ? 'Attune keeps this range as it was' : 'Attune uses your other ranges'}.`
                      : null
                  }
                />
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
        aria-describedby={`${hintId}-full`}
        onClick={() => {
          void change([...draft, { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }]);
          setFocusRange(draft.length);
        }}
      >
        Add a time range
      </button>
      <p id={`${hintId}-full`} className="field-note">
        {draft.length >= MAX_RANGES ? `Attune keeps up to ${MAX_RANGES} ranges. To add another, remove one first.` : ''}
      </p>
      <FieldError id={`${hintId}-save`} message={saveError} />
    </fieldset>
  );
}
