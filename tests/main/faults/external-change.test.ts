// A data file changed by another program while Attune runs (issue 15, point 9): the person
// restores the `.corrupt-` backup the notice pointed to, or a sync tool rewrites the file. Attune
// reads it again (re-validated) before its next write instead of overwriting it, and a history
// file carrying electron-store's internal key no longer makes every later save fail.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FinishResult } from '../../../src/shared/contract';
import type { PauseRecord } from '../../../src/shared/history';
import { defaultSettings, type Settings } from '../../../src/shared/settings';
import { launchApp, type RunningApp } from './app-under-disk-faults';

vi.mock('electron', async () => {
  const fake = await import('../../fakes/electron');
  return { ...fake, default: fake };
});

let app: RunningApp | null = null;
afterEach(() => {
  app?.fake.app.quit();
  app = null;
});

const pause = (hour: number) => ({
  kind: 'breathe' as const,
  startedAt: Date.UTC(2026, 5, 1, hour),
  durationSeconds: 60,
  completed: true,
});

describe('a data file changed outside Attune while it runs', () => {
  it('restored settings (with a pause) are read again before the next change, not overwritten', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'attune-external-'));
    app = await launchApp(folder);
    const until = Date.now() + 3 * 3_600_000;
    const restored: Settings = { ...defaultSettings(), crisisNote: 'Restored: call Sam.', remindersPausedUntil: until };
    writeFileSync(path.join(folder, 'settings.json'), JSON.stringify(restored, null, 2));
    const reply = await app.ask<Settings>('settings:update', { reading: { theme: 'sepia' } });
    expect(reply).toMatchObject({
      ok: true,
      value: { crisisNote: 'Restored: call Sam.', reading: { theme: 'sepia' } },
    });
    const onDisk = app.onDisk('settings.json') as Settings;
    expect(onDisk.crisisNote).toBe('Restored: call Sam.');
    expect(onDisk.reading.theme).toBe('sepia');
    // The scheduler heard it too: reminders are paused as the restored file says.
    expect(await app.ask('state:get')).toMatchObject({ ok: true, value: { reminder: { kind: 'paused', until } } });
    // Every window heard the restored settings.
    const win = app.fake.BrowserWindow.created[0];
    expect(win?.webContents.sent.some((m) => m.channel === 'settings:changed')).toBe(true);
  });

  it('a history file rewritten with electron-store’s internal key: saves go on, nothing lost, the original kept', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'attune-external-'));
    app = await launchApp(folder);
    expect(await app.ask<FinishResult>('practice:finish', pause(8))).toMatchObject({
      ok: true,
      value: { saved: true },
    });
    const theirs = { id: 'from-elsewhere', ...pause(7) };
    const ours = (app.onDisk('history.json') as { records: PauseRecord[] }).records;
    writeFileSync(
      path.join(folder, 'history.json'),
      JSON.stringify({ records: [theirs, ...ours], __internal__: { migrations: { version: '1.0.0' } } }),
    );
    for (const hour of [9, 10]) {
      expect(await app.ask<FinishResult>('practice:finish', pause(hour))).toMatchObject({
        ok: true,
        value: { saved: true },
      });
    }
    const file = JSON.parse(readFileSync(path.join(folder, 'history.json'), 'utf8'));
    expect(Object.keys(file)).toEqual(['records']);
    expect(file.records.map((r: PauseRecord) => new Date(r.startedAt).getUTCHours())).toEqual([7, 8, 9, 10]);
    expect(readdirSync(folder).some((f) => f.startsWith('history.corrupt-'))).toBe(true);
    const notice = await app.ask<string>('notice:take');
    expect(notice.ok && notice.value).toMatch(/pause history file was changed outside Attune/);
  });

  it('a settings file left unreadable by another program: Attune keeps what it had and keeps the file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'attune-external-'));
    app = await launchApp(folder);
    expect((await app.ask('settings:update', { crisisNote: 'Mine.' })).ok).toBe(true);
    writeFileSync(path.join(folder, 'settings.json'), '{"schedule": {"enab');
    const reply = await app.ask<Settings>('settings:update', { reading: { theme: 'dark' } });
    expect(reply).toMatchObject({ ok: true, value: { crisisNote: 'Mine.', reading: { theme: 'dark' } } });
    const kept = readdirSync(folder).find((f) => f.startsWith('settings.corrupt-'));
    expect(kept && readFileSync(path.join(folder, kept), 'utf8')).toBe('{"schedule": {"enab');
    const notice = await app.ask<string>('notice:take');
    expect(notice.ok && notice.value).toMatch(
      /changed outside Attune and couldn’t be read, so Attune kept what it had/,
    );
  });
});
