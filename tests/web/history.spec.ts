// The history screen: what was done as a list of pauses by day (only days with pauses — an empty
// day is never a gap), with private notes that can be deleted, check-in words only when wanted,
// a kind word when history is off, a warm empty state — nothing red, no streaks, nothing "missed".
import { expect, type Page, test } from '@playwright/test';
import type { PauseRecord } from '../../src/shared/history';
import { axeProblems } from '../support/axe';
import {
  fixClock,
  MONDAY_MORNING,
  openWith,
  SETTINGS_VIEWPORT,
  sampleHistory,
  stored,
  storedHistory,
} from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });

test.beforeEach(async ({ page }) => {
  await fixClock(page);
});

/** Each day shown, with its pauses as they read: [heading, [line, …]]. */
async function daysShown(page: Page): Promise<[string, string[]][]> {
  return page
    .getByTestId('pause-days')
    .locator('section')
    .evaluateAll((sections) =>
      sections.map((s) => [
        (s.querySelector('h2')?.textContent ?? '').trim(),
        [...s.querySelectorAll('.pause-line')].map((l) =>
          [...l.children].map((c) => (c.textContent ?? '').trim()).join(' · '),
        ),
      ]),
    );
}

const day = (daysAgo: number, hour: number, minute = 0) =>
  new Date(
    MONDAY_MORNING.getFullYear(),
    MONDAY_MORNING.getMonth(),
    MONDAY_MORNING.getDate() - daysAgo,
    hour,
    minute,
  ).getTime();
const rec = (
  id: string,
  startedAt: number,
  durationSeconds: number,
  extra: Partial<PauseRecord> = {},
): PauseRecord => ({ id, kind: 'breathe', startedAt, durationSeconds, completed: true, ...extra });

const WEEK = [
  rec('a', day(0, 7, 5), 120, { checkIn: 'tired', note: 'Shoulders softer.' }),
  rec('b', day(2, 9), 60, { checkIn: 'tense', kind: 'short' }),
  rec('c', day(2, 15, 30), 90, { checkIn: 'tired', kind: 'compassion', note: 'It was a hard call.' }),
  rec('d', day(6, 12), 30, { kind: 'three-breaths', completed: false }),
  rec('e', day(20, 12), 600, { checkIn: 'okay' }), // outside the week, inside the month
];

test('a list of pauses by day: only days with pauses, newest first, no counting of days', async ({ page }) => {
  await openWith(page, '#/history', { history: WEEK });
  await expect(page.getByTestId('history-summary')).toHaveText(
    'In the last 7 days: 4 pauses, with 5 minutes of practice.',
  );
  expect(await daysShown(page)).toEqual([
    ['Today', ['07:05 · Breathing · 2 minutes']],
    ['Saturday 28 February', ['09:00 · A short pause · 1 minute', '15:30 · Self-compassion break · 2 minutes']],
    ['Tuesday 24 February', ['12:00 · Three breaths · under a minute']],
  ]);
  // The empty days in between are simply not there: no bars, no holes, no "on 3 days".
  await expect(page.getByText(/Sunday 1 March|Wednesday 25 February/)).toHaveCount(0);
  await expect(page.locator('svg, [role="img"], table')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/on \d+ days?/);

  // 30 days, by keyboard: the month's pause appears.
  await page.getByRole('radio', { name: 'Last 7 days' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
  await expect(page.getByTestId('history-summary')).toHaveText(
    'In the last 30 days: 5 pauses, with 15 minutes of practice.',
  );
  expect((await daysShown(page)).map(([h]) => h)).toEqual([
    'Today',
    'Saturday 28 February',
    'Tuesday 24 February',
    'Tuesday 10 February',
  ]);
});

test('times follow the person’s locale and hour cycle', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: SETTINGS_VIEWPORT,
    locale: 'en-US',
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  await fixClock(page);
  await openWith(page, '#/history', { history: [rec('x', day(2, 15, 30), 90)] });
  expect(await daysShown(page)).toEqual([['Saturday, February 28', ['3:30 PM · Breathing · 2 minutes']]]);
  await context.close();
});

test('private notes are shown, and each can be deleted after a confirmation', async ({ page }) => {
  await openWith(page, '#/history', { history: WEEK });
  const notes = page.getByTestId('pause-note');
  await expect(notes).toHaveText(['Shoulders softer.', 'It was a hard call.']);
  await page.getByRole('button', { name: 'Delete note “It was a hard call.”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this note?' });
  await expect(dialog).toContainText('The pause itself stays in your history.');
  // The safe choice first: keep it.
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notes).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete note “It was a hard call.”' }).click();
  await dialog.getByRole('button', { name: 'Delete note' }).click();
  await expect(notes).toHaveText(['Shoulders softer.']);
  await expect(page.getByRole('status').filter({ hasText: 'The note has been deleted.' })).toBeVisible();
  const kept = await storedHistory(page);
  expect(kept).toHaveLength(WEEK.length);
  expect(kept.find((r) => r.id === 'c')).not.toHaveProperty('note');
  expect(kept.find((r) => r.id === 'a')?.note).toBe('Shoulders softer.');
});

