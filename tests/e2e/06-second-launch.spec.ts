// Journey 6 — a second launch: starting Attune again while it runs hands the arguments to the
// running app (Electron's single-instance lock and 'second-instance' event), where --break,
// --pause, --resume and --settings each act. A bad argument prints a clear message from the
// second copy and changes nothing in the running one.
import { readFileSync } from 'node:fs';
import { englishWords } from '../../src/main/core/english-words';
import { trayWords } from '../../src/main/core/tray-menu';
import { expect, test } from './harness/fixtures';

/** The tray's English words (the app under test speaks English: nothing set, an English system). */
const W = trayWords(englishWords());

test('second launch: --pause, --resume, --break and --settings act in the running app; a bad argument changes nothing', async ({
  journey,
}) => {
  const app = await journey.launch();
  expect(await app.statusLine()).toBe('Next pause offered at 11:00');
  const settingsOnDisk = () => JSON.parse(readFileSync(journey.file('settings.json'), 'utf8'));

  // --pause 1h: reminders wait an hour, and the pause is saved (it survives a restart).
  let second = await app.secondLaunch(['--pause', '1h']);
  expect(second).toMatchObject({ code: 0, stderr: '' });
  await expect.poll(() => app.statusLine()).toBe('Reminders quiet until 11:00');
  const tray = await app.tray();
  expect(tray.items.find((i) => i.label === W.quiet)?.submenu?.map((i) => i.label)).toEqual([W.resume]);
  expect(settingsOnDisk().remindersPausedUntil).toBeGreaterThan(0);

  // --resume
  second = await app.secondLaunch(['--resume']);
  expect(second.code).toBe(0);
  await expect.poll(() => app.statusLine()).toMatch(/^Next pause offered at \d\d:\d\d$/);
  expect(settingsOnDisk().remindersPausedUntil).toBeNull();

  // --break three-breaths: the practice window, straight into breathing.
  second = await app.secondLaunch(['--break', 'three-breaths']);
  expect(second.code).toBe(0);
  const practice = await app.window(/#\/practice\/breathe\?cycles=3&kind=three-breaths$/);
  await expect(practice.locator('section[data-step="breathe"]')).toBeVisible();
  await journey.shot(practice, 'break-three-breaths');

  // --settings
  second = await app.secondLaunch(['--settings']);
  expect(second.code).toBe(0);
  const settings = await app.window(/#\/settings$/);
  await expect(settings.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(app.openWindows()).toHaveLength(2);

  // Bad arguments: a clear message from the second copy, and nothing changes.
  const before = {
    status: await app.statusLine(),
    windows: app.openWindows().map((w) => w.page.url()),
    settings: readFileSync(journey.file('settings.json')),
    history: readFileSync(journey.file('history.json')),
  };
  second = await app.secondLaunch(['--pause', '3h']);
  expect(second.code).toBe(2);
  expect(second.stderr).toBe('attune: --pause takes 30m, 1h, 2h or tomorrow, not "3h"\n');
  second = await app.secondLaunch(['--break', 'lunch']);
  expect(second.code).toBe(2);
  expect(second.stderr).toBe('attune: --break takes short, breathe, compassion or three-breaths, not "lunch"\n');
  second = await app.secondLaunch(['--frobnicate']);
  expect(second.code).toBe(2);
  expect(second.stderr).toBe('attune: Unknown option "--frobnicate". Try attune --help.\n');
  await new Promise((r) => setTimeout(r, 300));
  expect(await app.statusLine()).toBe(before.status);
  expect(app.openWindows().map((w) => w.page.url())).toEqual(before.windows);
  expect(readFileSync(journey.file('settings.json')).equals(before.settings)).toBe(true);
  expect(readFileSync(journey.file('history.json')).equals(before.history)).toBe(true);
  await journey.shot(settings, 'settings-from-second-launch');
});
