// Reflow and small windows (WCAG 1.4.10): every screen at 320 CSS px wide (a 640 px window at
// 200 % zoom) and at 430 px (the Settings window at 200 %) scrolls only up and down; at the
// smallest size each window allows (src/main/adapters/windows.ts), the step's primary action is in
// view without scrolling. Screenshots: docs/screenshots/narrow-<route>-320.png.
import { expect, type Page, test } from '@playwright/test';
import { ROUTES } from '../../src/shared/routes';
import { FLOW_STEPS, seedSettings, skipTo } from './practice-support';
import { fixClock, openWith, sampleHistory } from './settings-support';

/** The smallest size of each window (windows.ts SIZES: minWidth × minHeight). */
const SMALLEST = {
  practice: { width: 380, height: 480 },
  read: { width: 420, height: 480 },
  settings: { width: 480, height: 480 },
} as const;

/** How far the page scrolls sideways, and the elements that stick out past the right edge. */
async function sideways(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth;
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > edge + 0.5 && !el.closest('.visually-hidden, .skip-link');
      })
      .slice(0, 5)
      .map(
        (el) => `${el.tagName.toLowerCase()}.${String(el.className)} → ${Math.round(el.getBoundingClientRect().right)}`,
      );
    return { overflow: root.scrollWidth - root.clientWidth, culprits };
  });
}

async function expectNoSidewaysScroll(page: Page, what: string) {
  const { overflow, culprits } = await sideways(page);
  expect(culprits, `${what}: elements past the right edge`).toEqual([]);
  expect(overflow, `${what}: sideways scroll`).toBeLessThanOrEqual(0);
}

test.beforeEach(async ({ page }) => {
  await fixClock(page);
});

for (const width of [320, 430]) {
  test.describe(`at ${width} CSS px wide`, () => {
    test.use({ viewport: { width, height: 640 }, locale: 'en-GB' });

    test('no route scrolls sideways, nor an unknown address', async ({ page }) => {
      await openWith(page, '#/settings', { history: sampleHistory() });
      for (const route of [...ROUTES, 'Settings']) {
        await page.goto(`./#/${route}`);
        await expect(page.locator('h1').first()).toBeVisible();
        await expectNoSidewaysScroll(page, `#/${route}`);
        // The header's close control is whole and on screen.
        const close = page.locator('.screen-close');
        await expect(close).toBeInViewport({ ratio: 1 });
        if (width === 320 && ['settings', 'history', 'read', 'practice'].includes(route)) {
          await page.screenshot({ path: `docs/screenshots/narrow-${route}-320.png` });
        }
      }
    });

    test('Settings with every part open, History with notes and words, and the reader with its find bar, stay within the width', async ({
      page,
    }) => {
      // Today's pause carries a 300-character note without a space: it must wrap in the list.
      const history = sampleHistory().map((r, i, all) => (i === all.length - 1 ? { ...r, note: 'n'.repeat(300) } : r));
      await openWith(page, '#/settings', {
        settings: { practice: { pattern: 'custom', holdsEnabled: true }, history: { showCheckIns: true } },
        history,
      });
      await page.getByRole('button', { name: 'Add a time range' }).click();
      await page.getByRole('textbox', { name: /Add a phrase to “Naming/ }).fill('x'.repeat(300));
      await page.getByRole('textbox', { name: /Add a phrase to “Naming/ }).press('Enter');
      await expectNoSidewaysScroll(page, 'settings, all open');

      await page.goto('./#/history');
      await page.getByRole('radio', { name: 'Last 30 days' }).check();
      await expect(page.getByTestId('pause-note')).toHaveText('n'.repeat(300));
      await expect(page.getByTestId('history-words')).toBeVisible();
      await expectNoSidewaysScroll(page, 'history, 30 days with a long note and check-in words');

      await page.goto('./#/read');
      await page.getByRole('button', { name: 'Find in article' }).click();
      await page.getByRole('textbox', { name: 'Find in article' }).fill('self');
      await expectNoSidewaysScroll(page, 'read, find bar open');
      await expect(page.getByRole('button', { name: 'Done' })).toBeInViewport({ ratio: 1 });
    });
  });
}

