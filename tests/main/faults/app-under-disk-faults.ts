// The whole main process (src/main/index.ts against the Electron fake) driven through IPC and the
// tray while its data folder's disk misbehaves. Shared by the real-disk variant (a 64 KB tmpfs,
// remounted read-only) and the injected variant (ENOSPC / EACCES from the file layer), so both
// prove the same things: nothing the person did is lost, memory and disk agree after every
// fault, and the person is told in plain words.
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, vi } from 'vitest';
import type { FinishResult } from '../../../src/shared/contract';
import type { PauseRecord } from '../../../src/shared/history';
import type { Settings } from '../../../src/shared/settings';

type Fake = typeof import('../../fakes/electron');

/** How a variant makes the disk misbehave and recover. */
export interface Disk {
  /** The folder Attune keeps its files in (on the misbehaving disk). */
  folder: string;
  fill(): void;
  free(): void;
  readOnly(): void;
  writable(): void;
}

export interface RunningApp {
  fake: Fake;
  ask<T = unknown>(channel: string, payload?: unknown): Promise<{ ok: true; value: T } | { ok: false; error: string }>;
  tray(...labels: string[]): void;
  onDisk(name: 'settings.json' | 'history.json'): unknown;
  leftovers(): string[];
}

const realArgv = process.argv;

