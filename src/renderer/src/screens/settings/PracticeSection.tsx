// Practice: how a pause feels — the breathing pattern and its length, holds, counters, sound,
// motion, an anchor other than the breath, and the person's own phrases.
import { useState } from 'react';
import type { MessageId, Translator } from '../../../../shared/i18n/translator';
import {
  availablePatterns,
  buildSchedule,
  CUSTOM_LIMITS,
  type CustomTimings,
  LENGTH_LIMITS,
  MAX_4_7_8_CYCLES,
  PATTERNS,
  type PatternDefinition,
  resolvePattern,
  stopsEarly,
} from '../../../../shared/patterns';
import type { Anchor, PatternId, Settings } from '../../../../shared/settings';
import { useT } from '../../app/i18n';
import { NumberField, RadioGroup, RangeField, Section, save, Toggle } from './fields';
import { PhrasesEditor } from './PhrasesEditor';

type T = Translator['t'];

/** Each pattern's name in the settings words (the practice screen has its own copies). */
const PATTERN_NAMES: Record<PatternId, MessageId> = {
  coherent: 'settings.practice.pattern.coherent',
  'long-exhale': 'settings.practice.pattern.longExhale',
  sigh: 'settings.practice.pattern.sigh',
  box: 'settings.practice.pattern.box',
  '4-7-8': 'settings.practice.pattern.fourSevenEight',
  custom: 'settings.practice.pattern.custom',
};

/** "5.5 s in, 5.5 s out": a pattern's timings in plain words, from its cycle. */
function patternSummary(t: T, pattern: PatternDefinition): string {
  const step = (phase: string, part?: string) =>
    pattern.cycle.find((s) => s.phase === phase && (part === undefined || s.part === part))?.seconds ?? 0;
  const topUp = step('inhale', 'top-up');
  const inhale = topUp ? step('inhale', 'main') : step('inhale');
  const values = { inhale, topUp, exhale: step('exhale'), holdIn: step('hold-in'), holdOut: step('hold-out') };
  if (topUp) return t('settings.practice.summary.topUp', values);
  if (values.holdIn && values.holdOut) return t('settings.practice.summary.holdBoth', values);
  if (values.holdIn) return t('settings.practice.summary.holdIn', values);
  if (values.holdOut) return t('settings.practice.summary.holdOut', values);
  return t('settings.practice.summary.plain', values);
}

/** The custom pattern as a pause runs it: with holds off, its holds are left out. */
function customSummary(t: T, custom: CustomTimings, holdsEnabled: boolean): string {
  const runs = patternSummary(t, resolvePattern('custom', { holdsEnabled, custom }));
  const skipped = !holdsEnabled && (custom.holdIn > 0 || custom.holdOut > 0);
  return skipped ? t('settings.practice.summary.holdsLeftOut', { summary: runs }) : runs;
}

/** What a pause with these settings really is, when that differs from the length chosen. */
function lengthNote(t: T, p: Settings['practice']): string | null {
  const pattern = resolvePattern(p.pattern, { holdsEnabled: p.holdsEnabled, custom: p.custom });
  const length =
    p.lengthUnit === 'cycles'
      ? { unit: 'cycles' as const, cycles: p.cycles }
      : { unit: 'minutes' as const, minutes: p.minutes };
  if (!stopsEarly(pattern, length)) return null;
  const schedule = buildSchedule(pattern, length);
  const minutes = schedule.totalMs / 60_000;
  const values = { pattern: t(PATTERN_NAMES[pattern.id]), max: MAX_4_7_8_CYCLES, breaths: schedule.cycles };
  // Under a minute it is said in breaths alone; otherwise to the nearest half minute.
  return minutes < 0.9
    ? t('settings.practice.length.stopsEarly', values)
    : t('settings.practice.length.stopsEarlyMinutes', { ...values, minutes: Math.round(minutes * 2) / 2 });
}

const ANCHORS: { value: Anchor; label: MessageId; hint: MessageId }[] = [
  { value: 'breath', label: 'settings.practice.anchor.breath', hint: 'settings.practice.anchor.breathHint' },
  { value: 'feet', label: 'settings.practice.anchor.feet', hint: 'settings.practice.anchor.feetHint' },
  { value: 'sounds', label: 'settings.practice.anchor.sounds', hint: 'settings.practice.anchor.soundsHint' },
  { value: 'hands', label: 'settings.practice.anchor.hands', hint: 'settings.practice.anchor.handsHint' },
];

