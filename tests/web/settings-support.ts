// Helpers for the settings and history tests: a fixed clock, seeded storage as the browser
// bridge keeps it, and a walk through the page with the Tab key.
import { expect, type Page } from '@playwright/test';
import { type CheckInId, type PauseRecord, pauseRecordSchema } from '../../src/shared/history';
import { list } from '../../src/shared/schema';
import { defaultSettings, mergeDeep, type Settings, type SettingsPatch } from '../../src/shared/settings';

/** The settings window's size (src/main/adapters/windows.ts). */
export const SETTINGS_VIEWPORT = { width: 860, height: 760 };

/** Monday 2 March 2026, 08:00 local time: before the default active hours begin. */
export const MONDAY_MORNING = new Date(2026, 2, 2, 8, 0, 0);

export async function fixClock(page: Page, at = MONDAY_MORNING): Promise<void> {
  await page.clock.setFixedTime(at);
}

/** Opens `route` with these settings and history already saved, as a returning person would. */
export async function openWith(
  page: Page,
  route: string,
  { settings = {}, history = [] }: { settings?: SettingsPatch; history?: PauseRecord[] } = {},
): Promise<Settings> {
  const full = mergeDeep(defaultSettings(), settings);
  const problem = list(pauseRecordSchema).check(history);
  if (problem) throw new Error(`seeded history is invalid: ${problem}`);
  await page.goto('./#/about');
  await page.evaluate(
    ([s, h]) => {
      localStorage.setItem('attune.settings', s);
      localStorage.setItem('attune.history', h);
    },
    [JSON.stringify(full), JSON.stringify(history)] as const,
  );
  await page.goto(`./${route}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return full;
}

export async function stored(page: Page): Promise<Settings> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('attune.settings') ?? 'null'));
}

export async function storedHistory(page: Page): Promise<PauseRecord[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('attune.history') ?? '[]'));
}

/** Pauses over the 30 days before `now`: a gentle, uneven pattern with check-in words. */
export function sampleHistory(now = MONDAY_MORNING): PauseRecord[] {
  const words: (CheckInId | undefined)[] = ['tired', 'tense', 'okay', 'tired', 'anxious', 'okay', 'tired', undefined];
  const records: PauseRecord[] = [];
  let n = 0;
  for (let daysAgo = 29; daysAgo >= 0; daysAgo--) {
    const count = [0, 1, 2, 3, 1, 0, 2][(daysAgo * 5 + 2) % 7] ?? 0;
    for (let k = 0; k < count; k++) {
      const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, 9 + k * 3, 15);
      if (start.getTime() > now.getTime()) continue;
      const word = words[n % words.length];
      records.push({
        id: `seed-${n}`,
        kind: (['breathe', 'full', 'compassion', 'three-breaths'] as const)[n % 4] ?? 'full',
        startedAt: start.getTime(),
        durationSeconds: [60, 90, 180, 45, 300][n % 5] ?? 60,
        completed: n % 6 !== 0,
        ...(word ? { checkIn: word } : {}),
      });
      n++;
    }
  }
  return records;
}

/**
 * Presses Tab until focus has gone all the way round the page and returns the controls reached,
 * in order (starting wherever the browser's focus starting point was).
 */
export async function tabWalk(page: Page, max = 400): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset.kbSeen ??= String(Math.random());
      return el.dataset.kbSeen;
    });
    // Past the last control focus leaves the page, then comes round to the first again.
    if (id === null) continue;
    // A time field takes several Tabs (hours, minutes): the same control again is not a loop.
    if (id === seen[seen.length - 1]) continue;
    if (seen.includes(id)) break;
    seen.push(id);
  }
  return seen;
}

/** Every control a keyboard user must be able to reach (one per radio group, as browsers do). */
export async function reachableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]'),
    ];
    const radioGroups = new Set<string>();
    const out: string[] = [];
    for (const el of all) {
      if ((el as HTMLInputElement).disabled) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (el.closest('dialog:not([open]), details:not([open]) > :not(summary)')) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (radioGroups.has(el.name)) continue;
        const group = [
          ...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`),
        ];
        const stop = group.find((r) => r.checked) ?? group[0];
        if (stop !== el) continue;
        radioGroups.add(el.name);
      }
      el.dataset.kbSeen ??= String(Math.random());
      out.push(el.dataset.kbSeen);
    }
    return out;
  });
}

export async function describeIds(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (list) =>
      list.map((id) => {
        const el = document.querySelector<HTMLElement>(`[data-kb-seen="${id}"]`);
        if (!el) return `(gone ${id})`;
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
        return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''} ${name}`;
      }),
    ids,
  );
}
