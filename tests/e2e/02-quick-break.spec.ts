// Journey 2 — a quick break from the tray: "Three breaths" opens the practice window on the
// breathing step; the guide keeps real time; closing the window records exactly one pause in the
// history file; the tray's status line and the History screen, open in a second window, both
// show it without a reload.
import { readFileSync } from 'node:fs';
import { englishWords } from '../../src/main/core/english-words';
import { trayWords } from '../../src/main/core/tray-menu';
import { expect, test } from './harness/fixtures';
import { nextPhaseChanges } from './harness/pacer';

/** The tray's English words (the app under test speaks English: nothing set, an English system). */
const W = trayWords(englishWords());

const records = (file: string) => JSON.parse(readFileSync(file, 'utf8')).records as Record<string, unknown>[];

test('quick break: three breaths from the tray, recorded once, seen in the tray and History at once', async ({
  journey,
}) => {
  const app = await journey.launch();
  expect(await app.statusLine()).toBe('Next pause offered at 11:00');

  // History, in the settings window, before anything was done.
  await app.clickTray(W.settings);
  const history = await app.window(/#\/settings$/);
  await history.getByRole('link', { name: 'History' }).click();
  await expect(history).toHaveURL(/#\/history$/);
  await expect(history.getByTestId('history-empty')).toContainText('Your pauses will gather here');
  await history.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  await journey.shot(history, 'history-before');

  await app.clickTray(W.takeAPause, W.threeBreaths);
  const practice = await app.window(/#\/practice\/breathe\?cycles=3&kind=three-breaths$/);
  expect(app.openWindows()).toHaveLength(2);
  // Straight into breathing: no arrival step for three breaths.
  await expect(practice.locator('section[data-step]')).toHaveAttribute('data-step', 'breathe');
  await expect(practice.getByTestId('pacer')).toBeVisible();
  await expect.poll(() => app.statusLine()).toBe('Taking a pause');
  await journey.shot(practice, 'three-breaths');

  // The default pattern, Steady: 5.5 s in, 5.5 s out — measured in the page, in real time.
  const changes = await nextPhaseChanges(practice, 3);
  expect(changes.map(([phase]) => phase)).toEqual(['exhale', 'inhale', 'exhale']);
  const [, inhale, exhale] = changes.map(([, t]) => t);
  expect(inhale).toBeGreaterThan(5500 - 300);
  expect(inhale).toBeLessThan(5500 + 300);
  expect((exhale ?? 0) - (inhale ?? 0)).toBeGreaterThan(5500 - 300);
  expect((exhale ?? 0) - (inhale ?? 0)).toBeLessThan(5500 + 300);
  expect(records(journey.file('history.json'))).toEqual([]);

  // The window manager's close button, mid-breath: the pause is still recorded, once.
  await app.closeWindow(practice);
  await expect.poll(() => records(journey.file('history.json')).length).toBe(1);
  const [record] = records(journey.file('history.json'));
  expect(record).toMatchObject({ kind: 'three-breaths', completed: false });
  expect(record?.durationSeconds).toBeGreaterThan(10);
  // The page records the pause while it unloads; the window is gone a moment later.
  await expect.poll(() => app.openWindows().length).toBe(1);

  // Seen at once in the tray (reminders start again from now) and in the open History.
  await expect.poll(() => app.statusLine()).toBe('Next pause offered at 11:00');
  await expect(history.getByTestId('history-empty')).toHaveCount(0);
  await expect(history.getByTestId('history-summary')).toHaveText(
    'In the last 7 days: 1 pause, with under a minute of practice.',
  );
  await expect(history.getByTestId('pause-item')).toHaveCount(1);
  expect(await history.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await journey.shot(history, 'history-after');

  // Nothing more is written later.
  await new Promise((r) => setTimeout(r, 500));
  expect(records(journey.file('history.json'))).toHaveLength(1);
});
