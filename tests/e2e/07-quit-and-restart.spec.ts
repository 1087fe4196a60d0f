// Journey 7 — quit in the middle of a pause, then start again: nothing typed or done is lost (a
// note typed in the pause, a crisis note typed a moment before quitting, the pause itself), and
// reminders paused before quitting are still paused after the restart.
import { readFileSync } from 'node:fs';
import { englishWords } from '../../src/main/core/english-words';
import { trayWords } from '../../src/main/core/tray-menu';
import type { Settings } from '../../src/shared/settings';
import { expect, test } from './harness/fixtures';

/** The tray's English words (the app under test speaks English: nothing set, an English system). */
const W = trayWords(englishWords());

const settingsOnDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Settings;
const records = (file: string) => JSON.parse(readFileSync(file, 'utf8')).records as Record<string, unknown>[];

test('quit mid-pause and start again: nothing typed or done is lost, reminders stay paused', async ({ journey }) => {
  const first = await journey.launch();
  await first.clickTray(W.quiet, W.quietFor['2h']);
  await expect.poll(() => first.statusLine()).toBe('Reminders quiet until 12:00');

  // A self-compassion break, with a word for how it is, left open at its last step with a note typed.
  await first.clickTray(W.takeAPause, W.compassion);
  const practice = await first.window(/#\/practice\?kind=compassion$/);
  const tired = practice.getByRole('button', { name: /^(✓ )?tired$/ });
  await tired.click();
  await expect(tired).toHaveAttribute('aria-pressed', 'true');
  await practice.getByRole('button', { name: 'Continue' }).click();
  await expect(practice.locator('section[data-step="breathe"]')).toBeVisible();
  for (let i = 0; i < 10 && !(await practice.locator('section[data-step="close"]').isVisible()); i++)
    await practice.getByRole('button', { name: 'Skip this step' }).click();
  await practice.getByLabel('A private note, if you like').fill('A hand on my chest helped.');

  // A crisis note typed in Settings — and Quit straight after, before it would settle by itself.
  await first.clickTray(W.settings);
  const settings = await first.window(/#\/settings$/);
  const note = settings.getByTestId('crisis-note');
  await note.scrollIntoViewIfNeeded();
  await note.fill('Call Sam on 0123 456 789,');
  await journey.shot(settings, 'typed-before-quit');
  // The last words, typed and not yet settled on disk (the note saves once typing pauses).
  await note.press('End');
  await note.pressSequentially(' or the local crisis line.');
  expect(settingsOnDisk(journey.file('settings.json')).crisisNote).not.toBe(
    'Call Sam on 0123 456 789, or the local crisis line.',
  );
  const quitAt = await first.now();
  await first.clickTray(W.quit);
  expect(await first.exited).toEqual({ code: 0 });

  // On disk: the pause (ended early, with its note), the crisis note, the pause of reminders.
  expect(records(journey.file('history.json'))).toEqual([
    expect.objectContaining({
      kind: 'compassion',
      completed: false,
      checkIn: 'tired',
      note: 'A hand on my chest helped.',
    }),
  ]);
  const saved = settingsOnDisk(journey.file('settings.json'));
  expect(saved.crisisNote).toBe('Call Sam on 0123 456 789, or the local crisis line.');
  // Two hours from when the pause was chosen, just after 10:00 on the app's clock.
  expect(saved.remindersPausedUntil).toBeGreaterThanOrEqual(Date.UTC(2026, 2, 2, 12, 0));
  expect(saved.remindersPausedUntil).toBeLessThan(Date.UTC(2026, 2, 2, 12, 1));

  // Start again a minute later (the desktop has switched to dark): still paused, all there.
  const second = await journey.launch({ clockStart: quitAt + 60_000, dark: true });
  expect(await second.statusLine()).toBe('Reminders quiet until 12:00');
  expect((await second.tray()).items.find((i) => i.label === W.quiet)?.submenu?.map((i) => i.label)).toEqual([
    W.resume,
  ]);
  await second.clickTray(W.settings);
  const again = await second.window(/#\/settings$/);
  await expect(again.getByTestId('crisis-note')).toHaveValue('Call Sam on 0123 456 789, or the local crisis line.');
  await again.getByTestId('crisis-note').scrollIntoViewIfNeeded();
  await journey.shot(again, 'after-restart-crisis-note');
  await again.getByRole('link', { name: 'History' }).click();
  await expect(again.getByTestId('history-summary')).toContainText('In the last 7 days: 1 pause,');
  await expect(again.getByTestId('pause-note')).toHaveText(['A hand on my chest helped.']);
  await journey.shot(again, 'after-restart-history');
});
