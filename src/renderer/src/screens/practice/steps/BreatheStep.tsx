// The breathing step: the pacer, a compact way to change pattern, length and focus for this
// pause (the defaults live in Settings), and pause / skip. Holds patterns appear only once the
// person has turned holds on; 4-7-8 stops after 4 breaths.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Translator } from '../../../../../shared/i18n/translator';
import { lengthWords, patternName, patternSummary } from '../../../../../shared/pattern-words';
import {
  availablePatterns,
  buildSchedule,
  MAX_4_7_8_CYCLES,
  PATTERNS,
  resolvePattern,
  type SessionLength,
  stopsEarly,
} from '../../../../../shared/patterns';
import type { Settings } from '../../../../../shared/settings';
import { ANCHORS, type Anchor, type PatternId } from '../../../../../shared/vocabulary';
import { useT } from '../../../app/i18n';
import { ANCHOR_NAME_IDS, ANCHOR_TEXT } from '../cues';
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

/** When the pattern the pause was opened with can't run as asked, what runs instead and why. */
function substitution(t: Translator['t'], plan: PausePlan, runs: PatternId, holdsEnabled: boolean): string | null {
  const pattern = patternName(runs, t);
  if (plan.unknownPattern !== undefined) return t('practice.breathe.unknown', { asked: plan.unknownPattern, pattern });
  const asked = plan.pattern;
  if (asked === null || asked === runs) return null;
  if (asked !== 'custom' && PATTERNS[asked].holds && !holdsEnabled)
    return t('practice.breathe.holdsInstead', { asked: patternName(asked, t), pattern });
  return null;
}

interface BreatheStepProps {
  plan: PausePlan;
  practice: Practice;
  /** Continue after the breathing ends, or skip it. */
  onNext: () => void;
}

export function BreatheStep({ plan, practice, onNext }: BreatheStepProps) {
  const { t, locale } = useT();
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
  const instead = substitution(t, plan, pattern.id, holdsEnabled);
  const name = patternName(pattern.id, t);
  const lengthText = lengthWords(schedule, t);
  const length: SessionLength =
    choice.unit === 'cycles' ? { unit: 'cycles', cycles: choice.cycles } : { unit: 'minutes', minutes: choice.minutes };
  const short = stopsEarly(pattern, length);
  const shownCycles = Math.min(choice.cycles, cap ?? choice.cycles);

  return (
    <Step
      id="breathe"
      title={t(text.heading)}
      actions={
        <>
          {done ? (
            <button ref={continueRef} type="button" className="button button-primary" onClick={onNext}>
              {t('practice.continue')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setPaused((p) => !p)}>
              {/* The guide's own stop-and-go: not "Pause" (a pause is the whole practice). */}
              {paused ? t('practice.breathe.goOn') : t('practice.breathe.wait')}
            </button>
          )}
          <SkipButton onSkip={onNext} />
        </>
      }
    >
      <p className="practice-lead">{t(text.intro)}</p>
      {pattern.id === 'sigh' ? (
        <p className="practice-lead" data-testid="sigh-note">
          {t('practice.breathe.sighNote')}
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
          {t('practice.breathe.summary', { pattern: name, length: lengthText })}
        </span>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-expanded={optionsOpen}
          aria-controls={optionsId}
          onClick={() => setOptionsOpen((o) => !o)}
        >
          {optionsOpen ? t('practice.breathe.hide') : t('practice.breathe.change')}
        </button>
      </div>
      <div id={optionsId} ref={optionsRef} className="breathe-options" hidden={!optionsOpen}>
        <p className="breathe-hint" role="status" data-testid="breathe-restart">
          {restarted
            ? t('practice.breathe.restarted', { pattern: name, length: lengthText })
            : t('practice.breathe.restartHint')}
        </p>
        <fieldset className="options options-compact">
          <legend>{t('practice.breathe.pattern')}</legend>
          {offered.map((id) => (
            <label key={id} className="option">
              <input type="radio" name="pattern" checked={pattern.id === id} onChange={() => change({ pattern: id })} />
              <span className="option-text">
                {patternName(id, t)}
                <span className="visually-hidden">, </span>
                <span className="option-detail">
                  {patternSummary(
                    id === 'custom'
                      ? resolvePattern('custom', { holdsEnabled, custom: practice.custom })
                      : PATTERNS[id],
                    t,
                  )}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {holdsEnabled ? null : <p className="breathe-hint">{t('practice.breathe.holdsOff')}</p>}
        {pattern.holds ? (
          <label className="breathe-check">
            <input
              type="checkbox"
              checked={choice.shorterHolds}
              onChange={(e) => change({ shorterHolds: e.target.checked })}
            />
            {t('practice.breathe.shorterHolds')}
          </label>
        ) : null}
        <div className="breathe-fields">
          <label>
            {t('practice.breathe.length')}
            <select
              value={choice.unit === 'cycles' ? shownCycles : choice.minutes}
              onChange={(e) =>
                change(
                  choice.unit === 'cycles' ? { cycles: Number(e.target.value) } : { minutes: Number(e.target.value) },
                )
              }
            >
              {(choice.unit === 'cycles' ? cycleChoices : minuteChoices).map((n) => (
                <option key={n} value={n}>
                  {n.toLocaleString(locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{t('practice.breathe.unit')}</span>
            <select value={choice.unit} onChange={(e) => change({ unit: e.target.value as Choice['unit'] })}>
              {/* The unit agrees with the number beside it ("1 breath", "5 breaths"; Arabic's six forms). */}
              <option value="cycles">{t('practice.breathe.unitCycles', { count: shownCycles })}</option>
              <option value="minutes">{t('practice.breathe.unitMinutes', { count: choice.minutes })}</option>
            </select>
          </label>
          <label>
            {t('practice.breathe.focus')}
            <select value={choice.anchor} onChange={(e) => change({ anchor: e.target.value as Anchor })}>
              {ANCHORS.map((a) => (
                <option key={a} value={a}>
                  {t(ANCHOR_NAME_IDS[a])}
                </option>
              ))}
            </select>
          </label>
        </div>
        {pattern.id === '4-7-8' ? (
          <p className="breathe-hint">
            {short
              ? t('practice.breathe.capShorter', { count: MAX_4_7_8_CYCLES, length: lengthText })
              : t('practice.breathe.cap', { count: MAX_4_7_8_CYCLES })}
          </p>
        ) : null}
      </div>
    </Step>
  );
}
