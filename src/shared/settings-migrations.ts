// Ordered, step-by-step upgrades of a saved settings object from the shape an earlier Attune
// wrote to the current one (SETTINGS_VERSION). Each step takes the raw object of version `from`
// and returns one of version `from + 1`; none of them validates — recovery does that afterwards,
// so a half-broken old file still keeps everything that can be kept. Pure.
import { type DefaultPhraseId, PHRASE_LISTS } from './phrases';
import { isPlainObject } from './schema';
import { DEFAULT_WAIT_WHILE_BUSY, SETTINGS_VERSION } from './settings';

type Raw = Record<string, unknown>;

export interface Migration {
  from: number;
  /** What changed, in a line (for the developers reading the file, and the tests). */
  what: string;
  migrate(settings: Raw): Raw;
}

/** Moves `value` to `target[key]` unless the target already has one (a newer value wins). */
function moveInto(target: unknown, key: string, value: unknown): Raw {
  const into: Raw = isPlainObject(target) ? { ...target } : {};
  if (value !== undefined && into[key] === undefined) into[key] = value;
  return into;
}

/**
 * The English words of each default phrase and of the crisis note exactly as every Attune before
 * settings version 6 saved them. Frozen here, not read from the catalog: a later change to the
 * English wording must not stop an old file from being recognised.
 */
export const PRE_V6_DEFAULT_PHRASES: Readonly<Record<DefaultPhraseId, string>> = {
  'naming.1': 'This hurts.',
  'naming.2': 'This is hard right now.',
  'naming.3': 'This is a moment of struggle.',
  'common.1': "I'm not the only one who feels this.",
  'common.2': 'Other people feel this way too.',
  'common.3': 'Struggle is part of being human.',
  'kindness.1': 'May I be gentle with myself.',
  'kindness.2': 'What do I need to hear right now?',
  'kindness.3': 'May I give myself the care I need.',
};
export const PRE_V6_CRISIS_NOTE =
  'Attune is not therapy or crisis care. If you are in crisis or thinking about harming yourself, ' +
  'please contact your local emergency number or a crisis line where you live. ' +
  'You deserve support from a person right now.';

const ENGLISH_DEFAULTS = new Map(
  Object.entries(PRE_V6_DEFAULT_PHRASES).map(([id, text]) => [text, id as DefaultPhraseId]),
);

/**
 * A saved phrase list with every phrase that is exactly an English default (ignoring spaces at
 * either end) turned into that default's id. Any other text stays exactly as the person wrote it;
 * anything that is not text is left for recovery to judge. Running it twice changes nothing.
 */
export function phrasesToIds(phrases: unknown): unknown {
  if (!isPlainObject(phrases)) return phrases;
  const out: Raw = { ...phrases };
  for (const list of PHRASE_LISTS) {
    const entries = phrases[list];
    if (!Array.isArray(entries)) continue;
    out[list] = entries.map((entry) => {
      const id = typeof entry === 'string' ? ENGLISH_DEFAULTS.get(entry.trim()) : undefined;
      return id === undefined ? entry : { id };
    });
  }
  return out;
}

/** Attune's own English note (or an emptied one) becomes null: Attune's note, in the current language. */
export function crisisNoteToNull(note: unknown): unknown {
  if (typeof note !== 'string') return note;
  const trimmed = note.trim();
  return trimmed === '' || trimmed === PRE_V6_CRISIS_NOTE ? null : note;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    what: 'breathPattern moved to practice.pattern; reminderIntervalMinutes moved to schedule.intervalMinutes',
    migrate(old) {
      const { breathPattern, reminderIntervalMinutes, ...rest } = old;
      return {
        ...rest,
        practice: moveInto(rest.practice, 'pattern', breathPattern),
        schedule: moveInto(rest.schedule, 'intervalMinutes', reminderIntervalMinutes),
        version: 2,
      };
    },
  },
  {
    from: 2,
    what: 'schedule.reminderStarts added (a reminder begins a short pause); history.record and history.showCheckIns added',
    migrate(old) {
      const history = isPlainObject(old.history) ? old.history : {};
      return {
        ...old,
        schedule: moveInto(old.schedule, 'reminderStarts', 'short'),
        history: { record: true, showCheckIns: false, ...history },
        version: 3,
      };
    },
  },
  {
    from: 3,
    what: 'system.quickPauseShortcut added (a global shortcut for a quick pause; off, null, until recorded)',
    migrate(old) {
      const system: Raw = isPlainObject(old.system) ? { ...old.system } : {};
      if (system.quickPauseShortcut === undefined) system.quickPauseShortcut = null;
      return { ...old, system, version: 4 };
    },
  },
  {
    from: 4,
    what: 'schedule.waitWhileBusy added: reminders wait during Do Not Disturb, full screen, a call (all on)',
    migrate(old) {
      return {
        ...old,
        schedule: moveInto(old.schedule, 'waitWhileBusy', { ...DEFAULT_WAIT_WHILE_BUSY }),
        version: 5,
      };
    },
  },
  {
    from: 5,
    what:
      'system.language added ("system": Attune speaks the system\'s language); default phrases stored as ids ' +
      "(the person's own words stay text); the default crisis note stored as null (shown in the current language)",
    migrate(old) {
      const { practice, crisisNote } = old;
      return {
        ...old,
        system: moveInto(old.system, 'language', 'system'),
        ...(isPlainObject(practice) && { practice: { ...practice, phrases: phrasesToIds(practice.phrases) } }),
        ...(crisisNote !== undefined && { crisisNote: crisisNoteToNull(crisisNote) }),
        version: 6,
      };
    },
  },
];

export type MigrationResult =
  | { kind: 'current'; settings: Raw }
  | { kind: 'migrated'; settings: Raw; from: number }
  | { kind: 'future'; settings: Raw; from: number };

/**
 * The version a saved object claims. A file from before versioning (no `version`) is version 1;
 * a version that is not a positive whole number is treated as 1 too, since every migration only
 * moves keys it finds and so does no harm to a newer shape.
 */
export function savedVersion(settings: Raw): number {
  const v = settings.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** Runs every migration from the saved version up to `target` (SETTINGS_VERSION), in order. */
export function migrateSettings(
  settings: Raw,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SETTINGS_VERSION,
): MigrationResult {
  const from = savedVersion(settings);
  if (from > target) return { kind: 'future', settings, from };
  if (from === target) return { kind: 'current', settings };
  let current = settings;
  for (let v = from; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`no settings migration from version ${v}`);
    current = step.migrate(current);
  }
  return { kind: 'migrated', settings: { ...current, version: target }, from };
}
