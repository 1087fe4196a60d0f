// The breathing guide itself: reduced motion, the live region, pausing (by the person and while
// the window is hidden), per-second numbers and the optional tone.
import { expect, type Page, test } from '@playwright/test';
import { holdPageClock, PRACTICE_VIEWPORT, recorded, seedSettings, watchPacer } from './practice-support';

test.use({ viewport: PRACTICE_VIEWPORT });

const shapeTransform = (page: Page) => page.locator('.pacer-shape').evaluate((el) => getComputedStyle(el).transform);
const shapeOpacity = (page: Page) =>
  page.locator('.pacer-shape').evaluate((el) => Number(getComputedStyle(el).opacity));
const barTransform = (page: Page) => page.locator('.pacer-bar-fill').evaluate((el) => getComputedStyle(el).transform);

test.describe('motion', () => {
  test('full motion: the shape grows on the inhale', async ({ page }) => {
    await page.goto('./#/practice/breathe');
    const pacer = page.getByTestId('pacer');
    await expect(pacer).toHaveAttribute('data-motion', 'full');
    await page.waitForTimeout(500);
    const early = await shapeTransform(page);
    await page.waitForTimeout(2000);
    expect(await shapeTransform(page)).not.toBe(early);
    await expect(page.locator('.pacer-bar')).toHaveCount(0);
  });

  test('the OS "reduce motion" setting gives a guide that never scales, with a filling bar', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./#/practice/breathe');
    const pacer = page.getByTestId('pacer');
    await expect(pacer).toHaveAttribute('data-motion', 'reduced');
    await page.waitForTimeout(400);
    const [t1, o1, b1] = [await shapeTransform(page), await shapeOpacity(page), await barTransform(page)];
    await page.waitForTimeout(2000);
    const [t2, o2, b2] = [await shapeTransform(page), await shapeOpacity(page), await barTransform(page)];
    // Same size throughout; it brightens instead, and the bar fills.
    expect(t2).toBe(t1);
    expect(o2).toBeGreaterThan(o1);
    expect(b2).not.toBe(b1);
    // Still the same size in the next phase.
    await expect(pacer).toHaveAttribute('data-phase', 'exhale', { timeout: 5000 });
    await page.waitForTimeout(300);
    expect(await shapeTransform(page)).toBe(t1);
    await expect(page.locator('.pacer-cue')).toHaveText('Breathe out');
  });

  test('the setting "always" reduces motion even when the OS does not', async ({ page }) => {
    await seedSettings(page, { practice: { reducedMotion: 'always' } });
    await page.goto('./#/practice/breathe');
    await expect(page.getByTestId('pacer')).toHaveAttribute('data-motion', 'reduced');
  });

  test('the setting "never" keeps the full motion even when the OS asks for less', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await seedSettings(page, { practice: { reducedMotion: 'never' } });
    await page.goto('./#/practice/breathe');
    await expect(page.getByTestId('pacer')).toHaveAttribute('data-motion', 'full');
  });

  test('a change of the OS setting during a session switches the guide', async ({ page }) => {
    await page.goto('./#/practice/breathe');
    const pacer = page.getByTestId('pacer');
    await expect(pacer).toHaveAttribute('data-motion', 'full');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(pacer).toHaveAttribute('data-motion', 'reduced');
  });
});

test('the live region announces each phase once, and nothing in between', async ({ page }) => {
  await watchPacer(page);
  // Seconds shown: the visible number changes every second, the live region must not.
  await seedSettings(page, { practice: { showSeconds: true } });
  // The page's clock (Playwright's): the two breaths run a second at a time, fast, not waited for.
  await page.clock.install();
  await page.goto('./#/practice/breathe?pattern=sigh&cycles=2');
  const pacer = page.getByTestId('pacer');
  await expect(page.locator('.pacer-seconds')).toHaveText('2');
  await holdPageClock(page);
  await page.clock.runFor(1000);
  await expect(page.locator('.pacer-seconds')).toHaveText('1');
  for (let s = 0; s < 25 && (await pacer.getAttribute('data-phase')) !== 'done'; s++) await page.clock.runFor(1000);
  await expect(pacer).toHaveAttribute('data-phase', 'done');
  const { live } = await recorded(page);
  expect(live).toEqual([
    'Breathe in',
    'A small, soft sip',
    'Breathe out',
    'Breathe in',
    'A small, soft sip',
    'Breathe out',
    'Let your breath find its own pace',
  ]);
  await expect(page.getByTestId('pacer-live')).toHaveAttribute('aria-live', 'polite');
});

