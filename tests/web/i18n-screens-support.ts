// Shared by the i18n screen specs (i18n-screens*.spec.ts): seeded pauses, the reader, axe, and a
// check for words that don't fit their control.
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { PauseRecord } from '../../src/shared/history';
import { MONDAY_MORNING } from './settings-support';

export const SHOTS = 'docs/screenshots/i18n';
mkdirSync(SHOTS, { recursive: true });
export const READING_VIEWPORT = { width: 780, height: 880 };

export const day = (daysAgo: number, hour: number, minute = 0) =>
  new Date(
    MONDAY_MORNING.getFullYear(),
    MONDAY_MORNING.getMonth(),
    MONDAY_MORNING.getDate() - daysAgo,
    hour,
    minute,
  ).getTime();
export const rec = (id: string, startedAt: number, extra: Partial<PauseRecord> = {}): PauseRecord => ({
  id,
  kind: 'breathe',
  startedAt,
  durationSeconds: 60,
  completed: true,
  ...extra,
});
/** `n` one-minute pauses in the last 7 days (none today), plus one three weeks ago. */
export const pauses = (n: number): PauseRecord[] => [
  ...Array.from({ length: n }, (_, i) => rec(`p${i}`, day((i % 6) + 1, 9 + Math.floor(i / 6)))),
  rec('old', day(21, 12)),
];
export const SOME: PauseRecord[] = [
  rec('a', day(0, 7, 5), { checkIn: 'tired', note: 'Schultern weicher.' }),
  rec('b', day(2, 9), { checkIn: 'tense', kind: 'short' }),
  rec('c', day(2, 15, 30), { kind: 'compassion', durationSeconds: 150 }),
];

export async function openReader(page: Page) {
  await page.setViewportSize(READING_VIEWPORT);
  await page.goto('./#/read');
  // The article itself: until the settings arrive, the window shows only its frame, whose title is
  // also a heading, and no shortcut is listened for yet.
  await expect(page.locator('.reader-article')).toBeVisible();
}

/** Text that doesn't fit: the page scrolling sideways, or a control whose words overflow it. */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push('the page scrolls sideways');
    for (const el of document.querySelectorAll<HTMLElement>('button, a, label, h1, h2, legend, .pause-line span')) {
      if (el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName} “${el.textContent}” is clipped`);
    }
    return out;
  });
}
