// Settings and history on disk through electron-store (JSON files in the user-data folder).
// Main keeps both in memory; these files are read once at start and written on change.
import Store from 'electron-store';
import type { PauseRecord } from '../../shared/history';
import { defaultSettings, type Settings, settingsSchema } from '../../shared/settings';

export interface Persisted {
  settings: Settings;
  history: PauseRecord[];
  saveSettings(s: Settings): void;
  saveHistory(h: PauseRecord[]): void;
  files: { settings: string; history: string };
  /** A message for the person when a file had to be repaired; null otherwise. */
  notice: string | null;
}

export function openStores(cwd?: string): Persisted {
  const settingsStore = new Store<{ settings: Settings }>({
    name: 'settings',
    ...(cwd && { cwd }),
    defaults: { settings: defaultSettings() },
  });
  const historyStore = new Store<{ records: PauseRecord[] }>({
    name: 'history',
    ...(cwd && { cwd }),
    defaults: { records: [] },
  });
  const loaded = settingsStore.get('settings');
  const problem = settingsSchema.check(loaded, 'settings');
  return {
    settings: problem ? defaultSettings() : loaded,
    history: historyStore.get('records'),
    saveSettings: (s) => settingsStore.set('settings', s),
    saveHistory: (h) => historyStore.set('records', h),
    files: { settings: settingsStore.path, history: historyStore.path },
    notice: problem ? `Your settings file could not be read (${problem}); Attune is using its defaults.` : null,
  };
}
