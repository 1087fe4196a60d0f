// Journey 4 — a settings change ripples: a new interval and new active hours, typed in the
// Settings window, re-arm the scheduler and change the tray's status line, are on disk, and reach
// another open window (the reading view) through `settings:changed`.
import { readFileSync } from 'node:fs';
import { englishWords } from '../../src/main/core/english-words';
import { trayWords } from '../../src/main/core/tray-menu';
import type { Settings } from '../../src/shared/settings';
import { expect, test } from './harness/fixtures';
import { MINUTE } from './harness/time';

/** The tray's English words (the app under test speaks English: nothing set, an English system). */
const W = trayWords(englishWords());

const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Settings;

test('settings ripple: interval and active hours re-arm reminders, reach the tray, the disk and another window', async ({
  journey,
}) => {
  const app = await journey.launch();
  expect(await app.statusLine()).toBe('Next pause offered at 11:00');

  // Another window, open first: the reading view. It hears settings:changed through its preload.
  await app.clickTray(W.read);
  const read = await app.window(/#\/read$/);
  await expect(read.getByRole('heading', { level: 1 })).toBeVisible();
  await read.evaluate(() => {
    const w = window as unknown as { heard: Settings[]; attune: { on(e: string, l: (s: Settings) => void): void } };
    w.heard = [];
    w.attune.on('settings:changed', (s) => w.heard.push(s));
  });
  const heard = () => read.evaluate(() => (window as unknown as { heard: Settings[] }).heard);

  await app.clickTray(W.settings);
  const settings = await app.window(/#\/settings$/);

  // Every 30 minutes instead of 60: the next reminder moves from 11:00 to 10:30.
  const interval = settings.getByLabel('Time between pauses');
  await interval.fill('30');
  await interval.press('Enter');
  await expect.poll(() => app.statusLine()).toBe('Next pause offered at 10:30');
  await expect.poll(() => onDisk(journey.file('settings.json')).schedule.intervalMinutes).toBe(30);
  await expect.poll(async () => (await heard()).at(-1)?.schedule.intervalMinutes).toBe(30);

  // Active hours from 12:00: it is 10:00, so no reminder until then.
  await settings.getByLabel('Range 1 starts at').fill('12:00');
  await expect.poll(() => app.statusLine()).toBe('Outside your active hours');
  await expect
    .poll(() => onDisk(journey.file('settings.json')).schedule.activeHours)
    .toEqual([{ days: [1, 2, 3, 4, 5], start: '12:00', end: '17:30' }]);
  await expect.poll(async () => (await heard()).at(-1)?.schedule.activeHours[0]?.start).toBe('12:00');
  await settings.getByLabel('Range 1 starts at').scrollIntoViewIfNeeded();
  await journey.shot(settings, 'settings-changed');

  // A change the reading view shows: its theme follows at once, without a reload.
  // (A controlled radio: it shows checked once main has accepted the change.)
  await settings.getByRole('radio', { name: 'Sepia' }).click();
  await expect(settings.getByRole('radio', { name: 'Sepia' })).toBeChecked();
  await expect(read.getByRole('radio', { name: /Sepia/ })).toBeChecked();
  await expect.poll(() => onDisk(journey.file('settings.json')).reading.theme).toBe('sepia');
  await journey.shot(read, 'reading-view-follows');

  // The scheduler was re-armed with both: at 12:00 the hours begin, the next pause is 30 minutes on.
  await app.tick(2 * 60 * MINUTE);
  await expect.poll(() => app.statusLine()).toBe('Next pause offered at 12:30');
});