export function PracticeSection({ settings }: { settings: Settings }) {
  const { t, locale } = useT();
  const p = settings.practice;
  // The pattern a switch left behind when holds were turned off (named at each render, so the
  // note follows a language switch).
  const [switchedFrom, setSwitchedFrom] = useState<PatternId | null>(null);
  const patternIds = availablePatterns(p.holdsEnabled);
  const patternChoices = patternIds.map((id) => ({
    value: id,
    label: t(PATTERN_NAMES[id]),
    hint: id === 'custom' ? customSummary(t, p.custom, p.holdsEnabled) : patternSummary(t, PATTERNS[id]),
  }));
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const holdLimits = CUSTOM_LIMITS.hold;
  const breathLimits = CUSTOM_LIMITS.breath;
  const custom = (key: keyof CustomTimings, label: MessageId, limits: { min: number; max: number }) => (
    <NumberField
      key={key}
      label={t(label)}
      value={p.custom[key]}
      min={limits.min}
      max={limits.max}
      step={CUSTOM_LIMITS.step}
      unit={t('settings.unit.seconds', { count: p.custom[key] })}
      onCommit={(v) => save({ practice: { custom: { [key]: v } } })}
      testId={`custom-${key}`}
    />
  );

  return (
    <Section id="practice" title={t('settings.practice.title')} intro={t('settings.practice.intro')}>
      <Toggle
        label={t('settings.practice.holds.label')}
        description={t('settings.practice.holds.hint')}
        checked={p.holdsEnabled}
        onChange={async (holdsEnabled) => {
          const current = p.pattern;
          if (!holdsEnabled && (current === 'box' || current === '4-7-8')) {
            const problem = await save({ practice: { holdsEnabled, pattern: 'coherent' } });
            if (!problem) setSwitchedFrom(current);
            return problem;
          }
          setSwitchedFrom(null);
          return save({ practice: { holdsEnabled } });
        }}
        testId="holds"
      />
      <RadioGroup<PatternId>
        legend={t('settings.practice.pattern.legend')}
        name="pattern"
        value={p.pattern}
        choices={patternChoices}
        onChange={(pattern) => {
          setSwitchedFrom(null);
          return save({ practice: { pattern } });
        }}
      />
      <p className="field-note" aria-live="polite">
        {switchedFrom ? t('settings.practice.holds.switched', { pattern: t(PATTERN_NAMES[switchedFrom]) }) : null}
      </p>
      {p.pattern === 'custom' ? (
        <fieldset className="field custom-pattern">
          <legend className="field-label">{t('settings.practice.custom.legend')}</legend>
          <p className="field-hint">
            {p.holdsEnabled
              ? t('settings.practice.custom.hintHolds', { ...breathLimits, holdMax: holdLimits.max })
              : t('settings.practice.custom.hint', breathLimits)}
          </p>
          <div className="custom-grid">
            {custom('inhale', 'settings.practice.custom.inhale', breathLimits)}
            {p.holdsEnabled ? custom('holdIn', 'settings.practice.custom.holdIn', holdLimits) : null}
            {custom('exhale', 'settings.practice.custom.exhale', breathLimits)}
            {p.holdsEnabled ? custom('holdOut', 'settings.practice.custom.holdOut', holdLimits) : null}
          </div>
        </fieldset>
      ) : null}
      <div className="field-pair">
        <RadioGroup<'cycles' | 'minutes'>
          legend={t('settings.practice.length.legend')}
          name="length-unit"
          layout="row"
          value={p.lengthUnit}
          choices={[
            { value: 'minutes', label: t('settings.practice.length.inMinutes') },
            { value: 'cycles', label: t('settings.practice.length.inBreaths') },
          ]}
          onChange={(lengthUnit) => save({ practice: { lengthUnit } })}
        />
        {p.lengthUnit === 'minutes' ? (
          <NumberField
            label={t('settings.practice.length.minutes')}
            description={lengthNote(t, p) ?? undefined}
            value={p.minutes}
            min={LENGTH_LIMITS.minutes.min}
            max={LENGTH_LIMITS.minutes.max}
            unit={t('settings.unit.minutes', { count: p.minutes })}
            onCommit={(minutes) => save({ practice: { minutes } })}
            testId="length-minutes"
          />
        ) : (
          <NumberField
            label={t('settings.practice.length.breaths')}
            description={lengthNote(t, p) ?? t('settings.practice.length.breathsHint')}
            value={p.cycles}
            min={LENGTH_LIMITS.cycles.min}
            max={LENGTH_LIMITS.cycles.max}
            unit={t('settings.unit.breaths', { count: p.cycles })}
            onCommit={(cycles) => save({ practice: { cycles } })}
            testId="length-cycles"
          />
        )}
      </div>
      <Toggle
        label={t('settings.practice.showSeconds.label')}
        description={t('settings.practice.showSeconds.hint')}
        checked={p.showSeconds}
        onChange={(showSeconds) => save({ practice: { showSeconds } })}
        testId="show-seconds"
      />
      <Toggle
        label={t('settings.practice.sound.label')}
        description={t('settings.practice.sound.hint')}
        checked={p.sound}
        onChange={(sound) => save({ practice: { sound } })}
        testId="sound"
      />
      <RangeField
        label={t('settings.practice.volume.label')}
        value={p.volume}
        min={0}
        max={1}
        step={0.05}
        disabled={!p.sound}
        description={p.sound ? undefined : t('settings.practice.volume.hint')}
        valueText={(v) => percent.format(Math.round(v * 100) / 100)}
        onChange={(volume) => save({ practice: { volume } })}
        testId="volume"
      />
      <RadioGroup<Settings['practice']['reducedMotion']>
        legend={t('settings.practice.motion.legend')}
        description={t('settings.practice.motion.hint')}
        name="reduced-motion"
        value={p.reducedMotion}
        choices={[
          { value: 'system', label: t('settings.practice.motion.system') },
          { value: 'always', label: t('settings.practice.motion.always') },
          { value: 'never', label: t('settings.practice.motion.never') },
        ]}
        onChange={(reducedMotion) => save({ practice: { reducedMotion } })}
      />
      <RadioGroup<Anchor>
        legend={t('settings.practice.anchor.legend')}
        description={t('settings.practice.anchor.hint')}
        name="anchor"
        value={p.anchor}
        choices={ANCHORS.map((a) => ({ value: a.value, label: t(a.label), hint: t(a.hint) }))}
        onChange={(anchor) => save({ practice: { anchor } })}
      />
      <PhrasesEditor phrases={p.phrases} />
    </Section>
  );
}
