// The composition root under the fake's platform modes: macOS 'activate', and development runs
// that keep away from an installed Attune (own name, user-data folder and single-instance lock).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Fake, launchMain, markReady, openURLs } from '../support/launch-main';

vi.mock('electron', () => import('../fakes/electron'));

const realArgv = process.argv;
const launch = launchMain;
const ready = markReady;
const urls = openURLs;

afterEach(async () => {
  process.argv = realArgv;
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetElectronFake();
});

describe('macOS: opening Attune again (Finder, Launchpad, Spotlight)', () => {
  it('the running app gets "activate", not a second launch, and opens Settings', async () => {
    const fake = await launch([], { platform: 'darwin' });
    await ready(fake);
    expect(fake.BrowserWindow.created).toHaveLength(0);
    fake.app.launchAgain();
    expect(urls(fake)).toEqual(['app://attune/index.html#/settings']);
  });

  it('opening it again while Settings is open focuses that window, and nothing runs twice', async () => {
    const fake = await launch([], { platform: 'darwin' });
    await ready(fake);
    fake.app.launchAgain();
    fake.app.launchAgain();
    expect(fake.BrowserWindow.created).toHaveLength(1);
  });

  it('an "activate" during start-up (before the app is ready) opens nothing', async () => {
    const fake = await launch([], { platform: 'darwin' });
    fake.app.launchAgain();
    await ready(fake);
    expect(fake.BrowserWindow.created).toHaveLength(0);
  });

  it('on Linux the same gesture is a second launch and opens Settings too', async () => {
    const fake = await launch([], { platform: 'linux-x11' });
    await ready(fake);
    fake.app.launchAgain();
    expect(urls(fake)).toEqual(['app://attune/index.html#/settings']);
  });
});

describe('development never touches the installed app', () => {
  it('npm run dev / npm start: own name, user-data folder and lock, set before the lock is taken', async () => {
    const fake = await launch([], { platform: 'linux-x11' });
    const devDir = path.join(fake.app.getPath('appData'), 'Attune Dev');
    expect(fake.app.getName()).toBe('Attune Dev');
    expect(fake.app.lockDirs).toEqual([devDir]);
    await ready(fake);
    expect(existsSync(path.join(devDir, 'settings.json'))).toBe(true);
    expect(existsSync(path.join(fake.app.getPath('appData'), 'Attune', 'settings.json'))).toBe(false);
  });

  it('runs beside an installed Attune that holds its own lock', async () => {
    const fake = await launch(['--settings'], { platform: 'linux-x11', heldElsewhere: ['Attune'] });
    expect(fake.app.quitCalls).toBe(0);
    await ready(fake);
    expect(fake.Tray.instances).toHaveLength(1);
    expect(urls(fake)).toEqual(['app://attune/index.html#/settings']);
  });

  it('a second development copy still defers to the first one', async () => {
    const fake = await launch([], { platform: 'linux-x11', heldElsewhere: ['Attune Dev'] });
    expect(fake.app.quitCalls).toBe(1);
  });

  it('the packaged app keeps its name and the usual folder', async () => {
    const fake = await launch([], { platform: 'linux-x11', packaged: true, heldElsewhere: ['Attune Dev'] });
    expect(fake.app.getName()).toBe('Attune');
    expect(fake.app.lockDirs).toEqual([path.join(fake.app.getPath('appData'), 'Attune')]);
    expect(fake.app.quitCalls).toBe(0);
  });
});
