// The whole app (src/main/index.ts under the Electron fake) on a private GNOME-Wayland-like
// desktop: with no tray host, a first run opens Settings; the tray and the app state carry the
// desktop's facts.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppState } from '../../src/shared/app-state';
import { defaultSettings } from '../../src/shared/settings';
import { type PrivateDesktop, startDesktop } from './support/desktop';
import { notificationServer, type Service, statusNotifierWatcher } from './support/services';

vi.mock('electron', () => import('../fakes/electron'));

type Fake = typeof import('../fakes/electron');
const realArgv = process.argv;
const realEnv = { ...process.env };
let desk: PrivateDesktop;
const services: Service[] = [];

async function launch(env: NodeJS.ProcessEnv, userData?: string): Promise<Fake> {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetElectronFake();
  fake.app.appPath = process.cwd();
  process.env = { ...realEnv, ...env };
  process.argv = [process.execPath, '/app/out/main/index.js'];
  await import('../../src/main/index');
  if (userData) fake.app.setPath('userData', userData);
  fake.app.markReady();
  await new Promise((r) => setImmediate(r));
  return fake;
}

const settingsUrl = 'app://attune/index.html#/settings';
const urls = (fake: Fake) => fake.BrowserWindow.getAllWindows().map((w) => w.loadedURLs.at(-1));

beforeAll(async () => {
  desk = await startDesktop();
});
afterEach(async () => {
  const fake = (await import('electron')) as unknown as Fake;
  fake.app.quit();
  await Promise.all(services.splice(0).map((s) => s.stop()));
  process.argv = realArgv;
  process.env = { ...realEnv };
});
afterAll(async () => {
  await desk?.stop();
});

const wayland = () => ({ ...desk.env, XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'GNOME' });

describe('the app on a Linux desktop over D-Bus', () => {
  it('no tray host on a first run: Settings opens by itself', async () => {
    const fake = await launch(wayland());
    await vi.waitFor(() => expect(urls(fake)).toEqual([settingsUrl]), { timeout: 5000 });
  });

  it('no tray host on a later run (the first-run questions answered): nothing opens by itself', async () => {
    const userData = path.join(desk.dir, 'later-run');
    await mkdir(userData, { recursive: true });
    const settings = defaultSettings();
    settings.system.loginPromptAnswered = true;
    await writeFile(path.join(userData, 'settings.json'), JSON.stringify(settings));
    const fake = await launch(wayland(), userData);
    await new Promise((r) => setTimeout(r, 1500));
    expect(urls(fake)).toEqual([]);
  });

  it('a tray host: nothing opens; the tray shows that nothing can show notifications', async () => {
    services.push(await statusNotifierWatcher(desk.sessionAddress, true));
    const fake = await launch(wayland());
    const tray = fake.Tray.instances[0];
    await vi.waitFor(
      () => expect(tray?.contextMenu?.labels()).toContain('Notifications can’t be shown — reminders appear here'),
      { timeout: 5000 },
    );
    expect(urls(fake)).toEqual([]);
  });

  it('the state the open windows receive carries the desktop facts', async () => {
    services.push(await notificationServer(desk.sessionAddress, ['body', 'actions']));
    // No tray host: Settings opens, and follows the state main broadcasts.
    const fake = await launch(wayland());
    await vi.waitFor(() => expect(urls(fake)).toEqual([settingsUrl]), { timeout: 5000 });
    const win = fake.BrowserWindow.getAllWindows()[0];
    const lastState = () =>
      win?.webContents.sent.filter((m) => m.channel === 'state:changed').at(-1)?.args[0] as AppState | undefined;
    await vi.waitFor(
      () =>
        expect(lastState()?.desktop).toEqual({
          notifications: { via: 'dbus', server: 'attune-test-notifications', actions: true },
          idleTrusted: false,
          trayHost: false,
        }),
      { timeout: 5000 },
    );
  });
});