test('check-in words appear only when the person wants them', async ({ page }) => {
  await openWith(page, '#/history', { history: WEEK });
  await expect(page.getByTestId('pause-word')).toHaveCount(0);
  await expect(page.getByText('Words you checked in with')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('tense');

  await openWith(page, '#/history', { history: WEEK, settings: { history: { showCheckIns: true } } });
  await expect(page.getByTestId('pause-word')).toHaveText(['tired', 'tense', 'tired']);
  await expect(page.getByTestId('history-words').locator('li')).toHaveText([/^tired\s*2 times$/, /^tense\s*1 time$/]);
});

test('with history turned off, nothing is recorded and History says so kindly', async ({ page }) => {
  await openWith(page, '#/history', { settings: { history: { record: false } } });
  const off = page.getByTestId('history-off');
  await expect(off.getByRole('heading', { name: 'History is turned off' })).toBeVisible();
  await expect(off).toContainText('Attune keeps no record of your pauses');
  expect(await axeProblems(page)).toEqual([]);
  // A pause taken now leaves nothing behind.
  await page.goto('./#/practice/breathe?cycles=1');
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await page.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(page.getByTestId('preview-closed')).toBeVisible();
  expect(await storedHistory(page)).toEqual([]);
  expect((await stored(page)).history.record).toBe(false);
});

test('a quiet week is described kindly, never as missed', async ({ page }) => {
  await openWith(page, '#/history', { history: [rec('old', day(12, 10), 60)] });
  await expect(page.getByTestId('history-summary')).toHaveText(
    'Nothing in the last 7 days. A pause is here whenever you’d like one.',
  );
  await page.getByRole('radio', { name: 'Last 30 days' }).check();
  await expect(page.getByTestId('history-summary')).toContainText('1 pause');
});

test('with no history at all: a warm empty state that invites, and does not nag', async ({ page }) => {
  await openWith(page, '#/history');
  const empty = page.getByTestId('history-empty');
  await expect(empty.getByRole('heading', { name: 'Your pauses will gather here' })).toBeVisible();
  await expect(empty).toContainText('There’s nothing to keep up with.');
  expect(await axeProblems(page)).toEqual([]);
  await empty.getByRole('button', { name: 'Take a pause now' }).press('Enter');
  await expect(page).toHaveURL(/#\/practice$/);
});

test('no streaks, no "missed", no red — in words or in colour', async ({ page }) => {
  await openWith(page, '#/history', { history: sampleHistory() });
  for (const span of ['Last 7 days', 'Last 30 days']) {
    await page.getByRole('radio', { name: span }).check();
    const text = ((await page.locator('main').textContent()) ?? '').toLowerCase();
    for (const word of ['streak', 'missed', 'skipped', 'failed', 'only ', 'goal', 'ended early', 'incomplete'])
      expect(text).not.toContain(word);
    const reddish = await page.evaluate(() => {
      const red = (c: string) => {
        const m = c.match(/rgba?\((\d+), (\d+), (\d+)/);
        if (!m) return false;
        const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
        return r > 150 && r > g * 1.6 && r > b * 1.6;
      };
      return [...document.querySelectorAll('main *')].flatMap((el) => {
        const s = getComputedStyle(el);
        return [s.color, s.backgroundColor, s.fill, s.borderColor].filter(red).map((c) => `${el.tagName}: ${c}`);
      });
    });
    expect(reddish).toEqual([]);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`history in ${theme}: axe-clean, and the README screenshot`, async ({ page }) => {
    // Monday evening, so today has its pauses too.
    const evening = new Date(2026, 2, 2, 19, 0);
    await fixClock(page, evening);
    await page.emulateMedia({ colorScheme: theme });
    const notes = ['A walk after lunch helped.', 'Tight jaw, softer now.', 'Felt a bit lighter.'];
    const history = sampleHistory(evening).map((r, i) => (i % 5 === 2 ? { ...r, note: notes[i % 3] } : r));
    await openWith(page, '#/history', { history, settings: { history: { showCheckIns: true } } });
    await expect(page.getByTestId('pause-days')).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `docs/screenshots/history-${theme}.png` });
    await page.getByRole('radio', { name: 'Last 30 days' }).check();
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/settings/pw/history-30-${theme}.png`, fullPage: true });
  });
}
