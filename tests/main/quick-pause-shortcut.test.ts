// The quick-pause shortcut through the whole main process, against the fake's platform modes:
// recorded from Settings over IPC, refused when another program holds it (with a message for
// Settings, the setting unchanged), kept across a restart, and opening a quick pause when pressed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUICK_BREAKS } from '../../src/shared/routes';
import { type Fake, type LaunchOptions, launchMain, markReady, openURLs } from '../support/launch-main';

vi.mock('electron', () => import('../fakes/electron'));

const realArgv = process.argv;
let appData: string;
beforeEach(() => {
  appData = mkdtempSync(path.join(tmpdir(), 'attune-shortcut-'));
});
afterEach(async () => {
  process.argv = realArgv;
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetElectronFake();
  rmSync(appData, { recursive: true, force: true });
});

/** Attune running with Settings open; `ask` sends a request as the Settings page would. */
async function running(opts: LaunchOptions = {}) {
  const fake = await launchMain(['--settings'], { platform: 'linux-x11', appData, ...opts });
  await markReady(fake);
  const settingsWindow = fake.BrowserWindow.getAllWindows()[0];
  if (!settingsWindow) throw new Error('no settings window');
  const ask = async (channel: string, payload?: unknown) => {
    const reply = (await fake.ipcMain.invoke(
      channel,
      fake.invokeEvent({ sender: settingsWindow.webContents }),
      payload,
    )) as {
      ok: boolean;
      value?: unknown;
      error?: string;
    };
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as Record<string, unknown>;
  };
  return { fake, ask };
}

describe('the quick-pause shortcut', () => {
  it('is off until the person records one', async () => {
    const { fake, ask } = await running();
    expect(await ask('shortcut:status')).toEqual({ accelerator: null, state: 'off', message: null });
    expect(fake.globalShortcut.attempts).toEqual([]);
    expect((await ask('settings:get')).system).toMatchObject({ quickPauseShortcut: null });
  });

  it('a recorded shortcut is registered, saved, and opens a quick pause when pressed', async () => {
    const { fake, ask } = await running();
    expect(await ask('shortcut:set', { accelerator: 'Control+Alt+P' })).toEqual({
      accelerator: 'Control+Alt+P',
      state: 'active',
      message: null,
    });
    expect((await ask('settings:get')).system).toMatchObject({ quickPauseShortcut: 'Control+Alt+P' });
    expect(fake.globalShortcut.press('Control+Alt+P')).toBe(true);
    expect(openURLs(fake)).toContain(`app://attune/index.html${QUICK_BREAKS.breathe}`);
    const practice = fake.BrowserWindow.getAllWindows().find((w) => w.loadedURLs[0]?.includes('practice'));
    await new Promise((r) => setImmediate(r));
    expect(practice?.isVisible()).toBe(true);
  });

  it('a combination another program holds is refused with a clear message; the setting and the old shortcut stay', async () => {
    const { fake, ask } = await running({ takenShortcuts: ['Control+Alt+T'] });
    await ask('shortcut:set', { accelerator: 'Control+Alt+P' });
    const status = await ask('shortcut:set', { accelerator: 'Control+Alt+T' });
    expect(status).toMatchObject({ accelerator: 'Control+Alt+P', state: 'refused', refused: 'Control+Alt+T' });
    expect(status.message).toBe('Ctrl + Alt + T is already taken by another program. Choose a different combination.');
    expect((await ask('settings:get')).system).toMatchObject({ quickPauseShortcut: 'Control+Alt+P' });
    expect(fake.globalShortcut.isRegistered('Control+Alt+P')).toBe(true);
  });

  it('clearing it releases the keys', async () => {
    const { fake, ask } = await running();
    await ask('shortcut:set', { accelerator: 'Control+Alt+P' });
    expect(await ask('shortcut:set', { accelerator: null })).toMatchObject({ state: 'off' });
    expect(fake.globalShortcut.isRegistered('Control+Alt+P')).toBe(false);
    expect((await ask('settings:get')).system).toMatchObject({ quickPauseShortcut: null });
  });

  it('is kept across a restart and registered again at start', async () => {
    const first = await running();
    await first.ask('shortcut:set', { accelerator: 'Control+Shift+B' });
    first.fake.app.quit();
    const second = await running();
    expect(second.fake.globalShortcut.isRegistered('Control+Shift+B')).toBe(true);
    expect(await second.ask('shortcut:status')).toMatchObject({ accelerator: 'Control+Shift+B', state: 'active' });
  });

  it('when another program took it while Attune was closed, Settings says so at the next start', async () => {
    const first = await running();
    await first.ask('shortcut:set', { accelerator: 'Control+Alt+P' });
    first.fake.app.quit();
    const second = await running({ takenShortcuts: ['Control+Alt+P'] });
    expect(await second.ask('shortcut:status')).toMatchObject({ state: 'refused', accelerator: null });
  });

  it('bad input changes nothing and says why', async () => {
    const { fake, ask } = await running();
    await expect(ask('shortcut:set', { accelerator: 'rm -rf' })).rejects.toThrow(/shortcut like Control\+Alt\+P/);
    await expect(ask('shortcut:set', { accelerator: 'Shift+P' })).resolves.toMatchObject({ state: 'refused' });
    expect(fake.globalShortcut.attempts).toEqual([]);
  });

  it('quitting releases it', async () => {
    const { fake, ask } = await running();
    await ask('shortcut:set', { accelerator: 'Control+Alt+P' });
    fake.app.quit();
    expect(fake.globalShortcut.registered.size).toBe(0);
  });
});

describe('on Wayland', () => {
  it('Attune asks Chromium for the GlobalShortcuts portal before ready, keeping other features', async () => {
    const fake = await launchMain([], { platform: 'linux-wayland', appData });
    expect(fake.app.commandLine.getSwitchValue('enable-features')).toBe('GlobalShortcutsPortal');
  });

  it('Settings explains how Wayland handles shortcuts before any is recorded', async () => {
    const { ask } = await running({ platform: 'linux-wayland' });
    expect(await ask('shortcut:status')).toMatchObject({
      state: 'off',
      message: expect.stringMatching(/Global Shortcuts portal/),
    });
  });

  it('works where the desktop has the portal', async () => {
    const { fake, ask } = await running({ platform: 'linux-wayland', shortcutsPortal: true });
    expect(await ask('shortcut:set', { accelerator: 'Control+Alt+P' })).toMatchObject({ state: 'active' });
    fake.globalShortcut.press('Control+Alt+P');
    expect(openURLs(fake)).toContain(`app://attune/index.html${QUICK_BREAKS.breathe}`);
  });

  it('where there is no portal, Settings says so and offers the desktop’s own shortcut instead', async () => {
    const { ask } = await running({ platform: 'linux-wayland', shortcutsPortal: false });
    const status = await ask('shortcut:set', { accelerator: 'Control+Alt+P' });
    expect(status).toMatchObject({ state: 'unavailable', accelerator: null });
    expect(status.message).toMatch(/Global Shortcuts portal/);
    expect(status.message).toMatch(/attune --break breathe$/);
    expect((await ask('settings:get')).system).toMatchObject({ quickPauseShortcut: null });
  });

  it('on X11 no portal switch is added', async () => {
    const fake = await launchMain([], { platform: 'linux-x11', appData });
    expect(fake.app.commandLine.hasSwitch('enable-features')).toBe(false);
  });
});
