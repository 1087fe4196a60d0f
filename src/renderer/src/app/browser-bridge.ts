// The web preview's stand-in for main: the same contract, in memory, with settings and history
// kept in localStorage. Payloads are validated exactly as main validates them.
import type { AppState, BusySupport, PauseChoice } from '../../../shared/app-state';
import {
  type AttuneApi,
  checkRequest,
  type EventChannel,
  type Events,
  type RequestChannel,
  type ShortcutStatus,
} from '../../../shared/contract';
import { type PauseRecord, pauseRecordSchema, withCheckInId } from '../../../shared/history';
import { resolveLocale } from '../../../shared/i18n/languages';
import { bool, isPlainObject, list, obj } from '../../../shared/schema';
import { applySettingsPatch, defaultSettings, type Settings, settingsSchema } from '../../../shared/settings';
import { migrateSettings } from '../../../shared/settings-migrations';

const SETTINGS_KEY = 'attune.settings';
const HISTORY_KEY = 'attune.history';
/** The same version About shows and an export records (package.json's, set at build time). */
const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? '0.0.0';
const BUSY_SUPPORT_KEY = 'attune.busySupport';
const busySupportSchema = obj({ doNotDisturb: bool(), fullScreen: bool(), cameraOrMicrophone: bool() });

function load<T>(storage: Storage, key: string, valid: (v: unknown) => boolean, fallback: () => T): T {
  try {
    const raw = storage.getItem(key);
    if (raw !== null) {
      const parsed: unknown = JSON.parse(raw);
      if (valid(parsed)) return parsed as T;
    }
  } catch {
    // unreadable: fall back below
  }
  return fallback();
}

const PAUSE_MINUTES: Record<Exclude<PauseChoice, 'tomorrow'>, number> = { '30m': 30, '1h': 60, '2h': 120 };

/**
 * Saved settings and history as this version keeps them: settings from an older preview are
 * migrated (default phrases become ids), history check-in words become ids (a word that stands for
 * none is taken off its pause, which stays). What changed is written back at once.
 */
function upgradeStored(storage: Storage): void {
  try {
    const settings: unknown = JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null');
    if (isPlainObject(settings)) {
      const migrated = migrateSettings(settings);
      if (migrated.kind === 'migrated' && settingsSchema.check(migrated.settings) === null)
        storage.setItem(SETTINGS_KEY, JSON.stringify(migrated.settings));
    }
    const history: unknown = JSON.parse(storage.getItem(HISTORY_KEY) ?? 'null');
    if (Array.isArray(history)) {
      const upgraded = history.map((entry) =>
        withCheckInId(entry, (word) => console.warn('attune: a check-in Attune doesn’t know was taken off', word)),
      );
      if (upgraded.some((entry, i) => entry !== history[i])) storage.setItem(HISTORY_KEY, JSON.stringify(upgraded));
    }
  } catch (err) {
    // unreadable or storage refused: load() below falls back as before
    console.warn('attune: could not upgrade the saved preview data', err);
  }
}

