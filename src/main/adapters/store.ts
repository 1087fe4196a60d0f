// Settings and history on disk: two JSON files in the user-data folder, written by electron-store
// (conf underneath: schema-validated, atomic temp-file-and-rename writes). Main reads them once at
// start and keeps both in memory; every accepted change is written through.
//
// Opening never fails and never silently loses anything: an old file is migrated, a damaged one
// is repaired value by value (history entry by entry), and whenever something could not be
// carried over the original is kept beside it as `<name>.corrupt-<timestamp>.json` and the
// person is told once. A file that cannot even be read is left untouched.
//
// The backend class is injected so the production electron-store and its Electron-free base
// `conf` run exactly this code (tests use conf in plain Node with a temporary folder).
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { causeInWords } from '../../shared/error-words';
import { type PauseRecord, pauseRecordSchema } from '../../shared/history';
import { type JsonSchema, list } from '../../shared/schema';
import { defaultSettings, type Settings, settingsSchema } from '../../shared/settings';
import { historyNeedsBackup, historyNotice, recoverHistory } from '../core/history-recovery';
import { needsBackup, needsRewrite, recoverSettings, settingsNotice } from '../core/settings-recovery';
import { writeFileAtomic } from './atomic-file';

/** The options both electron-store (`name`) and conf (`configName`) understand. */
export interface BackendOptions {
  name: string;
  configName: string;
  cwd: string;
  schema: Record<string, JsonSchema>;
  rootSchema: JsonSchema;
  defaults: Record<string, unknown>;
  configFileMode: number;
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
}

/** The part of electron-store / conf Attune uses: read once, replace whole. */
export interface StoreBackend {
  store: Record<string, unknown>;
  readonly path: string;
}
export type StoreBackendClass = new (options: BackendOptions) => StoreBackend;

export interface Persisted {
  settings: Settings;
  history: PauseRecord[];
  /** Validates, then writes atomically; throws (changing nothing) when either fails. */
  saveSettings(s: Settings): void;
  saveHistory(h: PauseRecord[]): void;
  files: { settings: string; history: string };
  /** A message for the person when a file had to be repaired; null otherwise. */
  notice: string | null;
}

export interface OpenStoresOptions {
  /** The folder the files live in (Electron's userData in the app). */
  cwd: string;
  Backend: StoreBackendClass;
  now?: () => Date;
}

/** Personal data: readable by this user only. */
const FILE_MODE = 0o600;

const historySchema = list(pauseRecordSchema);

