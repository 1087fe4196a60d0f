// Journey 3 — a scheduled reminder: when one falls due, dunst (a real notification daemon on a
// private D-Bus session) shows it with its actions; Start opens the pause; finishing it records
// it; Skip and Later each move the next reminder as the scheduler says. Start begins what
// Settings names (by default the short pause: a minute of breathing, then a kind word, with the
// whole self-compassion break offered).
//
// The clock: the app process starts at Monday 10:00 UTC and its clock flows in real time;
// `app.tick(ms)` moves it forward (fake timers in the app process, so main's own scheduler timers
// fire, in order, as if that time had passed). Nothing in the app is bypassed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { englishWords } from '../../src/main/core/english-words';
import { reminderNotice } from '../../src/main/core/notifier';
import { trayWords } from '../../src/main/core/tray-menu';
import { dunstAvailable } from './harness/dunst';
import { expect, test } from './harness/fixtures';
import { hhmm, MINUTE, until } from './harness/time';

/** The tray's English words (the app under test speaks English: nothing set, an English system). */
const W = trayWords(englishWords());
const N = reminderNotice(englishWords(), 0, 0);

const records = (file: string) => JSON.parse(readFileSync(file, 'utf8')).records as Record<string, unknown>[];

test('a scheduled reminder: shown by dunst, Start opens the pause, Skip and Later reschedule', async ({ journey }) => {
  if (!dunstAvailable())
    throw new Error(
      'run the journeys through tools/test-e2e.sh (npm run test:e2e): it starts Xvfb, a private D-Bus and dunst',
    );
  const { dunst } = journey;
  dunst.reset();
  const app = await journey.launch();
  // The person has not typed for 10 s: a lull, so a due reminder shows at once.
  await app.request({ type: 'idle', seconds: 10 });
  expect(await app.statusLine()).toBe('Next pause offered at 11:00');

  // 11:00 — the first reminder.
  await app.tick(60 * MINUTE);
  const [notice] = await until('the reminder to reach dunst', () => dunst.received().length === 1 && dunst.received());
  expect(notice).toMatchObject({
    appname: 'Attune',
    summary: N.title,
    actions: {
      default: N.startLabel,
      start: N.startLabel,
      snooze: N.snoozeLabel,
      skip: N.skipLabel,
    },
  });
  expect(notice?.body).not.toBe('');
  await expect.poll(() => app.statusLine()).toBe('A pause is here, if you like');
  expect((await app.tray()).image).toBe(path.resolve('resources/icons/tray/tray-due.png'));
  expect(app.openWindows()).toEqual([]);
  await journey.shotDesktop('dunst-shows-the-reminder');

  // Start, from the notice's actions: the short pause opens, straight into breathing.
  dunst.choose('start');
  const practice = await app.window(/#\/practice\?kind=short$/);
  await expect(practice.locator('section[data-step="breathe"]')).toBeVisible();
  await expect(practice.getByTestId('pacer')).toBeVisible();
  await expect.poll(() => app.statusLine()).toBe('Taking a pause');
  await until('the notice to close', () => dunst.displayed() === 0);
  await journey.shot(practice, 'reminder-opens-the-short-pause');
  // Breathing done: one kind word, and the whole break offered, never pressed.
  await practice.getByRole('button', { name: 'Skip this step' }).click();
  const offer = practice.locator('section[data-step="offer"]');
  await expect(offer).toBeVisible();
  await expect(offer.getByTestId('offer-phrase')).not.toBeEmpty();
  await journey.shot(practice, 'short-pause-offers-more');
  await offer.getByRole('button', { name: 'Go on to the self-compassion break' }).click();
  await expect(practice.locator('section[data-step="notice"]')).toBeVisible();

  // Through to the end (each step skipped), with a private note, then Close.
  for (let i = 0; i < 10 && !(await practice.locator('section[data-step="close"]').isVisible()); i++)
    await practice.getByRole('button', { name: 'Skip this step' }).click();
  await practice.getByLabel('A private note, if you like').fill('Shoulders softer.');
  await journey.shot(practice, 'pause-close-step');
  await practice.locator('#main').getByRole('button', { name: 'Close', exact: true }).click();
  await expect.poll(() => app.openWindows().length).toBe(0);
  expect(records(journey.file('history.json'))).toEqual([
    expect.objectContaining({ kind: 'short', completed: true, note: 'Shoulders softer.' }),
  ]);
  // The next reminder is a whole interval after the pause ended.
  const finished = await app.now();
  await expect.poll(() => app.statusLine()).toBe(`Next pause offered at ${hhmm(finished + 60 * MINUTE)}`);

  // The next one: Skip. The one after comes a whole interval later.
  dunst.reset();
  const second = await app.tick(60 * MINUTE);
  await until('the second reminder', () => dunst.displayed() === 1);
  dunst.choose('skip');
  await until('the notice to close', () => dunst.displayed() === 0);
  await expect.poll(() => app.statusLine()).toBe(`Next pause offered at ${hhmm(second + 60 * MINUTE)}`);
  expect(app.openWindows()).toEqual([]);

  // The next one: Later. Offered again after the snooze length in Settings (10 minutes by default).
  dunst.reset();
  const third = await app.tick(60 * MINUTE);
  await until('the third reminder', () => dunst.displayed() === 1);
  dunst.choose('snooze');
  await until('the notice to close', () => dunst.displayed() === 0);
  await expect.poll(() => app.statusLine()).toBe(`Offered again at ${hhmm(third + 10 * MINUTE)}`);
  await app.tick(10 * MINUTE);
  await until('the snoozed reminder to come back', () => dunst.received().length === 2);
  await expect.poll(() => app.statusLine()).toBe('A pause is here, if you like');
  expect(records(journey.file('history.json'))).toHaveLength(1);

  // Settings, "What a reminder begins": the whole self-compassion break. The notice still on
  // screen now begins that, with its first step, arriving.
  await app.clickTray(W.settings);
  const settings = await app.window(/#\/settings$/);
  const whole = settings.getByRole('radio', { name: /^The full self-compassion break/ });
  await whole.click();
  await expect(whole).toBeChecked();
  await expect
    .poll(() => JSON.parse(readFileSync(journey.file('settings.json'), 'utf8')).schedule.reminderStarts)
    .toBe('full');
  await until('the snoozed reminder on screen', () => dunst.displayed() === 1);
  dunst.choose('start');
  const wholePause = await app.window(/#\/practice$/);
  await expect(wholePause.locator('section[data-step="arrive"]')).toBeVisible();
  await expect.poll(() => app.statusLine()).toBe('Taking a pause');
});
