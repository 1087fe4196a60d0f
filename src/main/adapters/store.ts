// Settings and history on disk: two JSON files in the user-data folder, written by electron-store
// (conf underneath) opens them with its JSON Schema; Attune writes them itself (atomic
// temp-file-and-rename, 0600, no retry loop: a full disk or a folder it may not write is reported
// at once, never spun on). Main reads them once at start and keeps both in memory; every accepted
// change is written through, after reading the file again if another program changed it.
//
// Opening never fails and never silently loses anything: an old file is migrated, a damaged one
// is repaired value by value (history entry by entry), and whenever something could not be
// carried over the original is kept beside it as `<name>.corrupt-<timestamp>.json` and the
// person is told once. A file that cannot even be read is left untouched.
//
// The backend class is injected so the production electron-store and its Electron-free base
// `conf` run exactly this code (tests use conf in plain Node with a temporary folder).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type PauseRecord, pauseRecordSchema } from '../../shared/history';
import { type JsonSchema, list } from '../../shared/schema';
import { defaultSettings, type Settings, settingsSchema } from '../../shared/settings';
import { type DiskFault, diskFault, SaveError } from '../core/disk-fault';
import { changedElsewhere, diskNotice, joinNotices, type Notice, notYetSaved, untouched } from '../core/fault-notices';
import {
  type HistoryRecovery,
  historyNeedsBackup,
  historyNeedsRewrite,
  historyNotice,
  recoverHistory,
} from '../core/history-recovery';
import { needsBackup, needsRewrite, recoverSettings, settingsNotice } from '../core/settings-recovery';
import { type FileLayer, realFiles } from './atomic-file';
import { DataFile, FILE_MODE, keepCopy } from './data-file';

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
  /**
   * Validates, then writes atomically; throws (changing nothing on disk) when either fails — a
   * SaveError whose message says why in plain words when the disk refused.
   */
  saveSettings(s: Settings): void;
  saveHistory(h: PauseRecord[]): void;
  /** The file again, re-validated, when another program changed it since Attune read or wrote it; else null. */
  reloadSettings(): Settings | null;
  reloadHistory(): PauseRecord[] | null;
  files: { settings: string; history: string };
  /** A message for the person when a file had to be repaired; null otherwise. */
  notice: Notice | null;
}

export interface OpenStoresOptions {
  /** The folder the files live in (Electron's userData in the app). */
  cwd: string;
  Backend: StoreBackendClass;
  now?: () => Date;
  /** The file layer (tests inject one that fails like a full disk). */
  fs?: FileLayer;
  /** Something the person should hear about later (a file changed elsewhere needed repair, a disk fault). */
  onNotice?: (key: string, notice: Notice) => void;
}

const historySchema = list(pauseRecordSchema);

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
  /** null: the file must not be touched (it could not be read or kept), so changes live in memory. */
  file: DataFile | null;
  notice: Notice | null;
}

function openSettings(opts: Required<OpenStoresOptions>, file: string): Opened<Settings> {
  const df = new DataFile(file, opts.fs);
  let text: string | null;
  try {
    text = df.read();
  } catch (err) {
    return { value: defaultSettings(), file: null, notice: untouched(file, 'settings', err) };
  }
  const recovery = recoverSettings(text);
  let notice: Notice | null = null;
  try {
    if (text !== null && needsBackup(recovery)) {
      notice = settingsNotice(recovery, keepCopy(opts.fs, file, 'corrupt', text, opts.now()));
    } else if (text !== null && recovery.migratedFrom !== null) {
      // Not damage, but an upgrade: keep the old shape too, in case the person goes back a version.
      try {
        keepCopy(opts.fs, file, `v${recovery.migratedFrom}`, text, opts.now());
      } catch (err) {
        console.warn(`attune: could not keep a copy of the version ${recovery.migratedFrom} settings:`, err);
      }
    }
  } catch (err) {
    // The damaged original could not be kept: never overwrite it.
    return { value: recovery.settings, file: null, notice: untouched(file, 'settings', err) };
  }
  try {
    if (text === null || needsRewrite(recovery)) df.write(serialize(recovery.settings));
  } catch (err) {
    if (text !== null || diskFault(err) === 'other') {
      return { value: recovery.settings, file: null, notice: untouched(file, 'settings', err) };
    }
    // A first run on a full disk or in a folder Attune may not write: nothing to protect yet.
    return { value: recovery.settings, file: df, notice: notYetSaved(opts.cwd, 'settings', err) };
  }
  try {
    // electron-store's own validated read of what was just written (it writes nothing now).
    new opts.Backend(settingsBackendOptions(opts.cwd));
  } catch (err) {
    return { value: recovery.settings, file: null, notice: untouched(file, 'settings', err) };
  }
  return { value: recovery.settings, file: df, notice };
}

