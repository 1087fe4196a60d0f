// Journey 1 — first run: Attune starts in the tray with no window; its menu is all there; the
// first time Settings opens it asks once about starting at login; the settings and history files
// are on disk with the schema's defaults.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { englishWords } from '../../src/main/core/english-words';
import { trayWords } from '../../src/main/core/tray-menu';
import type { AppState } from '../../src/shared/app-state';
import { defaultSettings } from '../../src/shared/settings';
import { expect, test } from './harness/fixtures';

/** The tray's English words (the app under test speaks English: nothing set, an English system). */
const W = trayWords(englishWords());

test('first run: tray only, the full menu, one question about login, files with the defaults', async ({ journey }) => {
  const app = await journey.launch();

  // No window opens by itself: an idle Attune runs no renderer.
  await new Promise((r) => setTimeout(r, 500));
  expect(app.openWindows()).toEqual([]);

  const tray = await app.tray();
  expect(tray.image).toBe(path.resolve('resources/icons/tray/tray.png'));
  expect(tray.tooltip).toBe('Attune — Next pause offered at 11:00');
  // dunst answers on the session bus, so the menu has no "notifications can't be shown" line.
  const fullMenu = [
    'Next pause offered at 11:00',
    '---',
    W.takeAPause,
    W.quiet,
    '---',
    W.read,
    W.crisis,
    W.settings,
    W.about,
    '---',
    W.quit,
  ];
  expect(tray.items.map((i) => i.label)).toEqual(fullMenu);
  expect(tray.items[0]?.enabled).toBe(false);
  expect(tray.items[2]?.submenu?.map((i) => i.label)).toEqual([W.short, W.breathe, W.threeBreaths, W.compassion]);
  expect(tray.items[3]?.submenu?.map((i) => i.label)).toEqual([
    W.quietFor['30m'],
    W.quietFor['1h'],
    W.quietFor['2h'],
    W.quietFor.tomorrow,
  ]);

  // The files exist at once, holding the schema's defaults and an empty history.
  const onDisk = JSON.parse(readFileSync(journey.file('settings.json'), 'utf8'));
  expect(onDisk).toEqual(defaultSettings());
  expect(JSON.parse(readFileSync(journey.file('history.json'), 'utf8'))).toEqual({ records: [] });

  // Settings, the first time: the question about login.
  await app.clickTray('Settings…');
  const settings = await app.window(/#\/settings$/);
  await expect(settings.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const prompt = settings.getByTestId('login-prompt');
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('heading', { name: 'Start Attune when you log in?' })).toBeVisible();
  await journey.shot(settings, 'settings-asks-about-login');

  // By now Attune has looked at the desktop: reminders go to dunst over D-Bus, with their buttons,
  // and the tray still says nothing about notifications.
  const desktop = () =>
    settings.evaluate(async () => {
      const api = (window as unknown as { attune: { invoke(c: string): Promise<AppState> } }).attune;
      return (await api.invoke('state:get')).desktop?.notifications ?? null;
    });
  await expect.poll(desktop).toMatchObject({ via: 'dbus', server: 'dunst', actions: true });
  expect((await app.tray()).items.map((i) => i.label)).toEqual(fullMenu);

  await prompt.getByRole('button', { name: 'Yes, start at login' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Attune will start when you log in.' })).toHaveText(
    'Attune will start when you log in. You can change this under System.',
  );
  // On disk: the answer, and the XDG autostart entry that makes it true.
  await expect
    .poll(() => JSON.parse(readFileSync(journey.file('settings.json'), 'utf8')).system)
    .toMatchObject({ startAtLogin: true, loginPromptAnswered: true });
  const entry = path.join(journey.home, '.config', 'autostart', 'attune.desktop');
  expect(existsSync(entry)).toBe(true);
  expect(readFileSync(entry, 'utf8')).toMatch(/^X-GNOME-Autostart-enabled=true$/m);
  await journey.shot(settings, 'settings-answered');

  // The page talks to main only through the preload's two functions; nothing is kept in the
  // page (the web preview's browser bridge, which uses localStorage, is not in this build).
  expect(
    await settings.evaluate(() => ({
      api: Object.keys((window as unknown as { attune: object }).attune),
      stored: localStorage.length,
    })),
  ).toEqual({ api: ['invoke', 'on'], stored: 0 });
  // main checks the sender frame itself: a call from a frame inside the page reaches main with
  // that frame as senderFrame, and main refuses it. (In Electron the preload does not run in
  // subframes at all; Playwright's init script does, which lets this check be seen working.)
  const fromSubframe = await settings.evaluate(async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const api = (frame.contentWindow as unknown as { attune?: { invoke(c: string): Promise<unknown> } }).attune;
    if (!api) throw new Error('no window.attune in the frame');
    try {
      await api.invoke('state:get');
      return 'answered';
    } catch (err) {
      return (err as Error).message;
    } finally {
      frame.remove();
    }
  });
  expect(fromSubframe).toBe('request refused: it did not come from an Attune window');
  // A page that tries to leave is stopped by main ('will-navigate' is refused for every window).
  await settings.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await new Promise((r) => setTimeout(r, 500));
  expect(settings.url()).toBe('http://attune.localhost/index.html#/settings');
  await expect(settings.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // Closed and opened again: the question does not come back.
  await app.pressToClose(settings, 'Escape');
  await expect.poll(() => app.openWindows().length).toBe(0);
  await app.clickTray('Settings…');
  const again = await app.window(/#\/settings$/);
  await expect(again.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(again.getByTestId('login-prompt')).toHaveCount(0);
  await journey.shot(again, 'settings-second-time');
});
