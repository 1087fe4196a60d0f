// Practice: how a pause feels — the breathing pattern and its length, holds, counters, sound,
// motion, an anchor other than the breath, and the person's own phrases.
import { useState } from 'react';
import {
  availablePatterns,
  buildSchedule,
  CUSTOM_LIMITS,
  type CustomTimings,
  describeLength,
  LENGTH_LIMITS,
  MAX_4_7_8_CYCLES,
  PATTERNS,
  resolvePattern,
  stopsEarly,
} from '../../../../shared/patterns';
import type { Anchor, PatternId, Settings } from '../../../../shared/settings';
import { ANCHOR_NAMES, HOLD_NAMES } from '../practice/cues';
import { NumberField, RadioGroup, RangeField, Section, save, Toggle } from './fields';
import { PhrasesEditor } from './PhrasesEditor';

/** The custom pattern as a pause runs it: with holds off, its holds are left out. */
function customSummary(custom: CustomTimings, holdsEnabled: boolean): string {
  const runs = resolvePattern('custom', { holdsEnabled, custom }).summary;
  const skipped = !holdsEnabled && (custom.holdIn > 0 || custom.holdOut > 0);
  return skipped ? `${runs} (its holds are left out while holds are off)` : runs;
}

/** What a pause with these settings really is, when that differs from the length chosen. */
function lengthNote(p: Settings['practice']): string | null {
  const pattern = resolvePattern(p.pattern, { holdsEnabled: p.holdsEnabled, custom: p.custom });
  const length =
    p.lengthUnit === 'cycles'
      ? { unit: 'cycles' as const, cycles: p.cycles }
      : { unit: 'minutes' as const, minutes: p.minutes };
  if (!stopsEarly(pattern, length)) return null;
  return `${pattern.name} always stops after ${MAX_4_7_8_CYCLES} breaths, so a pause with it is ${describeLength(buildSchedule(pattern, length))}.`;
}

const ANCHOR_CHOICES: { value: Anchor; label: string; hint: string }[] = [
  { value: 'breath', label: ANCHOR_NAMES.breath, hint: 'Follow the air moving in and out.' },
  { value: 'feet', label: ANCHOR_NAMES.feet, hint: 'Notice the ground holding you.' },
  { value: 'sounds', label: ANCHOR_NAMES.sounds, hint: 'Let sounds come and go.' },
  { value: 'hands', label: ANCHOR_NAMES.hands, hint: 'Feel warmth, weight or touch in your hands.' },
];

