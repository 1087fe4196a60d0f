// The reading view in each theme: the theme applies to the page, axe finds nothing, and the
// README screenshots come from here.
import { expect, type Page, test } from '@playwright/test';
import { axeProblems } from '../support/axe';

const THEMES = ['light', 'dark', 'sepia'] as const;
// The page background each theme must paint (tokens.css).
const BACKGROUNDS = { light: 'rgb(247, 244, 239)', dark: 'rgb(23, 24, 28)', sepia: 'rgb(243, 234, 215)' };

test.use({ viewport: { width: 780, height: 880 } });

async function openReader(page: Page) {
  await page.goto('./#/read');
  // The article itself: until the settings arrive, the window shows only its frame, whose title is
  // also a heading, and no shortcut is listened for yet.
  await expect(page.locator('.reader-article')).toBeVisible();
}

async function chooseTheme(page: Page, theme: string) {
  await page.getByRole('radio', { name: new RegExp(`^${theme}`, 'i') }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const theme of THEMES) {
  test(`renders in the ${theme} theme, with no axe violations`, async ({ page }) => {
    await openReader(page);
    await chooseTheme(page, theme);
    await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUNDS[theme]);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `docs/screenshots/read-${theme}.png` });

    // Remembered: a reload opens in the same theme.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.getByRole('radio', { name: new RegExp(`^${theme}`, 'i') })).toBeChecked();
  });
}

test('follows the system by default, and the reading theme wins over the app theme only while reading', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openReader(page);
  await expect(page.getByRole('radio', { name: /^auto/i })).toBeChecked();
  await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUNDS.dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUNDS.light);

  // The app-wide theme is light; the reading theme is sepia.
  await chooseTheme(page, 'sepia');
  await page.evaluate(() => {
    const settings = JSON.parse(localStorage.getItem('attune.settings') ?? '{}');
    settings.system.theme = 'dark';
    localStorage.setItem('attune.settings', JSON.stringify(settings));
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUNDS.sepia);
  await page.evaluate(() => {
    location.hash = '#/about';
  });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.evaluate(() => {
    location.hash = '#/read';
  });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');

  // "Auto" while reading means: whatever the rest of Attune uses.
  await page.getByRole('radio', { name: /^auto/i }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUNDS.dark);
});

test('axe finds nothing with the find bar open and a match highlighted', async ({ page }) => {
  await openReader(page);
  await page.keyboard.press('Control+f');
  await page.getByRole('textbox', { name: 'Find in article' }).fill('healing');
  await expect(page.locator('.reader-find-count')).toHaveText(/^1 of \d+$/);
  // Scrolling to the match fades the header's title in; axe measures contrast once it has settled.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  expect(await axeProblems(page)).toEqual([]);
});
