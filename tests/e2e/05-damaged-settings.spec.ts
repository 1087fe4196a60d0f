// Journey 5 — a damaged settings file at start: Attune starts anyway, keeps the damaged file byte
// for byte beside the repaired one, keeps every valid setting and every history entry, and the
// first window it opens says so once.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { englishWords } from '../../src/main/core/english-words';
import { trayWords } from '../../src/main/core/tray-menu';
import type { PauseRecord } from '../../src/shared/history';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import { expect, test } from './harness/fixtures';

/** The tray's English words (the app under test speaks English: nothing set, an English system). */
const W = trayWords(englishWords());

test('damaged settings: starts, keeps the original, every valid key and all history, and says so once', async ({
  journey,
}) => {
  // What the person had: their own choices, one value damaged (a number that became a word).
  const theirs = defaultSettings();
  theirs.schedule.snoozeMinutes = 15;
  theirs.practice.pattern = 'box';
  theirs.practice.phrases.kindness = ['May I be patient with myself.'];
  theirs.crisisNote = 'Call Sam on 0123 456 789, or the local crisis line.';
  const damaged = JSON.parse(JSON.stringify(theirs)) as Record<string, Record<string, unknown>>;
  (damaged.schedule as Record<string, unknown>).intervalMinutes = 'soon';
  const damagedBytes = Buffer.from(`${JSON.stringify(damaged, null, '\t')}\n`, 'utf8');
  // Dated by the real clock: the pages (History) run on it; only the app process's clock is driven.
  const day = 24 * 3600_000;
  const history: PauseRecord[] = [
    { id: 'a1', kind: 'breathe', startedAt: Math.round(Date.now() - 3 * day), durationSeconds: 60, completed: true },
    {
      id: 'b2',
      kind: 'full',
      startedAt: Math.round(Date.now() - day),
      durationSeconds: 245.5,
      completed: false,
      checkIn: 'tired',
      note: 'Stopped at the kind word.',
    },
  ];
  mkdirSync(journey.userData, { recursive: true });
  writeFileSync(journey.file('settings.json'), damagedBytes);
  writeFileSync(journey.file('history.json'), JSON.stringify({ records: history }));

  const app = await journey.launch();
  expect(await app.statusLine()).toBe('Next pause offered at 11:00'); // the interval went back to 60 minutes

  // The damaged original, kept byte for byte beside the repaired file.
  const kept = readdirSync(journey.userData).filter((f) => /^settings\.corrupt-.+\.json$/.test(f));
  expect(kept).toHaveLength(1);
  expect(readFileSync(journey.file(kept[0] as string)).equals(damagedBytes)).toBe(true);

  // Every valid key kept; only the damaged one is back to its default. History untouched.
  const repaired = JSON.parse(readFileSync(journey.file('settings.json'), 'utf8')) as Settings;
  expect(repaired).toEqual({ ...theirs, schedule: { ...theirs.schedule, intervalMinutes: 60 } });
  expect(JSON.parse(readFileSync(journey.file('history.json'), 'utf8')).records).toEqual(history);

  // The first window says what happened, naming the kept file.
  await app.clickTray(W.settings);
  const settings = await app.window(/#\/settings$/);
  const notice = settings.locator('.notice');
  await expect(notice).toContainText('Some settings under “Reminders” couldn’t be read');
  await expect(notice).toContainText(`The original file is kept beside it as “${path.basename(kept[0] as string)}”.`);
  await expect(settings.getByLabel('Time between pauses')).toHaveValue('60');
  await journey.shot(settings, 'settings-with-notice');

  // Once only: the next window has no notice.
  await app.clickTray(W.read);
  const read = await app.window(/#\/read$/);
  await expect(read.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(read.locator('.notice')).toHaveCount(0);

  // History shows both pauses.
  await settings.getByRole('link', { name: 'History' }).click();
  await expect(settings.getByTestId('history-summary')).toHaveText(
    'In the last 7 days: 2 pauses, with 5 minutes of practice.',
  );
  await expect(settings.locator('.pause-day')).toHaveCount(2);
  await expect(settings.getByTestId('pause-item')).toHaveCount(2);
  await expect(settings.getByTestId('pause-note')).toHaveText(['Stopped at the kind word.']);
});
