// Reading a settings file that may be old, damaged or from a newer Attune. Whatever the file
// holds, the result is a complete, valid Settings object that keeps every value that still fits,
// plus an account of what could not be kept — so the caller can keep the original beside it and
// tell the person. Pure: text in, data out.
import type { MessageId } from '../../shared/i18n/translator';
import { isPlainObject, type Schema } from '../../shared/schema';
import { defaultSettings, SETTINGS_VERSION, type Settings, settingsSchema } from '../../shared/settings';
import { migrateSettings } from '../../shared/settings-migrations';
import { type Notice, originalFileWords, sentences } from './fault-notices';

export interface SettingsRecovery {
  settings: Settings;
  /** Why the file could not be parsed at all (then every value is a default). */
  unreadable: string | null;
  /** Values that were present but could not be kept, each with the reason. */
  dropped: string[];
  /** Settings that were simply missing and took their default (nothing lost). */
  filled: string[];
  /** The version the file was migrated from, when it was older. */
  migratedFrom: number | null;
  /** The version of a file written by a newer Attune. */
  futureVersion: number | null;
}

/** The original must be kept beside the repaired file: something in it could not be carried over. */
export function needsBackup(r: SettingsRecovery): boolean {
  return r.unreadable !== null || r.dropped.length > 0 || r.futureVersion !== null;
}

/** The file on disk differs from what Attune will use, so it should be rewritten. */
export function needsRewrite(r: SettingsRecovery): boolean {
  return needsBackup(r) || r.migratedFrom !== null || r.filled.length > 0;
}

type Report = { dropped: string[]; filled: string[] };

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Keeps what fits `schema` in `value`, falling back to `fallback` piece by piece. */
function repair(schema: Schema<unknown>, value: unknown, fallback: unknown, path: string, report: Report): unknown {
  if ('shape' in schema && isPlainObject(fallback)) {
    const shape = (schema as { shape: Record<string, Schema<unknown>> }).shape;
    if (value === undefined) {
      report.filled.push(path);
      return fallback;
    }
    if (!isPlainObject(value)) {
      report.dropped.push(schema.check(value, path) ?? `${path} is not valid`);
      return fallback;
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(shape)) {
      const fixed = repair(inner, value[key], fallback[key], join(path, key), report);
      if (fixed !== undefined) out[key] = fixed;
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) report.dropped.push(`${join(path, key)} is not a known setting`);
    }
    return out;
  }
  const problem = schema.check(value, path);
  if (problem === null) return value;
  if (value === undefined) {
    if (fallback !== undefined) report.filled.push(path);
    return fallback;
  }
  const kept = keepValidItems(schema, value);
  if (kept !== undefined) {
    report.dropped.push(`${problem} (the rest of ${path} was kept)`);
    return kept;
  }
  report.dropped.push(problem);
  return fallback;
}

/**
 * For a list or a map with some bad entries: the good entries, if they form a valid value.
 * Each entry is tested on its own by checking a one-entry list or map against the same schema.
 */
function keepValidItems(schema: Schema<unknown>, value: unknown): unknown {
  const json = schema.jsonSchema();
  if (Array.isArray(value) && json.type === 'array') {
    const max = typeof json.maxItems === 'number' ? json.maxItems : Number.POSITIVE_INFINITY;
    const good = value.filter((item) => schema.check([item]) === null).slice(0, max);
    return schema.check(good) === null ? good : undefined;
  }
  if (isPlainObject(value) && json.type === 'object') {
    const max = typeof json.maxProperties === 'number' ? json.maxProperties : Number.POSITIVE_INFINITY;
    const good = Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => schema.check({ [k]: v }) === null)
        .slice(0, max),
    );
    return schema.check(good) === null ? good : undefined;
  }
  return undefined;
}

function empty(): SettingsRecovery {
  return {
    settings: defaultSettings(),
    unreadable: null,
    dropped: [],
    filled: [],
    migratedFrom: null,
    futureVersion: null,
  };
}

/** `text` is the file's content, or null when there is no file yet (a first run). */
export function recoverSettings(text: string | null): SettingsRecovery {
  const result = empty();
  if (text === null) return result;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    result.unreadable = err instanceof Error ? err.message : String(err);
    return result;
  }
  if (!isPlainObject(parsed)) {
    result.unreadable = 'the file does not hold a settings object';
    return result;
  }
  let raw: Record<string, unknown>;
  try {
    const migrated = migrateSettings(parsed);
    if (migrated.kind === 'future') result.futureVersion = migrated.from;
    if (migrated.kind === 'migrated') result.migratedFrom = migrated.from;
    raw = { ...migrated.settings, version: SETTINGS_VERSION };
  } catch (err) {
    // A migration that throws must not cost the person their settings: keep what fits as it is.
    result.dropped.push(`the settings could not be upgraded (${err instanceof Error ? err.message : String(err)})`);
    raw = { ...parsed, version: SETTINGS_VERSION };
  }
  const report: Report = { dropped: [], filled: [] };
  const settings = repair(settingsSchema, raw, defaultSettings(), '', report) as Settings;
  // Belt and braces: whatever happened above, what comes out is valid.
  if (settingsSchema.check(settings) !== null) {
    result.dropped.push('the settings could not be repaired');
    return result;
  }
  result.settings = settings;
  result.dropped.push(...report.dropped);
  result.filled.push(...report.filled);
  return result;
}

/** The Settings section each top-level key lives under, by the section's title. */
const SECTION_TITLES: Record<string, MessageId> = {
  schedule: 'settings.reminders.title',
  remindersPausedUntil: 'settings.reminders.title',
  practice: 'settings.practice.title',
  reading: 'settings.reading.title',
  system: 'settings.system.title',
  history: 'settings.data.title',
  crisisNote: 'phrases.crisis.title',
};

/** The Settings sections a list of dropped values touched (their titles' ids), or 'other'. */
export function sectionsTouched(dropped: readonly string[]): (MessageId | 'other')[] {
  const found = new Set<MessageId | 'other'>();
  for (const line of dropped) {
    const key = /^([A-Za-z]+)/.exec(line)?.[1] ?? '';
    found.add(SECTION_TITLES[key] ?? 'other');
  }
  return [...found];
}

/** What to tell the person, once, in the next window, in their language; null when there is nothing to say. */
export function settingsNotice(r: SettingsRecovery, backupName: string | null): Notice | null {
  if (r.unreadable === null && r.futureVersion === null && r.dropped.length === 0) return null;
  return (tr) => {
    const kept = originalFileWords(tr, backupName);
    if (r.unreadable !== null) return sentences(tr, [tr.t('main.settingsFile.unreadable'), kept]);
    if (r.futureVersion !== null) return sentences(tr, [tr.t('main.settingsFile.newer'), kept]);
    const titles = sectionsTouched(r.dropped)
      .filter((s): s is MessageId => s !== 'other')
      .map((id) => tr.t('main.settingsFile.section', { title: tr.t(id) }));
    const first =
      titles.length > 0
        ? tr.t('main.settingsFile.dropped', {
            sections: new Intl.ListFormat(tr.locale, { type: 'conjunction' }).format(titles),
          })
        : tr.t('main.settingsFile.droppedFew');
    return sentences(tr, [first, kept]);
  };
}
