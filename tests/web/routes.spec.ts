// Every route of the web preview, in light and dark: it renders a real <h1>, axe-core finds no
// violation, and no request leaves the page's origin. Walked once, in light (the keyboard's way
// through a screen does not change with its colours): the keyboard alone reaches and works
// everything (Tab cycles through the page and back — no trap — and reaches the control that
// closes the window; Enter on it closes), and every interactive element has an accessible name.
// Routes come from src/shared/routes.ts, so a new route is covered without touching this file.
// Screenshots: docs/screenshots/route-<name>-<light|dark>.png.
import { expect, type Page, type Request, test } from '@playwright/test';
import { purposeOf, ROUTES, type RouteName } from '../../src/shared/routes';
import { axeProblems } from '../support/axe';

// The size of the window each route opens in (src/main/adapters/windows.ts).
const VIEWPORTS = {
  practice: { width: 560, height: 680 },
  read: { width: 780, height: 880 },
  settings: { width: 860, height: 760 },
} as const;

const SCHEMES = ['light', 'dark'] as const;

const INTERACTIVE = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
  ...[
    'button',
    'link',
    'checkbox',
    'radio',
    'switch',
    'slider',
    'tab',
    'menuitem',
    'option',
    'combobox',
    'textbox',
  ].map((r) => `[role="${r}"]`),
].join(', ');

interface Stop {
  id: number;
  tag: string;
  role: string | null;
  text: string;
  inHeader: boolean;
}

/** Which element has focus now, with a stable id per element (kept in the page, not the DOM). */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const w = window as unknown as { __focusIds?: WeakMap<Element, number>; __nextFocusId?: number };
    w.__focusIds ??= new WeakMap();
    w.__nextFocusId ??= 1;
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    let id = w.__focusIds.get(el);
    if (id === undefined) {
      id = w.__nextFocusId++;
      w.__focusIds.set(el, id);
    }
    return {
      id,
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      inHeader: Boolean(el.closest('header')),
    };
  });
}

/**
 * Presses Tab until focus comes back to the first stop: the page's whole tab cycle, in order.
 * Fails if focus stays inside a subset of the page (a trap) or never moves.
 */
async function tabCycle(page: Page, key: 'Tab' | 'Shift+Tab', limit = 150): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    if (!stop) continue; // focus left the document (browser UI) between the last and first element
    // Tab steps through the fields inside one control (hours, minutes… of a time input).
    if (stop.id === stops.at(-1)?.id) continue;
    if (stops.length > 0 && stop.id === stops[0]?.id) return stops;
    if (stops.some((s) => s.id === stop.id)) {
      throw new Error(`focus trap: ${key} came back to "${stop.text}" without passing the first stop`);
    }
    stops.push(stop);
  }
  throw new Error(`${key} never came back to the first stop in ${limit} presses (trap or endless page)`);
}

async function open(page: Page, route: RouteName) {
  await page.goto(`./#/${route}`);
  await expect(page.locator('h1').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await settle(page);
}

/** Waits for entrance transitions to end (never for endless ones, like a breathing guide). */
async function settle(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

const fileName = (route: string) => route.replaceAll('/', '-');

for (const route of ROUTES) {
  for (const scheme of SCHEMES) {
    test.describe(`#/${route} (${scheme})`, () => {
      test.use({ colorScheme: scheme, viewport: VIEWPORTS[purposeOf(route)] });

      test('renders a real h1 in the system theme, passes axe, and stays on its origin', async ({ page, baseURL }) => {
        const requests = recordRequests(page);
        await open(page, route);

        const h1 = page.locator('h1');
        await expect(h1).toHaveCount(1);
        await expect(h1).toHaveText(/\S/);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await page.title()).toMatch(/Attune/);

        // The system theme applies: a light page in light, a dark page in dark.
        const luminance = await page.evaluate(() => {
          const [r = 0, g = 0, b = 0] =
            getComputedStyle(document.body).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        });
        if (scheme === 'dark') expect(luminance).toBeLessThan(0.25);
        else expect(luminance).toBeGreaterThan(0.75);

        expect(await axeProblems(page)).toEqual([]);

        await page.screenshot({ path: `docs/screenshots/route-${fileName(route)}-${scheme}.png` });

        const origin = new URL(baseURL ?? page.url()).origin;
        const leaving = requests
          .map((r) => r.url())
          .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
        expect(leaving).toEqual([]);
        // The recorder saw the page's own loads, so an empty list above means something.
        expect(requests.some((r) => r.resourceType() === 'script')).toBe(true);
      });

      if (scheme === 'light')
        test('is keyboard complete: every control named, no trap, Tab reaches the close control', async ({ page }) => {
          const requests = recordRequests(page);
          await open(page, route);

          // Every visible interactive element has an accessible name.
          const controls = page.locator(INTERACTIVE);
          const count = await controls.count();
          for (let i = 0; i < count; i++) {
            const control = controls.nth(i);
            if (!(await control.isVisible())) continue;
            await expect(
              control,
              `control ${i}: ${await control.evaluate((e) => e.outerHTML.slice(0, 120))}`,
            ).toHaveAccessibleName(/\S/);
          }

          const forward = await tabCycle(page, 'Tab');
          expect(forward.length).toBeGreaterThan(1);
          // Shift+Tab walks the same cycle backwards.
          const backward = await tabCycle(page, 'Shift+Tab');
          expect(new Set(backward.map((s) => s.id))).toEqual(new Set(forward.map((s) => s.id)));

          // Each stop the keyboard reaches has an accessible name.
          for (const stop of forward) {
            await page.evaluate((id) => {
              const w = window as unknown as { __focusIds: WeakMap<Element, number> };
              const el = [...document.querySelectorAll('*')].find((e) => w.__focusIds.get(e) === id);
              (el as HTMLElement | undefined)?.focus();
            }, stop.id);
            await expect(page.locator(':focus'), `tab stop "${stop.text}"`).toHaveAccessibleName(/\S/);
          }

          // The close control is the header's last button; the keyboard alone reaches it and works it.
          const headerButtons = forward.filter((s) => s.inHeader && (s.tag === 'button' || s.role === 'button'));
          const close = headerButtons.at(-1);
          expect(close, 'Tab never reaches a button in the screen header').toBeDefined();
          const presses = forward.findIndex((s) => s.id === close?.id) + 1;
          await page.reload();
          await expect(page.locator('h1').first()).toBeVisible();
          let reached: Stop | null = null;
          for (let i = 0; i < presses + 5 && reached?.text !== close?.text; i++) {
            await page.keyboard.press('Tab');
            reached = await focused(page);
          }
          expect(reached?.text).toBe(close?.text);
          await page.keyboard.press('Enter');
          // In the app the window closes; the web preview shows that it would have.
          await expect(page.getByTestId('preview-closed')).toBeVisible();

          const origin = new URL(page.url()).origin;
          expect(
            requests.map((r) => r.url()).filter((u) => u.startsWith('http') && new URL(u).origin !== origin),
          ).toEqual([]);
        });
    });
  }
}
