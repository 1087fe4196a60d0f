// The breathing step: the pacer, a compact way to change pattern, length and focus for this
// pause (the defaults live in Settings), and pause / skip. Holds patterns appear only once the
// person has turned holds on; 4-7-8 stops after 4 breaths.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  availablePatterns,
  buildSchedule,
  describeLength,
  MAX_4_7_8_CYCLES,
  PATTERNS,
  resolvePattern,
  type SessionLength,
  stopsEarly,
} from '../../../../../shared/patterns';
import { ANCHORS, type Anchor, type PatternId, type Settings } from '../../../../../shared/settings';
import { ANCHOR_TEXT, SIGH_NOTE } from '../cues';
import { Pacer } from '../Pacer';
import type { PausePlan } from '../plan';
import { useReducedMotion } from '../use-reduced-motion';
import { SkipButton, Step } from './Step';

type Practice = Settings['practice'];

interface Choice {
  pattern: PatternId;
  unit: SessionLength['unit'];
  cycles: number;
  minutes: number;
  anchor: Anchor;
  shorterHolds: boolean;
}

/** The guide's own stop-and-go button: not "Pause" (a pause is the whole practice). */
export const GUIDE_WORDS = { wait: 'Wait', goOn: 'Go on' } as const;

const CYCLE_CHOICES = [3, 5, 6, 8, 10, 15, 20, 30];
const MINUTE_CHOICES = [1, 2, 3, 5, 10, 15, 20, 30];

function initialChoice(plan: PausePlan, p: Practice): Choice {
  const length = plan.length;
  return {
    pattern: plan.pattern ?? p.pattern,
    unit: length?.unit ?? p.lengthUnit,
    cycles: length?.unit === 'cycles' ? length.cycles : p.cycles,
    minutes: length?.unit === 'minutes' ? length.minutes : p.minutes,
    anchor: p.anchor,
    shorterHolds: false,
  };
}

const patternName = (id: PatternId) => (id === 'custom' ? 'Your own' : PATTERNS[id].name);

/** When the pattern the pause was opened with can't run as asked, what runs instead and why. */
function substitution(plan: PausePlan, runs: PatternId, holdsEnabled: boolean): string | null {
  if (plan.unknownPattern !== undefined)
    return `Attune has no breathing pattern called “${plan.unknownPattern}”, so this pause uses ${patternName(runs)}.`;
  const asked = plan.pattern;
  if (asked === null || asked === runs) return null;
  if (asked !== 'custom' && PATTERNS[asked].holds && !holdsEnabled)
    return `${patternName(asked)} uses breath holds, which are off in Settings, so this pause uses ${patternName(runs)}.`;
  return null;
}

interface BreatheStepProps {
  plan: PausePlan;
  practice: Practice;
  /** Continue after the breathing ends, or skip it. */
  onNext: () => void;
}