/** Reads a file; null when it does not exist yet. Other errors (permissions, a folder) throw. */
function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Keeps `text` beside `file` as `<name>.<label>-<timestamp>.json`; returns the new file's name. */
function keepCopy(file: string, label: string, text: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = path.basename(file, '.json');
  for (let n = 1; ; n++) {
    const name = `${base}.${label}-${stamp}${n > 1 ? `-${n}` : ''}.json`;
    try {
      const fd = openSync(path.join(path.dirname(file), name), 'wx', FILE_MODE);
      try {
        writeSync(fd, text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return name;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || n > 100) throw err;
    }
  }
}

/** Used when a file must not be touched: changes live in memory until Attune quits. */
class MemoryBackend implements StoreBackend {
  constructor(
    public store: Record<string, unknown>,
    readonly path: string,
  ) {}
}

/** electron-store options for settings.json: the complete JSON Schema, closed at the top. */
export function settingsBackendOptions(cwd: string): BackendOptions {
  const defaults = defaultSettings();
  return {
    name: 'settings',
    configName: 'settings',
    cwd,
    schema: settingsSchema.jsonSchema().properties as Record<string, JsonSchema>,
    rootSchema: { additionalProperties: false, required: Object.keys(defaults) },
    defaults,
    configFileMode: FILE_MODE,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
  };
}

/** electron-store options for history.json: `{ records: PauseRecord[] }`. */
export function historyBackendOptions(cwd: string): BackendOptions {
  return {
    name: 'history',
    configName: 'history',
    cwd,
    schema: { records: historySchema.jsonSchema() },
    rootSchema: { additionalProperties: false, required: ['records'] },
    defaults: { records: [] },
    configFileMode: FILE_MODE,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
  };
}

const serialize = (value: unknown) => JSON.stringify(value, undefined, '\t');

interface Opened<T> {
  value: T;
  backend: StoreBackend;
  notice: string | null;
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The notice when a file could not be opened or repaired safely, so Attune kept its hands off it. */
function untouched(file: string, what: 'settings' | 'history', err: unknown): string {
  // The raw reason goes to the log; the person reads what it means.
  console.warn(`attune: could not open ${file}: ${reason(err)}`);
  return (
    `Attune couldn’t open your ${what} file. ${causeInWords(reason(err))} It left that file as it was. ` +
    `For now it is using ${what === 'settings' ? 'the settings it could read' : 'the pauses it could read'}, ` +
    `and changes last until Attune quits. The file is ${file}.`
  );
}

function openSettings(opts: Required<OpenStoresOptions>, file: string): Opened<Settings> {
  let text: string | null;
  try {
    text = readIfExists(file);
  } catch (err) {
    const value = defaultSettings();
    return { value, backend: new MemoryBackend({ ...value }, file), notice: untouched(file, 'settings', err) };
  }
  const recovery = recoverSettings(text);
  let notice: string | null = null;
  try {
    if (text !== null && needsBackup(recovery)) {
      notice = settingsNotice(recovery, keepCopy(file, 'corrupt', text, opts.now()));
    } else if (text !== null && recovery.migratedFrom !== null) {
      // Not damage, but an upgrade: keep the old shape too, in case the person goes back a version.
      try {
        keepCopy(file, `v${recovery.migratedFrom}`, text, opts.now());
      } catch (err) {
        console.warn(`attune: could not keep a copy of the version ${recovery.migratedFrom} settings:`, err);
      }
    }
    if (text !== null && needsRewrite(recovery)) writeFileAtomic(file, serialize(recovery.settings), FILE_MODE);
    const backend = new opts.Backend(settingsBackendOptions(opts.cwd));
    return { value: recovery.settings, backend, notice };
  } catch (err) {
    return {
      value: recovery.settings,
      backend: new MemoryBackend({ ...recovery.settings }, file),
      notice: untouched(file, 'settings', err),
    };
  }
}

function openHistory(opts: Required<OpenStoresOptions>, file: string): Opened<PauseRecord[]> {
  let text: string | null;
  try {
    text = readIfExists(file);
  } catch (err) {
    return { value: [], backend: new MemoryBackend({ records: [] }, file), notice: untouched(file, 'history', err) };
  }
  const recovery = recoverHistory(text);
  try {
    let notice: string | null = null;
    if (text !== null && historyNeedsBackup(recovery)) {
      notice = historyNotice(recovery, keepCopy(file, 'corrupt', text, opts.now()));
      writeFileAtomic(file, serialize({ records: recovery.records }), FILE_MODE);
    }
    const backend = new opts.Backend(historyBackendOptions(opts.cwd));
    return { value: recovery.records, backend, notice };
  } catch (err) {
    return {
      value: recovery.records,
      backend: new MemoryBackend({ records: recovery.records }, file),
      notice: untouched(file, 'history', err),
    };
  }
}

export function openStores(options: OpenStoresOptions): Persisted {
  const opts: Required<OpenStoresOptions> = { now: () => new Date(), ...options };
  const settingsFile = path.join(opts.cwd, 'settings.json');
  const historyFile = path.join(opts.cwd, 'history.json');
  const settings = openSettings(opts, settingsFile);
  const history = openHistory(opts, historyFile);
  const notices = [settings.notice, history.notice].filter((n): n is string => n !== null);
  return {
    settings: settings.value,
    history: history.value,
    saveSettings(s) {
      const problem = settingsSchema.check(s, 'settings');
      if (problem) throw new Error(`not saved: ${problem}`);
      settings.backend.store = structuredClone(s) as unknown as Record<string, unknown>;
    },
    saveHistory(h) {
      const problem = historySchema.check(h, 'history');
      if (problem) throw new Error(`not saved: ${problem}`);
      history.backend.store = { records: h };
    },
    files: { settings: settings.backend.path, history: history.backend.path },
    notice: notices.length > 0 ? notices.join(' ') : null,
  };
}
