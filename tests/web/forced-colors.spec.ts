// Forced colours (Windows High Contrast; Chromium emulates `forced-colors: active` and applies the
// system palette): the breathing disc and the reduced-motion bar stay visible, every keyboard focus
// shows a ring, a switch looks different on and off, and the chosen reading-theme swatch stands
// out — in a light and a dark system theme. Screenshots: docs/screenshots/forced-colors-*.png.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { seedSettings } from './practice-support';
import { openWith } from './settings-support';

const SCHEMES = ['light', 'dark'] as const;

/** Computed style values of an element (or one of its pseudo-elements). */
function styleOf(locator: Locator, props: string[], pseudo?: string): Promise<Record<string, string>> {
  return locator.evaluate(
    (el, [names, p]) => {
      const s = getComputedStyle(el, p ?? null);
      return Object.fromEntries((names as string[]).map((n) => [n, s.getPropertyValue(n)]));
    },
    [props, pseudo] as const,
  );
}

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const visibleColour = (c: string) => c !== '' && c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)';

/** A keyboard focus ring: an outline at least 2 px wide in a colour other than the page's. */
async function expectFocusRing(page: Page, what: string) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth), colour: s.outlineColor, tag: el.tagName };
  });
  expect(ring.style, `${what}: outline style`).not.toBe('none');
  expect(ring.width, `${what}: outline width`).toBeGreaterThanOrEqual(2);
  expect(ring.colour, `${what}: outline colour`).not.toBe(await pageBackground(page));
}

for (const scheme of SCHEMES) {
  test.describe(`forced colours, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
    });

    test('the breathing disc, its ring and the still guide’s bar are visible', async ({ page }) => {
      await page.setViewportSize({ width: 560, height: 680 });
      await seedSettings(page, { practice: { reducedMotion: 'always' } });
      await page.goto('./#/practice/breathe');
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const bg = await pageBackground(page);
      const disc = await styleOf(page.locator('.pacer-shape'), ['background-color', 'border-top-style']);
      expect(visibleColour(disc['background-color'] ?? '')).toBe(true);
      expect(disc['background-color']).not.toBe(bg);
      const ring = await styleOf(page.locator('.pacer-ring'), ['border-top-color', 'border-top-style']);
      expect(ring['border-top-style']).toBe('solid');
      expect(ring['border-top-color']).not.toBe(bg);
      const fill = await styleOf(page.locator('.pacer-bar-fill'), ['background-color']);
      const track = await styleOf(page.locator('.pacer-bar'), ['background-color', 'border-top-style']);
      expect(fill['background-color']).not.toBe(track['background-color']);
      expect(track['border-top-style']).toBe('solid');
      await page.screenshot({ path: `docs/screenshots/forced-colors-breathe-${scheme}.png` });

      // Keyboard focus on the step's buttons shows a ring.
      await page.getByRole('button', { name: 'Wait', exact: true }).focus();
      await page.keyboard.press('Tab');
      await expectFocusRing(page, 'practice button');
    });

    test('settings: switches differ on and off, weekday picks show, focus rings show', async ({ page }) => {
      await page.setViewportSize({ width: 860, height: 900 });
      await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });
      const on = page.getByRole('switch', { name: 'Offer pauses on a schedule' });
      const off = page.getByRole('switch', { name: 'Show seconds while breathing' });
      await expect(on).toBeChecked();
      await expect(off).not.toBeChecked();
      const onStyle = await styleOf(on, ['background-color']);
      const offStyle = await styleOf(off, ['background-color']);
      expect(onStyle['background-color']).not.toBe(offStyle['background-color']);
      const knobOn = await styleOf(on, ['transform', 'background-color'], '::before');
      const knobOff = await styleOf(off, ['transform', 'background-color'], '::before');
      expect(knobOn.transform).not.toBe(knobOff.transform);
      expect(knobOn['background-color']).not.toBe(onStyle['background-color']);
      expect(knobOff['background-color']).not.toBe(offStyle['background-color']);

      const monday = page.getByTestId('range-1').locator('.weekday', { hasText: 'Mon' }).locator('span');
      const sunday = page.getByTestId('range-1').locator('.weekday', { hasText: 'Sun' }).locator('span');
      expect((await styleOf(monday, ['background-color']))['background-color']).not.toBe(
        (await styleOf(sunday, ['background-color']))['background-color'],
      );

      // Focus rings: a switch, a text field, a button, a link, a section reached by a jump link.
      await page.getByRole('spinbutton', { name: 'Time between pauses' }).focus();
      await page.keyboard.press('Shift+Tab');
      await expect(on).toBeFocused();
      await expectFocusRing(page, 'switch');
      await page.keyboard.press('Tab');
      await expectFocusRing(page, 'number field');
      await page.getByRole('link', { name: 'Practice' }).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expectFocusRing(page, 'jump link');
      await page.keyboard.press('Enter');
      await expect(page.locator('section#practice')).toBeFocused();
      await expectFocusRing(page, 'section');
      await on.focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `docs/screenshots/forced-colors-settings-${scheme}.png` });
    });

    test('the reader: the chosen swatch stands out and the toolbar shows focus', async ({ page }) => {
      await page.setViewportSize({ width: 780, height: 600 });
      await page.goto('./#/read');
      const swatch = (v: string) => page.locator(`label[data-swatch="${v}"]`);
      await expect(page.locator('#reader-theme-system')).toBeChecked();
      const chosen = await styleOf(swatch('system'), ['border-top-color', 'border-top-width', 'box-shadow']);
      const other = await styleOf(swatch('light'), ['border-top-color', 'border-top-width', 'box-shadow']);
      expect(chosen).not.toEqual(other);
      expect(Number.parseFloat(chosen['border-top-width'] ?? '0')).toBeGreaterThan(
        Number.parseFloat(other['border-top-width'] ?? '0'),
      );
      // The four swatches still show four different papers.
      const papers = await Promise.all(
        ['light', 'dark', 'sepia'].map(
          async (v) => (await styleOf(swatch(v), ['background-color']))['background-color'],
        ),
      );
      expect(new Set(papers).size).toBe(3);

      await page.getByRole('button', { name: 'Larger text' }).focus();
      await page.keyboard.press('Shift+Tab');
      await expectFocusRing(page, 'A− button');
      // A theme radio's focus shows on its swatch.
      await page.locator('#reader-theme-system').focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('#reader-theme-light')).toBeChecked();
      const focused = await styleOf(swatch('light'), ['outline-style', 'outline-width']);
      expect(focused['outline-style']).not.toBe('none');
      await page.screenshot({ path: `docs/screenshots/forced-colors-read-${scheme}.png` });
    });
  });
}
