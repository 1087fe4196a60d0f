// Shared helpers for the practice tests: seed settings the way the browser bridge stores them,
// read the history it records, walk the steps, and watch the pacer from inside the page.
import { expect, type Page } from '@playwright/test';
import type { PauseRecord } from '../../src/shared/history';
import { defaultSettings, mergeDeep, type Settings, type SettingsPatch } from '../../src/shared/settings';

export const PRACTICE_VIEWPORT = { width: 560, height: 680 };

/** The steps of the whole flow and the heading each one shows. */
export const FLOW_STEPS = [
  { id: 'arrive', heading: 'Take a moment to arrive' },
  { id: 'breathe', heading: 'Breathe with the circle' },
  { id: 'notice', heading: 'Notice something hard' },
  { id: 'name', heading: 'Name it' },
  { id: 'common', heading: 'You’re not alone in this' },
  { id: 'touch', heading: 'A soothing touch, if it feels okay' },
  { id: 'kindness', heading: 'A kind word' },
  { id: 'close', heading: 'Thank you for taking this pause' },
] as const;
export type FlowStepId = (typeof FLOW_STEPS)[number]['id'];

/** Starts the page with these settings (merged over the defaults), as if saved earlier. */
export async function seedSettings(page: Page, patch: SettingsPatch): Promise<Settings> {
  const settings = mergeDeep(defaultSettings(), patch);
  await page.addInitScript((json) => window.localStorage.setItem('attune.settings', json), JSON.stringify(settings));
  return settings;
}

export async function storedSettings(page: Page): Promise<Settings> {
  return page.evaluate(() => JSON.parse(window.localStorage.getItem('attune.settings') ?? 'null'));
}

/** What the bridge recorded through "practice:finish". */
export async function history(page: Page): Promise<PauseRecord[]> {
  return page.evaluate(() => JSON.parse(window.localStorage.getItem('attune.history') ?? '[]'));
}

export async function expectClosed(page: Page): Promise<void> {
  await expect(page.getByTestId('preview-closed')).toBeVisible();
}

export function step(page: Page, id: string) {
  return page.locator(`section[data-step="${id}"]`);
}

export async function expectStep(page: Page, id: string, heading?: string): Promise<void> {
  await expect(step(page, id)).toBeVisible();
  const h2 = page.getByRole('heading', { level: 2 });
  if (heading) await expect(h2).toHaveText(heading);
  // Each new step's heading takes focus.
  await expect(h2).toBeFocused();
}

/** Waits for the step's gentle fade-in to end (it runs on the screen's own time, not the page clock). */
export async function stepFadedIn(page: Page): Promise<void> {
  await page
    .locator('.practice-step')
    .evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

/** Skips steps until `id` shows. */
export async function skipTo(page: Page, id: string): Promise<void> {
  await expect(page.locator('section[data-step]')).toBeVisible();
  for (let i = 0; i < 10; i++) {
    if (await step(page, id).isVisible()) return;
    await page.getByRole('button', { name: 'Skip this step' }).click();
  }
  await expect(step(page, id)).toBeVisible();
}

/** Presses Tab until the element is focused: proves it is reachable from the keyboard. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target} with Tab`);
}

export interface PhaseEvent {
  phase: string;
  step: number;
  t: number;
}

/**
 * Installs, before the app loads, a MutationObserver that records every pacer data-phase /
 * data-step change and every live-region text, each with performance.now().
 */
export async function watchPacer(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __phases: PhaseEvent[]; __steps: PhaseEvent[]; __live: string[] };
    w.__phases = [];
    w.__steps = [];
    w.__live = [];
    new MutationObserver((records) => {
      const t = performance.now();
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        if (r.type === 'attributes' && el?.getAttribute('data-testid') === 'pacer') {
          // A change, not the first value the pacer is given when it appears.
          if (r.oldValue === null || r.oldValue === el.getAttribute(r.attributeName ?? '')) continue;
          const event = {
            phase: el.getAttribute('data-phase') ?? '',
            step: Number(el.getAttribute('data-step')),
            t,
          };
          if (r.attributeName === 'data-phase') w.__phases.push(event);
          if (r.attributeName === 'data-step') w.__steps.push(event);
        } else if (r.type !== 'attributes' && el?.closest('[data-testid="pacer-live"]')) {
          const text = el.closest('[data-testid="pacer-live"]')?.textContent ?? '';
          if (text) w.__live.push(text);
        }
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['data-phase', 'data-step'],
    });
  });
}

export async function recorded(page: Page): Promise<{ phases: PhaseEvent[]; steps: PhaseEvent[]; live: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __phases: PhaseEvent[]; __steps: PhaseEvent[]; __live: string[] };
    return { phases: w.__phases, steps: w.__steps, live: w.__live };
  });
}

/**
 * Stops the page's clock (installed with page.clock.install(), which otherwise runs on with real
 * time) where it is. From here only page.clock.runFor moves the breathing guide, however slow the
 * machine, so a test can stop a known time before a phase ends. page.clock.resume() lets it run
 * again; axe-core waits on timers, so a held page is resumed before it is checked with axe.
 */
export async function holdPageClock(page: Page): Promise<void> {
  // pauseAt takes a time not yet reached, so a little ahead of the page's time read just before;
  // on a slow machine that moment may have passed by then, and a longer step is taken instead.
  for (const ahead of [50, 250, 1000]) {
    const at = await page.evaluate((ms) => Date.now() + ms, ahead);
    try {
      await page.clock.pauseAt(at);
      return;
    } catch (err) {
      if (!/past/.test((err as Error).message)) throw err;
    }
  }
  throw new Error('the page clock could not be held: the machine is too busy to reach it in a second');
}

/**
 * With the clock held, runs the guide on to `ms` of its own time (from its start, pauses left out),
 * or leaves it where it is if it is already past that.
 */
export async function runGuideTo(page: Page, ms: number): Promise<void> {
  const origin = Number(await page.getByTestId('pacer').getAttribute('data-origin'));
  const ran = await page.evaluate((o) => performance.now() - o, origin);
  if (ms > ran) await page.clock.runFor(Math.ceil(ms - ran));
}