export function BreatheStep({ plan, practice, onNext }: BreatheStepProps) {
  const [choice, setChoice] = useState(() => initialChoice(plan, practice));
  const [paused, setPaused] = useState(false);
  const [done, setDone] = useState(false);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const reduced = useReducedMotion(practice.reducedMotion);
  const continueRef = useRef<HTMLButtonElement>(null);
  const optionsId = useId();
  const { inhale, holdIn, exhale, holdOut } = practice.custom;
  const holdsEnabled = practice.holdsEnabled;

  const pattern = useMemo(
    () =>
      resolvePattern(choice.pattern, {
        holdsEnabled,
        custom: { inhale, holdIn, exhale, holdOut },
        shorterHolds: choice.shorterHolds,
      }),
    [choice.pattern, choice.shorterHolds, holdsEnabled, inhale, holdIn, exhale, holdOut],
  );
  const schedule = useMemo(
    () =>
      buildSchedule(
        pattern,
        choice.unit === 'cycles'
          ? { unit: 'cycles', cycles: choice.cycles }
          : { unit: 'minutes', minutes: choice.minutes },
      ),
    [pattern, choice.unit, choice.cycles, choice.minutes],
  );

  // A new schedule starts the breathing again from the beginning, and the screen says so.
  const [restarted, setRestarted] = useState(false);
  const firstSchedule = useRef(schedule);
  useEffect(() => {
    setDone(false);
    setPaused(false);
    if (schedule !== firstSchedule.current) setRestarted(true);
  }, [schedule]);

  useEffect(() => {
    if (done) continueRef.current?.focus();
  }, [done]);

  const optionsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (optionsOpen) optionsRef.current?.scrollIntoView({ block: 'nearest' });
  }, [optionsOpen]);

  const onDone = () => {
    if (plan.closesItself) onNext();
    else setDone(true);
  };

  const change = (patch: Partial<Choice>) => setChoice((c) => ({ ...c, ...patch }));
  const offered = availablePatterns(holdsEnabled);
  const cap = pattern.maxCycles;
  const cycleChoices = [...new Set([...CYCLE_CHOICES, choice.cycles, ...(cap === null ? [] : [cap])])]
    .filter((n) => cap === null || n <= cap)
    .sort((a, b) => a - b);
  const minuteChoices = [...new Set([...MINUTE_CHOICES, choice.minutes])].sort((a, b) => a - b);
  const text = ANCHOR_TEXT[choice.anchor];
  const instead = substitution(plan, pattern.id, holdsEnabled);
  const length: SessionLength =
    choice.unit === 'cycles' ? { unit: 'cycles', cycles: choice.cycles } : { unit: 'minutes', minutes: choice.minutes };
  const short = stopsEarly(pattern, length);

  return (
    <Step
      id="breathe"
      title={text.heading}
      actions={
        <>
          {done ? (
            <button ref={continueRef} type="button" className="button button-primary" onClick={onNext}>
              Continue
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setPaused((p) => !p)}>
              {paused ? GUIDE_WORDS.goOn : GUIDE_WORDS.wait}
            </button>
          )}
          <SkipButton onSkip={onNext} />
        </>
      }
    >
      <p className="practice-lead">{text.intro}</p>
      {pattern.id === 'sigh' ? (
        <p className="practice-lead" data-testid="sigh-note">
          {SIGH_NOTE}
        </p>
      ) : null}
      <Pacer
        key={`${pattern.id}:${pattern.summary}:${schedule.cycles}`}
        schedule={schedule}
        anchor={choice.anchor}
        reducedMotion={reduced}
        showSeconds={practice.showSeconds}
        sound={practice.sound}
        volume={practice.volume}
        paused={paused}
        onDone={onDone}
      />
      {instead ? (
        <p className="breathe-hint breathe-instead" data-testid="pattern-instead">
          {instead}
        </p>
      ) : null}
      <div className="breathe-summary">
        <span data-testid="breathe-summary">
          {pattern.name} · {describeLength(schedule)}
        </span>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-expanded={optionsOpen}
          aria-controls={optionsId}
          onClick={() => setOptionsOpen((o) => !o)}
        >
          {optionsOpen ? 'Hide options' : 'Change pattern'}
        </button>
      </div>
      <div id={optionsId} ref={optionsRef} className="breathe-options" hidden={!optionsOpen}>
        <p className="breathe-hint" role="status" data-testid="breathe-restart">
          {restarted
            ? `Started again from the first breath: ${pattern.name}, ${describeLength(schedule)}.`
            : 'A new pattern or length starts the breathing again from the first breath.'}
        </p>
        <fieldset className="options options-compact">
          <legend>Pattern</legend>
          {offered.map((id) => (
            <label key={id} className="option">
              <input type="radio" name="pattern" checked={pattern.id === id} onChange={() => change({ pattern: id })} />
              <span className="option-text">
                {patternName(id)}
                <span className="visually-hidden">, </span>
                <span className="option-detail">
                  {id === 'custom'
                    ? resolvePattern('custom', { holdsEnabled, custom: practice.custom }).summary
                    : PATTERNS[id].summary}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {holdsEnabled ? null : (
          <p className="breathe-hint">
            Box and 4-7-8 include breath holds. They appear here once holds are turned on in Settings.
          </p>
        )}
        {pattern.holds ? (
          <label className="breathe-check">
            <input
              type="checkbox"
              checked={choice.shorterHolds}
              onChange={(e) => change({ shorterHolds: e.target.checked })}
            />
            Shorter holds
          </label>
        ) : null}
        <div className="breathe-fields">
          <label>
            Length
            <select
              value={choice.unit === 'cycles' ? Math.min(choice.cycles, cap ?? choice.cycles) : choice.minutes}
              onChange={(e) =>
                change(
                  choice.unit === 'cycles' ? { cycles: Number(e.target.value) } : { minutes: Number(e.target.value) },
                )
              }
            >
              {(choice.unit === 'cycles' ? cycleChoices : minuteChoices).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">Unit</span>
            <select value={choice.unit} onChange={(e) => change({ unit: e.target.value as Choice['unit'] })}>
              <option value="cycles">breaths</option>
              <option value="minutes">minutes</option>
            </select>
          </label>
          <label>
            Focus on
            <select value={choice.anchor} onChange={(e) => change({ anchor: e.target.value as Anchor })}>
              {ANCHORS.map((a) => (
                <option key={a} value={a}>
                  {ANCHOR_TEXT[a].label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {pattern.id === '4-7-8' ? (
          <p className="breathe-hint">
            4-7-8 stops after {MAX_4_7_8_CYCLES} breaths
            {short ? `, so this pause is ${describeLength(schedule)}, shorter than you chose` : ''}.
          </p>
        ) : null}
      </div>
    </Step>
  );
}
