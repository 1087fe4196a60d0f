// The history screen: what was done over 7 and 30 days as charts with a table beside them, the
// check-in words used most, a warm empty state — and nothing red, no streaks, nothing "missed".
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { PauseRecord } from '../../src/shared/history';
import { fixClock, MONDAY_MORNING, openWith, SETTINGS_VIEWPORT, sampleHistory } from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });

test.beforeEach(async ({ page }) => {
  await fixClock(page);
});

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/** What the table says, row by row: [day, pauses, minutes]. */
async function tableRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('history-table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
}

const day = (daysAgo: number, hour: number) =>
  new Date(MONDAY_MORNING.getFullYear(), MONDAY_MORNING.getMonth(), MONDAY_MORNING.getDate() - daysAgo, hour).getTime();
const rec = (id: string, startedAt: number, durationSeconds: number, checkIn?: string): PauseRecord => ({
  id,
  kind: 'breathe',
  startedAt,
  durationSeconds,
  completed: true,
  ...(checkIn ? { checkIn } : {}),
});

test('shows pauses and minutes per day, with the same numbers in a table', async ({ page }) => {
  const history = [
    rec('a', day(0, 7), 120, 'tired'),
    rec('b', day(2, 9), 60, 'tense'),
    rec('c', day(2, 15), 90, 'tired'),
    rec('d', day(6, 12), 30),
    rec('e', day(20, 12), 600, 'okay'), // outside the week, inside the month
  ];
  await openWith(page, '#/history', { history });
  await expect(page.getByTestId('history-summary')).toHaveText(
    'In the last 7 days you took 4 pauses, on 3 days, with 5 minutes of practice.',
  );
  await expect(
    page.getByRole('img', { name: /^Pauses each day Pauses each day over the last 7 days: 4 in all/ }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^Minutes of practice each day/ })).toBeVisible();
  await expect(page.getByTestId('chart-pauses').locator('rect.chart-bar')).toHaveCount(3);

  // The table, opened by keyboard.
  await page.getByText('See these numbers as a table').focus();
  await page.keyboard.press('Enter');
  expect(await tableRows(page)).toEqual([
    ['Tuesday 24 February', '1', '1'],
    ['Wednesday 25 February', '0', '0'],
    ['Thursday 26 February', '0', '0'],
    ['Friday 27 February', '0', '0'],
    ['Saturday 28 February', '2', '3'],
    ['Sunday 1 March', '0', '0'],
    ['Monday 2 March', '1', '2'],
  ]);
  await expect(page.getByTestId('history-words').locator('li')).toHaveText([/^tired\s*2 times$/, /^tense\s*1 time$/]);

  // 30 days, by keyboard: the month's pause appears.
  await page.getByRole('radio', { name: 'Last 7 days' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
  await expect(page.getByTestId('history-summary')).toHaveText(
    'In the last 30 days you took 5 pauses, on 4 days, with 15 minutes of practice.',
  );
  expect(await tableRows(page)).toHaveLength(30);
  await expect(page.getByTestId('history-words').locator('li').first()).toHaveText(/^tired/);
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
  expect(await axe(page)).toEqual([]);
  await empty.getByRole('button', { name: 'Take a pause now' }).press('Enter');
  await expect(page).toHaveURL(/#\/practice$/);
});

test('no streaks, no "missed", no red — in words or in colour', async ({ page }) => {
  await openWith(page, '#/history', { history: sampleHistory() });
  for (const span of ['Last 7 days', 'Last 30 days']) {
    await page.getByRole('radio', { name: span }).check();
    await page.getByText('See these numbers as a table').click();
    const text = ((await page.locator('main').textContent()) ?? '').toLowerCase();
    for (const word of ['streak', 'missed', 'skipped', 'failed', 'only ', 'goal']) expect(text).not.toContain(word);
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
    await page.getByText('See these numbers as a table').click();
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`history in ${theme}: axe-clean, and the README screenshot`, async ({ page }) => {
    // Monday evening, so today has its pauses too.
    const evening = new Date(2026, 2, 2, 19, 0);
    await fixClock(page, evening);
    await page.emulateMedia({ colorScheme: theme });
    await openWith(page, '#/history', { history: sampleHistory(evening) });
    await expect(page.getByTestId('chart-pauses')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: `docs/screenshots/history-${theme}.png` });
    await page.getByRole('radio', { name: 'Last 30 days' }).check();
    await page.getByText('See these numbers as a table').click();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/settings/pw/history-30-${theme}.png`, fullPage: true });
  });
}