test.describe('the smallest practice window (380 × 480)', () => {
  test.use({ viewport: SMALLEST.practice });

  test('every step’s primary action is in view without scrolling', async ({ page }) => {
    await seedSettings(page, {});
    await page.goto('./#/practice');
    for (const s of FLOW_STEPS) {
      await skipTo(page, s.id);
      await page.evaluate(() => window.scrollTo(0, 0));
      const primary =
        s.id === 'breathe'
          ? page.getByRole('button', { name: 'Wait', exact: true })
          : page.locator(`section[data-step="${s.id}"] .practice-actions .button`).first();
      await expect(primary, s.id).toBeInViewport({ ratio: 1 });
      // Every action of the step is in view too (Skip among them).
      const actions = page.locator(`section[data-step="${s.id}"] .practice-actions .button`);
      for (let i = 0; i < (await actions.count()); i++) {
        await expect(actions.nth(i), `${s.id} action ${i}`).toBeInViewport({ ratio: 1 });
      }
      await expectNoSidewaysScroll(page, `practice ${s.id}`);
    }
  });

  test('with “Change pattern” open, Wait and Skip stay in view', async ({ page }) => {
    await seedSettings(page, {});
    await page.goto('./#/practice/breathe');
    await page.getByRole('button', { name: 'Change pattern' }).click();
    await expect(page.getByRole('group', { name: 'Pattern' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Wait', exact: true })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Skip this step' })).toBeInViewport({ ratio: 1 });
  });

  test('a 200-character phrase without spaces wraps inside the window', async ({ page }) => {
    const long = 'a'.repeat(200);
    await seedSettings(page, { practice: { phrases: { naming: [long], common: [], kindness: [] } } });
    await page.goto('./#/practice/acknowledge');
    await skipTo(page, 'name');
    await expect(page.getByText(long)).toBeVisible();
    await expectNoSidewaysScroll(page, 'phrase step, long phrase');
    await expect(page.locator('section[data-step="name"] .practice-actions .button').first()).toBeInViewport({
      ratio: 1,
    });
  });
});

test.describe('the practice window at its default size (560 × 680)', () => {
  test.use({ viewport: { width: 560, height: 680 } });

  test('opening “Change pattern” keeps Wait in view', async ({ page }) => {
    await seedSettings(page, {});
    await page.goto('./#/practice/breathe');
    await page.getByRole('button', { name: 'Change pattern' }).click();
    await expect(page.getByRole('button', { name: 'Wait', exact: true })).toBeInViewport({ ratio: 1 });
  });
});

test.describe('the smallest reading window (420 × 480)', () => {
  test.use({ viewport: SMALLEST.read });

  test('the toolbar and the find bar’s Done fit the window', async ({ page }) => {
    await page.goto('./#/read');
    await page.getByRole('button', { name: 'Find in article' }).click();
    await page.getByRole('textbox', { name: 'Find in article' }).fill('compassion');
    for (const name of ['Smaller text', 'Larger text', 'Find in article', 'Close', 'Done', 'Next match']) {
      await expect(page.getByRole('button', { name, exact: true }).first(), name).toBeInViewport({ ratio: 1 });
    }
    await expectNoSidewaysScroll(page, 'read at 420');
  });
});

test.describe('the smallest settings window (480 × 480)', () => {
  test.use({ viewport: SMALLEST.settings, locale: 'en-GB' });

  test('Settings, History and About show their title, sections and Close without scrolling', async ({ page }) => {
    await openWith(page, '#/settings', { history: sampleHistory() });
    for (const route of ['settings', 'history', 'about']) {
      await page.goto(`./#/${route}`);
      await expect(page.locator('h1')).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeInViewport({ ratio: 1 });
      await expectNoSidewaysScroll(page, route);
    }
    // The phrase fields keep the width of their row, so their words aren't clipped to a sliver.
    await page.goto('./#/settings');
    const phrase = page.getByRole('textbox', { name: /Naming what’s hard, phrase 1/ });
    const box = await phrase.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
  });
});