test('per-second numbers are hidden unless turned on', async ({ page }) => {
  await page.goto('./#/practice/breathe');
  await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'inhale');
  await page.waitForTimeout(1200);
  await expect(page.locator('.pacer-seconds')).toHaveCount(0);
  expect(await page.getByTestId('pacer').textContent()).not.toMatch(/\d/);
});

test('Wait and Go on hold the guide where it is and say so', async ({ page }) => {
  await watchPacer(page);
  await page.goto('./#/practice/breathe');
  const pacer = page.getByTestId('pacer');
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Wait', exact: true }).click();
  await expect(pacer).toHaveAttribute('data-paused', 'true');
  await expect(page.getByTestId('pacer-live')).toHaveText('Waiting');
  await expect(page.locator('.pacer-cue')).toHaveText('Waiting');
  const held = await shapeTransform(page);
  await page.waitForTimeout(6000);
  // Longer than the inhale, yet still in it, and the shape has not moved.
  await expect(pacer).toHaveAttribute('data-phase', 'inhale');
  expect(await shapeTransform(page)).toBe(held);
  await page.getByRole('button', { name: 'Go on' }).click();
  await expect(pacer).toHaveAttribute('data-paused', 'false');
  await expect(page.getByTestId('pacer-live')).toHaveText('Breathe in');
  await expect(pacer).toHaveAttribute('data-phase', 'exhale', { timeout: 5500 });
});

test('the guide pauses while the window is hidden and resumes where it was', async ({ page }) => {
  // Chromium under test is always visible, so the page's visibility is driven from here.
  await page.addInitScript(() => {
    let hidden = false;
    Object.defineProperty(Document.prototype, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
    Object.defineProperty(Document.prototype, 'hidden', { get: () => hidden });
    (window as unknown as { __setHidden: (h: boolean) => void }).__setHidden = (h) => {
      hidden = h;
      document.dispatchEvent(new Event('visibilitychange'));
    };
  });
  await watchPacer(page);
  await page.goto('./#/practice/breathe');
  const pacer = page.getByTestId('pacer');
  await expect(pacer).toHaveAttribute('data-phase', 'inhale');
  const origin = Number(await pacer.getAttribute('data-origin'));
  // Hide 1.5 s into the 5.5 s inhale, for longer than the rest of it.
  await page.waitForFunction((o) => performance.now() - o >= 1500, origin);
  await page.evaluate(() => (window as unknown as { __setHidden: (h: boolean) => void }).__setHidden(true));
  await expect(pacer).toHaveAttribute('data-paused', 'true');
  await page.waitForTimeout(6000);
  await expect(pacer).toHaveAttribute('data-phase', 'inhale');
  const resumedAt = await page.evaluate(() => {
    (window as unknown as { __setHidden: (h: boolean) => void }).__setHidden(false);
    return performance.now();
  });
  await expect(pacer).toHaveAttribute('data-paused', 'false');
  await expect(pacer).toHaveAttribute('data-phase', 'exhale', { timeout: 6000 });
  const { phases } = await recorded(page);
  const exhale = phases.find((p) => p.phase === 'exhale');
  // About 4 s of the inhale were left when it was hidden; the exhale comes that long after showing.
  const left = (exhale?.t ?? 0) - resumedAt;
  expect(left).toBeGreaterThan(3700);
  expect(left).toBeLessThan(4300);
  // The origin moved by the time spent hidden; boundaries stay computed from it.
  const newOrigin = Number(await pacer.getAttribute('data-origin'));
  expect(newOrigin - origin).toBeGreaterThan(5900);
  expect((exhale?.t ?? 0) - newOrigin - 5500).toBeLessThan(50);
});

// The breath sound (off by default, following the breath, stopping at once): practice-sound.spec.ts.
