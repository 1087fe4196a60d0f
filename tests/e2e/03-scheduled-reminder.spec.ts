// Journey 3 — a scheduled reminder: when one falls due, dunst (a real notification daemon on a
// private D-Bus session) shows it with its actions; Start opens the pause; finishing it records
// it; Skip and "In 10 minutes" each move the next reminder as the scheduler says.
//
// The clock: the app process starts at Monday 10:00 UTC and its clock flows in real time;
// `app.tick(ms)` moves it forward (fake timers in the app process, so main's own scheduler timers
// fire, in order, as if that time had passed). Nothing in the app is bypassed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dunstAvailable } from './harness/dunst';
import { expect, test } from './harness/fixtures';
import { hhmm, MINUTE, until } from './harness/time';

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
  expect(await app.statusLine()).toBe('Next pause at 11:00');

  // 11:00 — the first reminder.
  await app.tick(60 * MINUTE);
  const [notice] = await until('the reminder to reach dunst', () => dunst.received().length === 1 && dunst.received());
  expect(notice).toMatchObject({
    appname: 'Attune',
    summary: 'Time for a pause',
    actions: { default: 'Start', start: 'Start', snooze: 'In 10 minutes', skip: 'Skip' },
  });
  expect(notice?.body).not.toBe('');
  await expect.poll(() => app.statusLine()).toBe('Pause due');
  expect((await app.tray()).image).toBe(path.resolve('resources/icons/tray/tray-due.png'));
  expect(app.openWindows()).toEqual([]);
  await journey.shotDesktop('dunst-shows-the-reminder');

  // Start, from the notice's actions: the whole pause opens.
  dunst.choose('start');
  const practice = await app.window(/#\/practice$/);
  await expect(practice.locator('section[data-step="arrive"]')).toBeVisible();
  await expect.poll(() => app.statusLine()).toBe('Pausing now');
  await until('the notice to close', () => dunst.displayed() === 0);
  await journey.shot(practice, 'reminder-opens-the-pause');
  // A word for how it is right now, then on.
  const tired = practice.getByRole('button', { name: /^(✓ )?tired$/ });
  await tired.click();
  await expect(tired).toHaveAttribute('aria-pressed', 'true');
  await practice.getByRole('button', { name: 'Continue' }).click();
  await expect(practice.locator('section[data-step="breathe"]')).toBeVisible();

  // Through to the end (each step skipped), with a private note, then Close.
  for (let i = 0; i < 10 && !(await practice.locator('section[data-step="close"]').isVisible()); i++)
    await practice.getByRole('button', { name: 'Skip this step' }).click();
  await practice.getByLabel('A private note, if you like').fill('Shoulders softer.');
  await journey.shot(practice, 'pause-close-step');
  await practice.locator('#main').getByRole('button', { name: 'Close', exact: true }).click();
  await expect.poll(() => app.openWindows().length).toBe(0);
  expect(records(journey.file('history.json'))).toEqual([
    expect.objectContaining({ kind: 'full', completed: true, checkIn: 'tired', note: 'Shoulders softer.' }),
  ]);
  // The next reminder is a whole interval after the pause ended.
  const finished = await app.now();
  await expect.poll(() => app.statusLine()).toBe(`Next pause at ${hhmm(finished + 60 * MINUTE)}`);

  // The next one: Skip. The one after comes a whole interval later.
  dunst.reset();
  const second = await app.tick(60 * MINUTE);
  await until('the second reminder', () => dunst.displayed() === 1);
  dunst.choose('skip');
  await until('the notice to close', () => dunst.displayed() === 0);
  await expect.poll(() => app.statusLine()).toBe(`Next pause at ${hhmm(second + 60 * MINUTE)}`);
  expect(app.openWindows()).toEqual([]);

  // The next one: "In 10 minutes". Snoozed, and back ten minutes later.
  dunst.reset();
  const third = await app.tick(60 * MINUTE);
  await until('the third reminder', () => dunst.displayed() === 1);
  dunst.choose('snooze');
  await until('the notice to close', () => dunst.displayed() === 0);
  await expect.poll(() => app.statusLine()).toBe(`Snoozed until ${hhmm(third + 10 * MINUTE)}`);
  await app.tick(10 * MINUTE);
  await until('the snoozed reminder to come back', () => dunst.received().length === 2);
  await expect.poll(() => app.statusLine()).toBe('Pause due');
  expect(records(journey.file('history.json'))).toHaveLength(1);
});
