// Breathing patterns in the person's language: names, timings and session lengths as whole
// messages from the practice catalog area (loaded by the practice and crisis routes). Pure.
import type { MessageId, Translator } from './i18n/translator';
import { lengthOf, type PatternDefinition, type Schedule, timingsOf } from './patterns';
import type { PatternId } from './settings';

const NAME_IDS: Record<PatternId, MessageId> = {
  coherent: 'practice.pattern.coherent',
  'long-exhale': 'practice.pattern.longExhale',
  sigh: 'practice.pattern.sigh',
  box: 'practice.pattern.box',
  '4-7-8': 'practice.pattern.478',
  custom: 'practice.pattern.custom',
};

/** A pattern's name: "Steady", "Long exhale", "Your own" … */
export function patternName(id: PatternId, t: Translator['t']): string {
  return t(NAME_IDS[id]);
}

/** A pattern's timings in plain words: "5.5 s in, 5.5 s out" (one whole message per shape). */
export function patternSummary(p: PatternDefinition, t: Translator['t']): string {
  const { inhale, holdIn, exhale, holdOut } = timingsOf(p);
  const topUp = p.cycle.find((s) => s.part === 'top-up')?.seconds;
  if (topUp !== undefined) return t('practice.summary.topUp', { inhale: inhale - topUp, topUp, exhale });
  const values = { inhale, holdIn, exhale, holdOut };
  if (holdIn > 0 && holdOut > 0) return t('practice.summary.holds', values);
  if (holdIn > 0) return t('practice.summary.holdIn', values);
  if (holdOut > 0) return t('practice.summary.holdOut', values);
  return t('practice.summary.inOut', values);
}

/** "6 breaths, about 1 minute" in the person's language, plurals by the language's rules. */
export function lengthWords(schedule: Schedule, t: Translator['t']): string {
  const { breaths, minutes } = lengthOf(schedule);
  return minutes === null
    ? t('practice.length.breaths', { count: breaths })
    : t('practice.length.about', { count: breaths, minutes });
}
