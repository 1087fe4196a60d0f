// The reading view (#/read) in Chromium against the web preview: the whole article in order,
// a correct outline, text size, reading position, keyboard, practice links, find, and no
// request leaving the page's origin.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { QUICK_BREAKS } from '../../src/shared/routes';

const ARTICLE_ID = 'forget-loving-yourself';
// The article exactly as its author gave it: publication, tagline, title, then the body.
const ORIGINAL = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/articles/forget-loving-yourself.txt'),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '');
const [PUBLICATION, TAGLINE, TITLE, ...BODY] = ORIGINAL as [string, string, string, ...string[]];
const HEADINGS = [
  'Why Self-Compassion Matters for Healing',
  'The Paradox of Healing: You Can’t Hate Yourself Into Wholeness',
];

test.use({ viewport: { width: 780, height: 880 } });

let requests: string[] = [];
test.beforeEach(async ({ page }) => {
  requests = [];
  page.on('request', (r) => requests.push(r.url()));
});
test.afterEach(async ({ baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const outside = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  expect(outside, 'requests that left the page’s origin').toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});

async function openReader(page: Page) {
  await page.goto('./#/read');
  // The article itself: until the settings arrive, the window shows only its frame, whose title is
  // also a heading, and no shortcut is listened for yet.
  await expect(page.locator('.reader-article')).toBeVisible();
}

/** Presses a key and waits for the (smooth) scroll it starts to finish. */
async function scrollWith(page: Page, key: string) {
  await page.evaluate(() => {
    (window as unknown as { settled: Promise<void> }).settled = new Promise<void>((resolve) => {
      document.addEventListener('scrollend', () => resolve(), { once: true });
      setTimeout(resolve, 3000);
    });
  });
  await page.keyboard.press(key);
  await page.evaluate(() => (window as unknown as { settled: Promise<void> }).settled);
}

const paragraph = (page: Page) => page.locator('article p[data-source-text]').nth(3);
const fontSize = async (page: Page) =>
  Number.parseFloat(await paragraph(page).evaluate((p) => getComputedStyle(p).fontSize));
const scrollFraction = (page: Page) =>
  page.evaluate(() => window.scrollY / (document.documentElement.scrollHeight - window.innerHeight));
const savedSettings = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('attune.settings') ?? 'null') as {
        reading: { textSize: number; positions: Record<string, number> };
      } | null,
  );

test('shows the whole article, in order, exactly as written, with its source credited at the top', async ({ page }) => {
  await openReader(page);
  const shown = await page.locator('[data-source-text]').evaluateAll((els) => els.map((e) => e.textContent));
  expect(shown).toEqual(ORIGINAL);
  // The credit comes first: publication and tagline before the title.
  expect(shown.slice(0, 3)).toEqual([PUBLICATION, TAGLINE, TITLE]);
  await expect(page.locator('article')).toContainText('Well+Being Holistic Mental Health');
  for (const line of BODY) await expect(page.locator('article')).toContainText(line);
  await expect(page).toHaveTitle('Forget Loving Yourself — Attune');
});