export async function launchApp(folder: string): Promise<RunningApp> {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetElectronFake();
  fake.app.appPath = process.cwd();
  // Not packaged, main keeps its data in <appData>/Attune Dev (src/main/adapters/dev-identity.ts):
  // that name is a link to the folder under test.
  const appData = mkdtempSync(path.join(tmpdir(), 'attune-appdata-'));
  symlinkSync(folder, path.join(appData, 'Attune Dev'));
  fake.app.setPath('appData', appData);
  fake.app.setPath('documents', folder);
  process.argv = [process.execPath, '/app/out/main/index.js'];
  await import('../../../src/main/index');
  fake.app.markReady();
  await new Promise((r) => setImmediate(r));
  process.argv = realArgv;
  const tray = fake.Tray.instances[0];
  if (!tray?.contextMenu) throw new Error('no tray menu: start-up did not finish');
  tray.contextMenu.click('Settings…');
  const win = fake.BrowserWindow.created[0];
  if (!win) throw new Error('no window');
  return {
    fake,
    ask: (channel, payload) =>
      fake.ipcMain.invoke(
        channel,
        fake.invokeEvent({ sender: win.webContents }),
        ...(payload === undefined ? [] : [payload]),
      ) as never,
    tray: (...labels) => tray.contextMenu?.click(...labels),
    onDisk: (name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')),
    leftovers: () => readdirSync(folder).filter((f) => f.endsWith('.tmp')),
  };
}

const pause = { kind: 'breathe', startedAt: Date.UTC(2026, 5, 1, 9), durationSeconds: 60, completed: true };

/** Point 4 and 7: a pause ending on a full disk. */
export async function finishOnFullDisk(disk: Disk): Promise<void> {
  const a = await launchApp(disk.folder);
  expect((await a.ask('practice:start')).ok).toBe(true);
  disk.fill();
  const reply = await a.ask<FinishResult>('practice:finish', pause);
  // The practice's end reached the scheduler whatever the disk did.
  expect(reply).toMatchObject({ ok: true, value: { saved: false, reason: 'the disk is full' } });
  const state = await a.ask<{ reminder: { kind: string } }>('state:get');
  expect(state.ok && state.value.reminder.kind).not.toBe('practising');
  // Kept in memory (and shown in History), not on disk yet; no temporary file left behind.
  const listed = await a.ask<PauseRecord[]>('history:list');
  expect(listed.ok && listed.value.map((r) => r.startedAt)).toEqual([pause.startedAt]);
  expect(a.onDisk('history.json')).toEqual({ records: [] });
  expect(a.leftovers()).toEqual([]);
  // The person hears about the disk once, in the next window's notice area.
  const notice = await a.ask<string | null>('notice:take');
  expect(notice.ok && notice.value).toMatch(/couldn’t save just now because the disk is full/);
  expect(await a.ask('notice:take')).toEqual({ ok: true, value: null });
  // Room again: the unsaved pause is written with the next one, and nothing is lost.
  disk.free();
  const second = await a.ask<FinishResult>('practice:finish', { ...pause, startedAt: pause.startedAt + 3_600_000 });
  expect(second).toMatchObject({ ok: true, value: { saved: true, reason: null } });
  expect((a.onDisk('history.json') as { records: PauseRecord[] }).records.map((r) => r.startedAt)).toEqual([
    pause.startedAt,
    pause.startedAt + 3_600_000,
  ]);
  a.fake.app.quit();
}

/** Point 4: a pause still unsaved at quit is written then, if the disk allows. */
export async function unsavedPauseWrittenAtQuit(disk: Disk): Promise<void> {
  const a = await launchApp(disk.folder);
  disk.fill();
  await a.ask('practice:finish', pause);
  disk.free();
  a.fake.app.quit();
  expect((a.onDisk('history.json') as { records: PauseRecord[] }).records).toHaveLength(1);
}

/** Point 5: pausing and resuming from the tray on a full disk — saved and applied, or neither. */
export async function pauseOnFullDisk(disk: Disk): Promise<void> {
  const a = await launchApp(disk.folder);
  disk.fill();
  a.tray('Quiet reminders', 'For 1 hour');
  const state = await a.ask<{ reminder: { kind: string } }>('state:get');
  expect(state.ok && state.value.reminder.kind).not.toBe('paused');
  expect((a.onDisk('settings.json') as Settings).remindersPausedUntil).toBeNull();
  const told = a.fake.dialog.calls.filter((c) => c.method === 'showMessageBox');
  expect(told).toHaveLength(1);
  expect((told[0]?.options as { detail?: string } | undefined)?.detail).toMatch(
    /couldn’t be saved, so nothing changed \(the disk is full\)/,
  );
  expect(a.leftovers()).toEqual([]);
  // Later, an unrelated change does not pause after all (memory and disk agreed all along).
  disk.free();
  expect((await a.ask('settings:update', { crisisNote: 'Call Sam.' })).ok).toBe(true);
  const after = await a.ask<{ reminder: { kind: string } }>('state:get');
  expect(after.ok && after.value.reminder.kind).not.toBe('paused');
  // And a pause that is saved is applied; resuming on a full disk leaves it paused, on disk too.
  a.tray('Quiet reminders', 'For 1 hour');
  const paused = await a.ask<{ reminder: { kind: string } }>('state:get');
  expect(paused.ok && paused.value.reminder.kind).toBe('paused');
  disk.fill();
  a.tray('Quiet reminders', 'Turn reminders back on');
  const still = await a.ask<{ reminder: { kind: string } }>('state:get');
  expect(still.ok && still.value.reminder.kind).toBe('paused');
  expect((a.onDisk('settings.json') as Settings).remindersPausedUntil).not.toBeNull();
  expect(a.fake.dialog.calls.filter((c) => c.method === 'showMessageBox')).toHaveLength(2);
  disk.free();
  a.fake.app.quit();
}

/** Point 8 and 7: the export is 0600 (also over an existing 0644 file), and a full disk leaves nothing. */
export async function exportPrivately(disk: Disk): Promise<void> {
  const a = await launchApp(disk.folder);
  const target = path.join(disk.folder, 'attune-export.json');
  writeFileSync(target, 'old');
  chmodSync(target, 0o644);
  a.fake.dialog.saveResults.push({ canceled: false, filePath: target });
  expect(await a.ask('data:export')).toEqual({ ok: true, value: { savedTo: target } });
  if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  expect(JSON.parse(readFileSync(target, 'utf8')).app).toBe('Attune');
  const other = path.join(disk.folder, 'second-export.json');
  disk.fill();
  a.fake.dialog.saveResults.push({ canceled: false, filePath: other });
  expect(await a.ask('data:export')).toEqual({
    ok: false,
    error: 'Your data couldn’t be exported because the disk is full. Nothing was written there.',
  });
  expect(existsSync(other)).toBe(false);
  expect(a.leftovers()).toEqual([]);
  disk.free();
  a.fake.app.quit();
}

/** Point 6: a folder Attune may not write — every save answers at once, nothing changes, told once. */
export async function unwritableFolder(disk: Disk, attempts: (() => number) | null): Promise<void> {
  const a = await launchApp(disk.folder);
  disk.readOnly();
  const before = attempts?.() ?? 0;
  for (let i = 0; i < 20; i++) {
    const r = await a.ask('settings:update', { reading: { positions: { 'forget-loving-yourself': i / 20 } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Attune isn’t allowed to write in its data folder/);
  }
  // One attempt per save: no retry loop (the real variant's cost is a figure in `npm run bench`).
  if (attempts) expect(attempts() - before).toBe(20);
  const s = await a.ask<Settings>('settings:get');
  expect(s.ok && s.value.reading.positions).toEqual({});
  const first = await a.ask<string | null>('notice:take');
  expect(first.ok && first.value).toMatch(/isn’t allowed to write in its data folder/);
  await a.ask('settings:update', { crisisNote: 'x' });
  expect(await a.ask('notice:take')).toEqual({ ok: true, value: null });
  disk.writable();
  expect((await a.ask('settings:update', { crisisNote: 'y' })).ok).toBe(true);
  expect((a.onDisk('settings.json') as Settings).crisisNote).toBe('y');
  expect(a.leftovers()).toEqual([]);
  a.fake.app.quit();
}

export function fileMode(file: string): number {
  return statSync(file).mode & 0o777;
}