export function createBrowserBridge(storage: Storage): AttuneApi {
  upgradeStored(storage);
  let settings = load<Settings>(storage, SETTINGS_KEY, (v) => settingsSchema.check(v) === null, defaultSettings);
  let history = load<PauseRecord[]>(
    storage,
    HISTORY_KEY,
    (v) => list(pauseRecordSchema).check(v) === null,
    () => [],
  );
  let practising = false;
  const listeners = new Map<EventChannel, Set<(data: unknown) => void>>();
  const emit = <E extends EventChannel>(event: E, data: Events[E]) => {
    for (const l of listeners.get(event) ?? []) l(data);
  };
  const state = (): AppState => {
    if (practising) return { reminder: { kind: 'practising' } };
    if (!settings.schedule.enabled) return { reminder: { kind: 'off' } };
    if (settings.remindersPausedUntil !== null && settings.remindersPausedUntil > Date.now())
      return { reminder: { kind: 'paused', until: settings.remindersPausedUntil } };
    return { reminder: { kind: 'waiting', nextAt: Date.now() + settings.schedule.intervalMinutes * 60_000 } };
  };
  // The browser's languages stand in for the system's (navigator.languages, most preferred first).
  const locale = () => resolveLocale(settings.system.language, navigator.languages);
  /** Takes `next` as the settings in use and tells every screen (the language too, live). */
  const adopt = (next: Settings) => {
    const before = locale();
    settings = next;
    emit('settings:changed', settings);
    emit('state:changed', state());
    const after = locale();
    if (after.language !== before.language || after.locale !== before.locale) emit('locale:changed', after);
  };
  const saveSettings = (next: Settings) => {
    storage.setItem(SETTINGS_KEY, JSON.stringify(next));
    adopt(next);
  };
  const shortcutStatus = (): ShortcutStatus => {
    const accelerator = settings.system.quickPauseShortcut;
    return accelerator === null
      ? { accelerator, state: 'off', message: null }
      : { accelerator, state: 'preview', message: null };
  };
  // Another tab of the preview changed the settings (as another window or a restored file would
  // in the app): take them, and every screen here follows — the language too, live.
  window.addEventListener('storage', (e) => {
    if (e.storageArea !== storage || e.key !== SETTINGS_KEY || e.newValue === null) return;
    try {
      const next: unknown = JSON.parse(e.newValue);
      if (settingsSchema.check(next) === null) adopt(next as Settings);
    } catch {
      // not readable: what this tab holds is kept
    }
  });
  const saveHistory = (next: PauseRecord[]) => {
    storage.setItem(HISTORY_KEY, JSON.stringify(next));
    history = next;
    emit('history:changed', history);
  };

  const handlers: { [C in RequestChannel]: (payload: never) => unknown } = {
    'app:info': () => ({
      name: 'Attune',
      version: APP_VERSION,
      electron: '',
      chrome: navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '',
      node: '',
      platform: 'web preview',
      dataFiles: { settings: `localStorage: ${SETTINGS_KEY}`, history: `localStorage: ${HISTORY_KEY}` },
      preview: true,
    }),
    'state:get': () => state(),
    'locale:get': () => locale(),
    'settings:get': () => settings,
    'settings:update': (patch: Record<string, unknown>) => {
      const result = applySettingsPatch(settings, patch);
      if (!result.ok) throw new Error(result.error);
      saveSettings(result.value);
      return settings;
    },
    'notice:take': () => null,
    // A browser can tell none of them; a test may say what a desktop could (attune.busySupport).
    'busy:support': () =>
      load<BusySupport>(
        storage,
        BUSY_SUPPORT_KEY,
        (v) => busySupportSchema.check(v) === null,
        () => ({ doNotDisturb: false, fullScreen: false, cameraOrMicrophone: false }),
      ),
    'reminders:pause': ({ for: choice }: { for: PauseChoice }) => {
      const until =
        choice === 'tomorrow'
          ? new Date(new Date().setHours(24 + 9, 0, 0, 0)).getTime()
          : Date.now() + PAUSE_MINUTES[choice] * 60_000;
      saveSettings({ ...settings, remindersPausedUntil: until });
      return state();
    },
    'reminders:resume': () => {
      saveSettings({ ...settings, remindersPausedUntil: null });
      return state();
    },
    'practice:start': () => {
      practising = true;
      emit('state:changed', state());
      return state();
    },
    'practice:finish': (input: Omit<PauseRecord, 'id'>) => {
      practising = false;
      emit('state:changed', state());
      // With history turned off, nothing about the pause is kept.
      if (!settings.history.record) return { record: null, saved: true, reason: null };
      const record: PauseRecord = { ...input, id: crypto.randomUUID() };
      // Like main on a full disk: the pause is kept (in memory) even when storage refuses it.
      let saved = true;
      let reason: string | null = null;
      try {
        saveHistory([...history, record]);
      } catch {
        saved = false;
        reason = 'this browser’s storage is full';
        history = [...history, record];
        emit('history:changed', history);
      }
      emit('state:changed', state());
      return { record, saved, reason };
    },
    'history:list': () => history,
    'history:clear': () => {
      saveHistory([]);
      return history;
    },
    'history:delete-note': ({ id }: { id: string }) => {
      if (history.some((r) => r.id === id && r.note !== undefined))
        saveHistory(history.map((r) => (r.id === id ? (({ note: _n, ...rest }) => rest)(r) : r)));
      return history;
    },
    'data:delete-all': () => {
      saveHistory([]);
      storage.removeItem(HISTORY_KEY);
      saveSettings(defaultSettings());
      storage.removeItem(SETTINGS_KEY);
      return settings;
    },
    'data:export': () => {
      const now = new Date();
      const doc = { app: 'Attune', version: APP_VERSION, exportedAt: now.toISOString(), settings, history };
      const url = URL.createObjectURL(new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `attune-export-${now.toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return { savedTo: a.download };
    },
    'window:open': ({ route }: { route: string }) => {
      window.location.hash = route.slice(1);
    },
    'window:close': () => {
      // There is no window to close in a browser tab: the app shows a "closed" placeholder.
      window.dispatchEvent(new CustomEvent('attune:preview-close'));
    },
    // The preview keeps the choice (so Settings can be tried) but cannot listen outside the page.
    'shortcut:set': ({ accelerator }: { accelerator: string | null }) => {
      saveSettings({ ...settings, system: { ...settings.system, quickPauseShortcut: accelerator } });
      return shortcutStatus();
    },
    'shortcut:status': () => shortcutStatus(),
    'link:open': () => undefined,
  };

  return {
    async invoke(channel: RequestChannel, ...payload: unknown[]) {
      const problem = checkRequest(channel, payload[0]);
      if (problem) throw new Error(`invalid request: ${problem}`);
      return (handlers[channel] as (p: unknown) => unknown)(payload[0]);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (data: unknown) => void);
      return () => set.delete(listener as (data: unknown) => void);
    },
  } as AttuneApi;
}