export function PracticeSection({ settings }: { settings: Settings }) {
  const p = settings.practice;
  const [note, setNote] = useState<string | null>(null);
  const patternIds = availablePatterns(p.holdsEnabled);
  const patternChoices = patternIds.map((id) =>
    id === 'custom'
      ? { value: id, label: 'Your own', hint: customSummary(p.custom, p.holdsEnabled) }
      : { value: id, label: PATTERNS[id].name, hint: PATTERNS[id].summary },
  );
  const holdLimits = CUSTOM_LIMITS.hold;
  const breathLimits = CUSTOM_LIMITS.breath;
  const custom = (key: keyof CustomTimings, label: string, limits: { min: number; max: number }) => (
    <NumberField
      key={key}
      label={label}
      value={p.custom[key]}
      min={limits.min}
      max={limits.max}
      step={CUSTOM_LIMITS.step}
      unit="seconds"
      onCommit={(v) => save({ practice: { custom: { [key]: v } } })}
      testId={`custom-${key}`}
    />
  );

  return (
    <Section id="practice" title="Practice" intro="How a pause feels. Eyes open is fine; any posture is fine.">
      <Toggle
        label="Include breath holds"
        description="Adds the Box and 4-7-8 patterns. Holds are always optional and can be shortened during a pause."
        checked={p.holdsEnabled}
        onChange={async (holdsEnabled) => {
          const current = p.pattern;
          if (!holdsEnabled && (current === 'box' || current === '4-7-8')) {
            const problem = await save({ practice: { holdsEnabled, pattern: 'coherent' } });
            if (!problem) setNote(`${PATTERNS[current].name} uses holds, so your pattern is now Steady.`);
            return problem;
          }
          setNote(null);
          return save({ practice: { holdsEnabled } });
        }}
        testId="holds"
      />
      <RadioGroup<PatternId>
        legend="Breathing pattern"
        name="pattern"
        value={p.pattern}
        choices={patternChoices}
        onChange={(pattern) => {
          setNote(null);
          return save({ practice: { pattern } });
        }}
      />
      <p className="field-note" aria-live="polite">
        {note}
      </p>
      {p.pattern === 'custom' ? (
        <fieldset className="field custom-pattern">
          <legend className="field-label">Your own pattern</legend>
          <p className="field-hint">
            In half-second steps: breathing in and out from {breathLimits.min} to {breathLimits.max} seconds
            {p.holdsEnabled ? `, holds up to ${holdLimits.max} seconds` : ''}.
          </p>
          <div className="custom-grid">
            {custom('inhale', 'Breathe in', breathLimits)}
            {p.holdsEnabled ? custom('holdIn', HOLD_NAMES.in, holdLimits) : null}
            {custom('exhale', 'Breathe out', breathLimits)}
            {p.holdsEnabled ? custom('holdOut', HOLD_NAMES.out, holdLimits) : null}
          </div>
        </fieldset>
      ) : null}
      <div className="field-pair">
        <RadioGroup<'cycles' | 'minutes'>
          legend="Length of a breathing pause"
          name="length-unit"
          layout="row"
          value={p.lengthUnit}
          choices={[
            { value: 'minutes', label: 'In minutes' },
            { value: 'cycles', label: 'In breaths' },
          ]}
          onChange={(lengthUnit) => save({ practice: { lengthUnit } })}
        />
        {p.lengthUnit === 'minutes' ? (
          <NumberField
            label="Minutes"
            description={lengthNote(p) ?? undefined}
            value={p.minutes}
            min={LENGTH_LIMITS.minutes.min}
            max={LENGTH_LIMITS.minutes.max}
            unit={p.minutes === 1 ? 'minute' : 'minutes'}
            onCommit={(minutes) => save({ practice: { minutes } })}
            testId="length-minutes"
          />
        ) : (
          <NumberField
            label="Breaths"
            description={lengthNote(p) ?? 'One breath is in and out.'}
            value={p.cycles}
            min={LENGTH_LIMITS.cycles.min}
            max={LENGTH_LIMITS.cycles.max}
            unit={p.cycles === 1 ? 'breath' : 'breaths'}
            onCommit={(cycles) => save({ practice: { cycles } })}
            testId="length-cycles"
          />
        )}
      </div>
      <Toggle
        label="Show seconds while breathing"
        description="Off by default: counting can turn breathing into a task."
        checked={p.showSeconds}
        onChange={(showSeconds) => save({ practice: { showSeconds } })}
        testId="show-seconds"
      />
      <Toggle
        label="A soft sound that follows the breath"
        description="It swells as you breathe in and ebbs as you breathe out, so you can follow with your eyes closed."
        checked={p.sound}
        onChange={(sound) => save({ practice: { sound } })}
        testId="sound"
      />
      <RangeField
        label="Volume"
        value={p.volume}
        min={0}
        max={1}
        step={0.05}
        disabled={!p.sound}
        description={p.sound ? undefined : 'Turn on the sound to set its volume.'}
        valueText={(v) => `${Math.round(v * 100)}%`}
        onChange={(volume) => save({ practice: { volume } })}
        testId="volume"
      />
      <RadioGroup<Settings['practice']['reducedMotion']>
        legend="Moving guide"
        description="The breathing guide can grow and shrink, or stay still and change gently."
        name="reduced-motion"
        value={p.reducedMotion}
        choices={[
          { value: 'system', label: 'Follow my system’s setting' },
          { value: 'always', label: 'Always keep it still' },
          { value: 'never', label: 'Always let it move' },
        ]}
        onChange={(reducedMotion) => save({ practice: { reducedMotion } })}
      />
      <RadioGroup<Anchor>
        legend="Where to rest your attention"
        description="Breath isn’t comfortable for everyone. Any of these works as an anchor."
        name="anchor"
        value={p.anchor}
        choices={ANCHOR_CHOICES}
        onChange={(anchor) => save({ practice: { anchor } })}
      />
      <PhrasesEditor phrases={p.phrases} />
    </Section>
  );
}
