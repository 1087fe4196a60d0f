// Timing, measured in the real browser: over a 2-minute session every data-phase change is
// compared with the schedule (computed from the session's start). A change may be at most 50 ms
// late. Tighter figures live in `npm run bench` (tools/bench/practice.bench.ts).
import { expect, test } from '@playwright/test';
import { buildSchedule, PATTERNS, phaseChanges } from '../../src/shared/patterns';
import { PRACTICE_VIEWPORT, recorded, seedSettings, watchPacer } from './practice-support';

test.use({ viewport: PRACTICE_VIEWPORT });

test('over a 2-minute session no phase change is more than 50 ms late', async ({ page }) => {
  const schedule = buildSchedule(PATTERNS.box, { unit: 'minutes', minutes: 2 });
  test.setTimeout(schedule.totalMs + 60_000);
  await watchPacer(page);
  await seedSettings(page, { practice: { holdsEnabled: true } });
  await page.goto('./#/practice/breathe?pattern=box&minutes=2');
  const pacer = page.getByTestId('pacer');
  await expect(pacer).toHaveAttribute('data-phase', 'inhale');
  await expect(pacer).toHaveAttribute('data-phase', 'done', { timeout: schedule.totalMs + 10_000 });

  const origin = Number(await pacer.getAttribute('data-origin'));
  const { phases } = await recorded(page);
  // The first phase is shown at the start; every later one is a change the observer saw.
  const expected = phaseChanges(schedule).slice(1);
  expect(phases.map((p) => p.phase)).toEqual(expected.map((c) => c.phase));
  const lateness = phases.map((p, i) => p.t - (origin + (expected[i]?.atMs ?? 0)));
  const worst = Math.max(...lateness);
  console.log(
    `${phases.length} phase changes over ${schedule.totalMs / 1000} s: ` +
      `worst ${worst.toFixed(2)} ms late, earliest ${Math.min(...lateness).toFixed(2)} ms`,
  );
  for (const ms of lateness) {
    expect(ms).toBeLessThanOrEqual(50);
    // Never noticeably early either (the clock allows 1 ms for timer rounding).
    expect(ms).toBeGreaterThanOrEqual(-2);
  }
});
