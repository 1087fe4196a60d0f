// Every setting Attune keeps: one schema gives the type, the runtime check and the JSON Schema
// handed to electron-store. Defaults live beside it. Pure: no Electron, no Node, no DOM.
import { ACCELERATOR_PATTERN } from './accelerator';
import { LANGUAGE_CHOICES } from './i18n/languages';
import {
  DEFAULT_PHRASE_IDS,
  defaultPhraseLists,
  MAX_CRISIS_NOTE_LENGTH,
  MAX_PHRASE_LENGTH,
  MAX_PHRASES,
  type PhraseEntry,
} from './phrases';
import {
  bool,
  dict,
  either,
  type Infer,
  instant,
  isPlainObject,
  list,
  nullable,
  num,
  obj,
  oneOf,
  type Schema,
  str,
} from './schema';
import { ANCHORS, PATTERN_IDS, REMINDER_STARTS } from './vocabulary';

export const SETTINGS_VERSION = 6;

const clock = str({ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, patternHint: 'a time like 09:00' });

export const activeRangeSchema = obj({
  days: list(num({ integer: true, min: 0, max: 6 }), { minItems: 1, maxItems: 7 }),
  start: clock,
  end: clock,
});
export type ActiveRange = Infer<typeof activeRangeSchema>;

export {
  ANCHORS,
  type Anchor,
  PATTERN_IDS,
  type PatternId,
  REMINDER_STARTS,
  type ReminderStart,
} from './vocabulary';

/** A default phrase, by id. */
export const defaultPhraseSchema = obj({ id: oneOf(DEFAULT_PHRASE_IDS) });
/** One phrase in a list: a default (by id) or the person's own words (text, kept as written). */
export const phraseEntrySchema: Schema<PhraseEntry> = either(
  defaultPhraseSchema,
  str({ minLength: 1, maxLength: MAX_PHRASE_LENGTH }),
);
/** A list of phrases: defaults by id, the person's own words as text (src/shared/phrases.ts). */
const phraseList = list(phraseEntrySchema, { minItems: 0, maxItems: MAX_PHRASES });

export const settingsSchema = obj({
  version: num({ integer: true, min: 1, max: 1000 }),
  schedule: obj({
    enabled: bool(),
    intervalMinutes: num({ integer: true, min: 10, max: 240 }),
    activeHours: list(activeRangeSchema, { maxItems: 28 }),
    snoozeMinutes: num({ integer: true, min: 1, max: 120 }),
    idleResetMinutes: num({ integer: true, min: 0, max: 120 }),
    waitForLullSeconds: num({ integer: true, min: 0, max: 600 }),
    /** Hold a reminder while the person is busy (issue 12); each signal can be turned off. */
    waitWhileBusy: obj({
      doNotDisturb: bool(),
      fullScreen: bool(),
      cameraOrMicrophone: bool(),
    }),
    reminderStarts: oneOf(REMINDER_STARTS),
  }),
  practice: obj({
    pattern: oneOf(PATTERN_IDS),
    lengthUnit: oneOf(['cycles', 'minutes'] as const),
    cycles: num({ integer: true, min: 1, max: 60 }),
    minutes: num({ integer: true, min: 1, max: 30 }),
    holdsEnabled: bool(),
    showSeconds: bool(),
    sound: bool(),
    volume: num({ min: 0, max: 1 }),
    reducedMotion: oneOf(['system', 'always', 'never'] as const),
    anchor: oneOf(ANCHORS),
    custom: obj({
      inhale: num({ min: 2, max: 12, step: 0.5 }),
      holdIn: num({ min: 0, max: 10, step: 0.5 }),
      exhale: num({ min: 2, max: 12, step: 0.5 }),
      holdOut: num({ min: 0, max: 10, step: 0.5 }),
    }),
    phrases: obj({
      naming: phraseList,
      common: phraseList,
      kindness: phraseList,
    }),
  }),
  reading: obj({
    theme: oneOf(['system', 'light', 'dark', 'sepia'] as const),
    textSize: num({ integer: true, min: -3, max: 5 }),
    positions: dict(num({ min: 0, max: 1 }), { maxKeys: 100, keyPattern: /^[a-z0-9-]{1,80}$/ }),
  }),
  system: obj({
    startAtLogin: bool(),
    loginPromptAnswered: bool(),
    theme: oneOf(['system', 'light', 'dark'] as const),
    /** "system": the first of the system's preferred languages Attune speaks; or one language. */
    language: oneOf(LANGUAGE_CHOICES),
    /** A global shortcut (Electron accelerator) that opens a quick pause; null: none (the default). */
    quickPauseShortcut: nullable(
      str({ maxLength: 60, pattern: ACCELERATOR_PATTERN, patternHint: 'a shortcut like Control+Alt+P' }),
    ),
  }),
  history: obj({
    /** When off, nothing about a pause is recorded. */
    record: bool(),
    /** Check-in words appear in History only when the person asks for them. */
    showCheckIns: bool(),
  }),
  /** The person's own crisis note; null: Attune's note, shown in the current language. */
  crisisNote: nullable(str({ maxLength: MAX_CRISIS_NOTE_LENGTH })),
  /** Epoch ms until which reminders are paused; null when not paused. Saved so a pause survives a restart. */
  remindersPausedUntil: nullable(instant()),
});

export type Settings = Infer<typeof settingsSchema>;

/** Every busy signal on: a reminder never lands in a call, a presentation or a film. */
export const DEFAULT_WAIT_WHILE_BUSY = { doNotDisturb: true, fullScreen: true, cameraOrMicrophone: true } as const;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    schedule: {
      enabled: true,
      intervalMinutes: 60,
      activeHours: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' }],
      snoozeMinutes: 10,
      idleResetMinutes: 5,
      waitForLullSeconds: 60,
      waitWhileBusy: { ...DEFAULT_WAIT_WHILE_BUSY },
      reminderStarts: 'short',
    },
    practice: {
      pattern: 'coherent',
      lengthUnit: 'minutes',
      cycles: 6,
      minutes: 1,
      holdsEnabled: false,
      showSeconds: false,
      sound: false,
      volume: 0.4,
      reducedMotion: 'system',
      anchor: 'breath',
      custom: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
      phrases: defaultPhraseLists(),
    },
    reading: { theme: 'system', textSize: 0, positions: {} },
    system: {
      startAtLogin: false,
      loginPromptAnswered: false,
      theme: 'system',
      language: 'system',
      quickPauseShortcut: null,
    },
    history: { record: true, showCheckIns: false },
    crisisNote: null,
    remindersPausedUntil: null,
  };
}

/** A partial settings object: nested objects merge, lists and values replace. */
export type SettingsPatch = DeepPartial<Omit<Settings, 'version'>>;
type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Merges `patch` over `base` without mutating either. Lists and primitives replace. */
export function mergeDeep<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    out[k] = isPlainObject(out[k]) && isPlainObject(v) ? mergeDeep(out[k], v) : v;
  }
  return out as T;
}

/**
 * Applies a patch from outside (IPC, a scenario file, the browser bridge). Returns the new
 * settings or a message that names the bad field; on error nothing changes.
 */
export function applySettingsPatch(
  current: Settings,
  patch: unknown,
): { ok: true; value: Settings } | { ok: false; error: string } {
  if (!isPlainObject(patch)) return { ok: false, error: 'settings change must be an object' };
  if ('version' in patch) return { ok: false, error: 'version cannot be changed' };
  const next = mergeDeep(current, patch);
  const err = settingsSchema.check(next, 'settings');
  return err ? { ok: false, error: err } : { ok: true, value: next };
}
