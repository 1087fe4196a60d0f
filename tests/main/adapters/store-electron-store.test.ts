// The production backend: electron-store itself (which imports electron for its default folder),
// run against the typed Electron fake. Shows it is a drop-in
// for conf under store.ts: same files, same validation, same recovery.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ElectronStore from 'electron-store';
import { beforeEach, expect, it, vi } from 'vitest';
import { openStores, settingsBackendOptions } from '../../../src/main/adapters/store';
import { defaultSettings } from '../../../src/shared/settings';
import { app, resetElectronFake } from '../../fakes/electron';
import { english } from '../../support/words';

vi.mock('electron', async () => {
  const fake = await import('../../fakes/electron');
  return { ...fake, default: fake };
});

beforeEach(() => {
  delete process.env.SNAP;
  resetElectronFake({ ready: true });
});

it('writes settings.json and history.json in the folder it is given, and reads them back', () => {
  const cwd = app.getPath('userData');
  const stores = openStores({ cwd, Backend: ElectronStore });
  expect(stores.files).toEqual({ settings: path.join(cwd, 'settings.json'), history: path.join(cwd, 'history.json') });
  const s = defaultSettings();
  s.schedule.intervalMinutes = 25;
  stores.saveSettings(s);
  stores.saveHistory([
    { id: 'a', kind: 'full', startedAt: Date.UTC(2026, 0, 5, 9), durationSeconds: 2, completed: true },
  ]);
  const again = openStores({ cwd, Backend: ElectronStore });
  expect(again.settings).toEqual(s);
  expect(again.history).toHaveLength(1);
  expect(JSON.parse(readFileSync(path.join(cwd, 'settings.json'), 'utf8'))).toEqual(s);
});

it('validates with the JSON Schema before writing', () => {
  const cwd = app.getPath('userData');
  const store = new ElectronStore(settingsBackendOptions(cwd) as never) as unknown as { store: unknown };
  expect(() => {
    store.store = { ...defaultSettings(), crisisNote: 5 };
  }).toThrow(/schema violation/);
});

it('recovers a damaged file the same way, keeping the original beside it', () => {
  const cwd = app.getPath('userData');
  writeFileSync(path.join(cwd, 'settings.json'), '{"schedule": ');
  const stores = openStores({ cwd, Backend: ElectronStore, now: () => new Date(0) });
  expect(stores.settings).toEqual(defaultSettings());
  expect(readdirSync(cwd)).toContain('settings.corrupt-1970-01-01T00-00-00-000Z.json');
  expect(stores.notice?.(english())).toMatch(/couldn’t read your settings file/);
});
