// Active hours: several time ranges, each on chosen weekdays; a range whose end is earlier than
// its start runs past midnight. Every range that makes sense is saved as it changes; one that
// doesn't (no days, equal times, a repeat of another) says so, and Attune keeps its last saved
// version (or, for a new one, leaves it out) until it's fixed.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { crossesMidnight } from '../../../../shared/day-preview';
import type { Translator } from '../../../../shared/i18n/translator';
import { weekdayName, weekdayOrder } from '../../../../shared/i18n/week';
import type { ActiveRange } from '../../../../shared/settings';
import { useT } from '../../app/i18n';
import { useUnsaved } from '../../ui/unsaved';
import { FieldError, save } from './fields';

const MAX_RANGES = 28;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

function rangeProblem(t: Translator['t'], r: ActiveRange, before: readonly ActiveRange[]): string | null {
  if (r.days.length === 0) return t('settings.activeHours.noDays');
  if (!CLOCK.test(r.start) || !CLOCK.test(r.end)) return t('settings.activeHours.bothTimes');
  if (r.start === r.end) return t('settings.activeHours.sameTimes');
  const twin = before.findIndex(
    (o) =>
      o.start === r.start &&
      o.end === r.end &&
      o.days.length === r.days.length &&
      o.days.every((d) => r.days.includes(d)),
  );
  if (twin >= 0) return t('settings.activeHours.twin', { n: twin + 1 });
  return null;
}

const problemsOf = (t: Translator['t'], list: readonly ActiveRange[]) =>
  list.map((r, i) => rangeProblem(t, r, list.slice(0, i)));

/** The weekday pickers in the order the person's calendar shows them, named in their language. */
function weekdays(locale: string) {
  return weekdayOrder(locale).map((value) => ({
    value,
    short: weekdayName(value, locale, 'short'),
    long: weekdayName(value, locale, 'long'),
  }));
}

const sortDays = (days: number[]) => [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));

export function ActiveHours({ ranges }: { ranges: readonly ActiveRange[] }) {
  const { t, locale } = useT();
  const days = useMemo(() => weekdays(locale), [locale]);
  const [draft, setDraft] = useState<ActiveRange[]>(() => structuredClone([...ranges]));
  // Whether the person has changed a range here: only then are problems shown. They are worded at
  // each render, so a language switch rewords a message that is showing.
  const [checked, setChecked] = useState(false);
  const errors = checked ? problemsOf(t, draft) : [];
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
    const problems = problemsOf(t, next);
    setChecked(true);
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
          label: t('settings.activeHours.unsavedLabel', { n: bad + 1 }),
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
      <legend className="field-label">{t('settings.activeHours.legend')}</legend>
      <p id={hintId} className="field-hint">
        {t('settings.activeHours.hint')}
      </p>
      {draft.length === 0 ? <p className="muted active-hours-empty">{t('settings.activeHours.empty')}</p> : null}
      <ol className="range-list" ref={listRef}>
        {draft.map((r, i) => {
          const n = i + 1;
          const overnight = CLOCK.test(r.start) && CLOCK.test(r.end) && crossesMidnight(r);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity beyond their place
            <li key={i} className="range-card" data-testid={`range-${n}`}>
              <fieldset className="range-fields" aria-describedby={`${hintId}-e${i}`}>
                <legend className="range-title">{t('settings.activeHours.range', { n })}</legend>
                <fieldset className="weekday-picks">
                  <legend className="visually-hidden">{t('settings.activeHours.days', { n })}</legend>
                  {days.map((d) => (
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
                    <span>{t('settings.activeHours.from')}</span>
                    <input
                      type="time"
                      value={r.start}
                      aria-label={t('settings.activeHours.startsAt', { n })}
                      onChange={(e) => void update(i, { start: e.currentTarget.value })}
                    />
                  </label>
                  <label>
                    <span>{t('settings.activeHours.until')}</span>
                    <input
                      type="time"
                      value={r.end}
                      aria-label={t('settings.activeHours.endsAt', { n })}
                      onChange={(e) => void update(i, { end: e.currentTarget.value })}
                    />
                  </label>
                  {overnight ? <span className="range-overnight">{t('settings.activeHours.overnight')}</span> : null}
                  <button
                    type="button"
                    className="button button-quiet range-remove"
                    aria-label={t('settings.activeHours.removeRange', { n })}
                    onClick={() => {
                      const next = draft.filter((_, j) => j !== i);
                      void change(next, i);
                      // Focus stays nearby: the range that took its place, or the add button.
                      if (next.length > 0) setFocusRange(Math.min(i, next.length - 1));
                      else addRef.current?.focus();
                    }}
                  >
                    {t('settings.activeHours.remove')}
                  </button>
                </div>
                <FieldError
                  id={`${hintId}-e${i}`}
                  message={
                    errors[i]
                      ? t(lastGood.current[i] ? 'settings.activeHours.keepsOld' : 'settings.activeHours.usesOthers', {
                          problem: errors[i],
                        })
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
        {t('settings.activeHours.add')}
      </button>
      <p id={`${hintId}-full`} className="field-note">
        {draft.length >= MAX_RANGES ? t('settings.activeHours.full', { max: MAX_RANGES }) : ''}
      </p>
      <FieldError id={`${hintId}-save`} message={saveError} />
    </fieldset>
  );
}