function openHistory(opts: Required<OpenStoresOptions>, file: string): Opened<PauseRecord[]> {
  const df = new DataFile(file, opts.fs);
  let text: string | null;
  try {
    text = df.read();
  } catch (err) {
    return { value: [], file: null, notice: untouched(file, 'history', err) };
  }
  const recovery = recoverHistory(text);
  logCheckIns(recovery, file);
  let notice: Notice | null = null;
  try {
    if (text !== null && historyNeedsBackup(recovery)) {
      notice = historyNotice(recovery, keepCopy(opts.fs, file, 'corrupt', text, opts.now()));
    } else if (text !== null && recovery.checkInsDropped.length > 0) {
      // Not damage: check-in words that stand for no id were taken off. Keep them beside it too.
      try {
        keepCopy(opts.fs, file, 'check-in-words', text, opts.now());
      } catch (err) {
        console.warn('attune: could not keep a copy of the history before its check-ins became ids:', err);
      }
    }
  } catch (err) {
    return { value: recovery.records, file: null, notice: untouched(file, 'history', err) };
  }
  try {
    // Written atomically (temp file and rename): the check-ins become ids all at once or not at all.
    if (text === null || historyNeedsRewrite(recovery)) df.write(serialize({ records: recovery.records }));
  } catch (err) {
    if (text !== null || diskFault(err) === 'other') {
      return { value: recovery.records, file: null, notice: untouched(file, 'history', err) };
    }
    return { value: recovery.records, file: df, notice: notYetSaved(opts.cwd, 'history', err) };
  }
  try {
    new opts.Backend(historyBackendOptions(opts.cwd));
  } catch (err) {
    return { value: recovery.records, file: null, notice: untouched(file, 'history', err) };
  }
  return { value: recovery.records, file: df, notice };
}

export function openStores(options: OpenStoresOptions): Persisted {
  const opts: Required<OpenStoresOptions> = { now: () => new Date(), fs: realFiles, onNotice: () => {}, ...options };
  // The user-data folder may not exist yet (a first run, or development's own folder): make it,
  // as electron-store would. If that fails, the first write says why in plain words.
  try {
    mkdirSync(opts.cwd, { recursive: true, mode: 0o700 });
  } catch {
    // reported by the first write
  }
  const settingsFile = path.join(opts.cwd, 'settings.json');
  const historyFile = path.join(opts.cwd, 'history.json');
  try {
    // The first run may find no user-data folder yet (as electron-store would, make it).
    opts.fs.mkdirSync(opts.cwd, { recursive: true });
  } catch {
    // the first write will say why
  }
  const settings = openSettings(opts, settingsFile);
  const history = openHistory(opts, historyFile);
  const faultsLogged = new Set<DiskFault>();

  /** Writes, or throws a SaveError in plain words; each kind of disk fault is logged once. */
  const write = (file: DataFile, text: string) => {
    try {
      file.write(text);
    } catch (err) {
      const fault = diskFault(err);
      if (!faultsLogged.has(fault)) {
        faultsLogged.add(fault);
        console.warn(`attune: could not write ${file.path}:`, err);
        opts.onNotice(`disk-${fault}`, diskNotice(err, opts.cwd));
      }
      throw new SaveError(err, opts.cwd);
    }
  };

  return {
    settings: settings.value,
    history: history.value,
    saveSettings(s) {
      const problem = settingsSchema.check(s, 'settings');
      if (problem) throw new Error(`not saved: ${problem}`);
      if (settings.file) write(settings.file, serialize(s));
    },
    saveHistory(h) {
      const problem = historySchema.check(h, 'history');
      if (problem) throw new Error(`not saved: ${problem}`);
      if (history.file) write(history.file, serialize({ records: h }));
    },
    reloadSettings() {
      const file = settings.file;
      if (!file?.changedSinceSeen()) return null;
      const text = readAgain(file);
      if (text === null) return null;
      const recovery = recoverSettings(text);
      if (needsBackup(recovery)) {
        const copy = keepCopyOrNull(opts, file.path, text);
        // No copy of the damaged file could be kept: leave it as it is, changes stay in memory.
        if (copy === null) settings.file = null;
        opts.onNotice('settings-changed', changedElsewhere('settings', recovery.unreadable !== null, copy));
      }
      // Nothing readable in it (a half-written sync, say): what Attune holds is kept.
      return recovery.unreadable === null ? recovery.settings : null;
    },
    reloadHistory() {
      const file = history.file;
      if (!file?.changedSinceSeen()) return null;
      const text = readAgain(file);
      if (text === null) return null;
      const recovery = recoverHistory(text);
      logCheckIns(recovery, file.path);
      if (historyNeedsBackup(recovery)) {
        const copy = keepCopyOrNull(opts, file.path, text);
        if (copy === null) history.file = null;
        opts.onNotice('history-changed', changedElsewhere('history', recovery.unreadable !== null, copy));
      }
      return recovery.unreadable === null ? recovery.records : null;
    },
    files: { settings: settingsFile, history: historyFile },
    notice: joinNotices(settings.notice, history.notice),
  };
}

/** Says in the log what became of check-in words saved before they were ids. */
function logCheckIns(r: HistoryRecovery, file: string): void {
  if (r.checkInsUpgraded > 0) console.warn(`attune: ${file}: ${r.checkInsUpgraded} check-in word(s) saved as ids`);
  for (const line of r.checkInsDropped) console.warn(`attune: ${file}: ${line}`);
}

/** The file's text as another program left it; null when it is gone or cannot be read now. */
function readAgain(file: DataFile): string | null {
  try {
    return file.read();
  } catch (err) {
    console.warn(`attune: could not read ${file.path} again:`, err);
    return null;
  }
}

function keepCopyOrNull(opts: Required<OpenStoresOptions>, file: string, text: string): string | null {
  try {
    return keepCopy(opts.fs, file, 'corrupt', text, opts.now());
  } catch {
    return null;
  }
}