test('headings are real headings in a correct outline', async ({ page }) => {
  await openReader(page);
  const outline = await page
    .locator('h1, h2, h3, h4, h5, h6, [role="heading"]')
    .evaluateAll((els) => els.map((e) => [e.tagName, e.textContent]));
  expect(outline).toEqual([
    ['H1', TITLE],
    ['H2', HEADINGS[0]],
    ['H2', HEADINGS[1]],
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(TITLE);
  for (const h of HEADINGS) await expect(page.getByRole('region', { name: h })).toBeVisible();
});

test('shows an estimated reading time and a progress bar that follows the scroll', async ({ page }) => {
  await openReader(page);
  const words = [TITLE, ...BODY].join(' ').split(/\s+/).length;
  await expect(page.locator('.reader-meta')).toHaveText(`${Math.max(1, Math.round(words / 220))} min read`);
  const progress = page.getByRole('progressbar', { name: 'Reading progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('End');
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await expect(progress).toHaveAttribute('aria-valuetext', 'Finished');
});

test('text size: A−/A+ and Ctrl with + − 0, remembered across a reload', async ({ page }) => {
  await openReader(page);
  const base = await fontSize(page);
  expect(base).toBeGreaterThan(14);

  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect.poll(() => fontSize(page)).toBeCloseTo(base * 1.21, 0);
  await page.reload();
  await expect.poll(() => fontSize(page)).toBeCloseTo(base * 1.21, 0);
  expect((await savedSettings(page))?.reading.textSize).toBe(2);

  await page.keyboard.press('Control+Minus');
  await page.keyboard.press('Control+Minus');
  await page.keyboard.press('Control+Minus');
  await expect.poll(() => fontSize(page)).toBeCloseTo(base / 1.1, 0);
  await page.getByRole('button', { name: 'Smaller text' }).click();
  await page.reload();
  await expect.poll(() => fontSize(page)).toBeCloseTo(base / 1.21, 0);

  await page.keyboard.press('Control+Digit0');
  await expect.poll(() => fontSize(page)).toBeCloseTo(base, 1);
  await page.keyboard.press('Control+Equal');
  await expect.poll(() => fontSize(page)).toBeCloseTo(base * 1.1, 0);
  await page.reload();
  await expect.poll(() => fontSize(page)).toBeCloseTo(base * 1.1, 0);

  // The limits hold and the buttons say so.
  for (let i = 0; i < 12; i++) await page.keyboard.press('Control+Minus');
  await expect(page.getByRole('button', { name: 'Smaller text' })).toBeDisabled();
  expect((await savedSettings(page))?.reading.textSize).toBe(-3);
});

test('restores the reading position when reopened, and saves it on close', async ({ page }) => {
  await openReader(page);
  await page.evaluate(() => window.scrollTo(0, 0.6 * (document.documentElement.scrollHeight - window.innerHeight)));
  await expect.poll(async () => (await savedSettings(page))?.reading.positions[ARTICLE_ID] ?? 0).toBeCloseTo(0.6, 2);
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute('aria-valuenow', '60');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
  await expect.poll(() => scrollFraction(page)).toBeCloseTo(0.6, 2);
  await expect(page.getByRole('status').filter({ hasText: 'Picked up where you left off' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  // Scroll and close at once: the position is written on close, not lost to the debounce.
  await page.evaluate(() => window.scrollTo(0, 0.3 * (document.documentElement.scrollHeight - window.innerHeight)));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('preview-closed')).toBeVisible();
  expect((await savedSettings(page))?.reading.positions[ARTICLE_ID]).toBeCloseTo(0.3, 2);
  // Reopening the window loads the page afresh.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
  await expect.poll(() => scrollFraction(page)).toBeCloseTo(0.3, 2);
});

test('keeps the place when the text size changes', async ({ page }) => {
  await openReader(page);
  await page.evaluate(() => window.scrollTo(0, 0.5 * (document.documentElement.scrollHeight - window.innerHeight)));
  await expect.poll(() => scrollFraction(page)).toBeCloseTo(0.5, 2);
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  await expect.poll(() => fontSize(page)).toBeGreaterThan(20);
  await expect.poll(() => scrollFraction(page)).toBeCloseTo(0.5, 2);
});

test('keyboard: Space, Shift+Space, Page keys, Home and End scroll; Esc closes', async ({ page }) => {
  await openReader(page);
  const y = () => page.evaluate(() => window.scrollY);
  const header = await page.locator('.screen-header').evaluate((h) => h.getBoundingClientRect().height);
  const view = 880;

  await scrollWith(page, 'PageDown');
  const afterPage = await y();
  expect(afterPage).toBeGreaterThan(view / 2);
  // A page down never slides unread lines under the pinned toolbar.
  expect(afterPage).toBeLessThanOrEqual(view - header);
  await scrollWith(page, 'Space');
  const afterSpace = await y();
  expect(afterSpace).toBeGreaterThan(afterPage + view / 2);
  await scrollWith(page, 'Shift+Space');
  expect(await y()).toBeLessThan(afterSpace - view / 2);
  await scrollWith(page, 'PageUp');
  expect(await y()).toBe(0);

  await scrollWith(page, 'End');
  expect(await y()).toBe(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight));
  await scrollWith(page, 'Home');
  expect(await y()).toBe(0);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('preview-closed')).toBeVisible();
});

test('“Practice this” links sit beside their passages and open the right screens', async ({ page }) => {
  await openReader(page);
  // Beside the “This hurts” passage: the acknowledgement step.
  const passage = page.locator('article p', { hasText: 'It means learning to say, “This hurts,”' });
  const practice = passage.locator('xpath=following-sibling::*[1]');
  await expect(practice).toHaveClass(/practice/);
  const acknowledge = practice.getByRole('link', { name: /This hurts/ });
  await expect(acknowledge).toBeVisible();
  // At the end of “Why Self-Compassion Matters for Healing”: a one-minute breathing pause.
  const section = page.getByRole('region', { name: HEADINGS[0] });
  const breathe = section.locator(':scope > :last-child').getByRole('link', { name: /one-minute breathing pause/ });
  await expect(breathe).toBeVisible();

  await acknowledge.click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/practice/acknowledge');

  await openReader(page);
  await page
    .getByRole('region', { name: HEADINGS[0] })
    .getByRole('link', { name: /one-minute breathing pause/ })
    .click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(QUICK_BREAKS.breathe);

  // After the article's last paragraph: a quiet “Take a pause”.
  await openReader(page);
  const last = page.locator('article p[data-source-text]').last();
  await expect(last).toHaveText(BODY[BODY.length - 1] as string);
  const pause = page.getByRole('button', { name: 'Take a pause' });
  const [lastBottom, pauseTop] = [
    await last.evaluate((e) => e.getBoundingClientRect().bottom),
    await pause.evaluate((e) => e.getBoundingClientRect().top),
  ];
  expect(pauseTop).toBeGreaterThan(lastBottom);
  await pause.click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/practice?kind=short');
});

test('find in page: Ctrl+F, every match counted and highlighted, Enter steps, Esc closes only the bar', async ({
  page,
}) => {
  await openReader(page);
  await page.keyboard.press('Control+f');
  const field = page.getByRole('textbox', { name: 'Find in article' });
  await expect(field).toBeFocused();

  const expected = ORIGINAL.join('\n').match(/trauma/gi)?.length ?? 0;
  expect(expected).toBeGreaterThan(2);
  await field.fill('trauma');
  const count = page.locator('.reader-find-count');
  await expect(count).toHaveText(`1 of ${expected}`);
  const highlighted = () =>
    page.evaluate(() => [...(CSS.highlights.get('attune-find') ?? [])].map((r) => (r as Range).toString()));
  const painted = await highlighted();
  expect(painted).toHaveLength(expected);
  expect(painted[0]).toBe('Trauma'); // in the title
  expect(painted.every((t) => t.toLowerCase() === 'trauma')).toBe(true);

  const activeInView = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('attune-find-active') ?? [])][0] as Range | undefined;
      if (!range) return false;
      const r = range.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  for (let i = 2; i <= expected; i++) {
    await field.press('Enter');
    await expect(count).toHaveText(`${i} of ${expected}`);
    expect(await activeInView()).toBe(true);
  }
  await field.press('Enter');
  await expect(count).toHaveText(`1 of ${expected}`);
  await field.press('Shift+Enter');
  await expect(count).toHaveText(`${expected} of ${expected}`);
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText(`${expected - 1} of ${expected}`);

  // Straight quotes find the typographic ones; the field never counts itself.
  await field.fill('"this hurts,"');
  await expect(count).toHaveText('1 of 1');
  await field.fill('xyzzy');
  await expect(count).toHaveText('Not found');

  await field.press('Escape');
  await expect(field).toBeHidden();
  await expect(page.getByTestId('preview-closed')).toBeHidden();
  expect(await highlighted()).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
});
