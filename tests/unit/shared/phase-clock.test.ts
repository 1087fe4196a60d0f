import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSchedule, customPattern, PATTERNS, type Schedule } from '../../../src/shared/patterns';
import { type ClockEnv, PhaseClock } from '../../../src/shared/phase-clock';

/** A virtual monotonic clock whose timers fire `lateBy()` ms after their delay. */
function virtualEnv(lateBy: () => number = () => 0) {
  let now = 1000;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const env: ClockEnv & { armed(): number; advanceTo(t: number): void; now(): number } = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms) + lateBy(), fn });
      return id;
    },
    clearTimeout(id) {
      timers.delete(id as number);
    },
    armed: () => timers.size,
    /** Runs every timer due up to `t`, in order, moving the clock to each. */
    advanceTo(t: number) {
      for (;;) {
        const due = [...timers.entries()].filter(([, x]) => x.at <= t).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = t;
    },
  };
  return env;
}

function run(schedule: Schedule, env: ReturnType<typeof virtualEnv>, seconds = false) {
  const events: { index: number; at: number }[] = [];
  const ticks: { left: number; at: number }[] = [];
  const clock = new PhaseClock(
    schedule,
    {
      onSegment: (index) => events.push({ index, at: env.now() }),
      onSecond: (left) => ticks.push({ left, at: env.now() }),
    },
    { seconds: () => seconds },
    env,
  );
  const start = env.now();
  clock.start();
  return { clock, events, ticks, start };
}

describe('PhaseClock', () => {
  it('changes segment at each boundary computed from the start, and keeps only one timer armed', () => {
    const schedule = buildSchedule(PATTERNS.box, { unit: 'cycles', cycles: 2 });
    const env = virtualEnv();
    const { events, start, clock } = run(schedule, env);
    expect(env.armed()).toBe(1);
    for (const seg of schedule.segments.slice(1)) {
      env.advanceTo(start + seg.startMs - 2);
      expect(clock.segmentIndex).toBe(seg.index - 1);
      env.advanceTo(start + seg.startMs);
      expect(clock.segmentIndex).toBe(seg.index);
      expect(env.armed()).toBe(1);
    }
    env.advanceTo(start + schedule.totalMs);
    expect(clock.done).toBe(true);
    expect(env.armed()).toBe(0);
    expect(events.map((e) => e.index)).toEqual(
      schedule.segments
        .slice(1)
        .map((s) => s.index)
        .concat(schedule.segments.length),
    );
    for (const e of events) {
      const boundary = e.index < schedule.segments.length ? schedule.segments[e.index]?.startMs : schedule.totalMs;
      expect(Math.abs(e.at - start - (boundary ?? 0))).toBeLessThanOrEqual(1);
    }
  });

  it('does not drift when every timer fires late: errors never add up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 50 }), (lates) => {
        let i = 0;
        const env = virtualEnv(() => lates[i++ % lates.length] ?? 0);
        const schedule = buildSchedule(PATTERNS.coherent, { unit: 'minutes', minutes: 10 });
        const { events, start } = run(schedule, env);
        env.advanceTo(start + schedule.totalMs + 100);
        expect(events).toHaveLength(schedule.segments.length);
        const worstLate = Math.max(...lates);
        for (const e of events) {
          const boundary = e.index < schedule.segments.length ? schedule.segments[e.index]?.startMs : schedule.totalMs;
          const error = e.at - start - (boundary ?? 0);
          // Each change is as late as its own timer, at most: never the sum of earlier ones.
          expect(error).toBeGreaterThanOrEqual(-1);
          expect(error).toBeLessThanOrEqual(worstLate);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('pauses without arming anything and resumes with the rest of the segment', () => {
    const schedule = buildSchedule(PATTERNS.coherent, { unit: 'cycles', cycles: 1 });
    const env = virtualEnv();
    const { clock, events, start } = run(schedule, env);
    env.advanceTo(start + 2000);
    clock.pause();
    expect(env.armed()).toBe(0);
    expect(clock.paused).toBe(true);
    env.advanceTo(start + 60_000);
    expect(events).toEqual([]);
    expect(clock.elapsed()).toBe(2000);
    clock.resume();
    expect(clock.originMs).toBe(start + 58_000);
    env.advanceTo(start + 60_000 + 3499);
    expect(clock.segmentIndex).toBe(0);
    env.advanceTo(start + 60_000 + 3500);
    expect(events).toEqual([{ index: 1, at: start + 60_000 + 3500 }]);
    env.advanceTo(start + 60_000 + 3500 + 5500);
    expect(clock.done).toBe(true);
  });

  it('ignores pause and resume once stopped or done', () => {
    const schedule = buildSchedule(PATTERNS.sigh, { unit: 'cycles', cycles: 1 });
    const env = virtualEnv();
    const { clock, start } = run(schedule, env);
    env.advanceTo(start + schedule.totalMs);
    expect(clock.done).toBe(true);
    clock.pause();
    expect(clock.paused).toBe(false);
    const other = run(schedule, env);
    other.clock.stop();
    expect(env.armed()).toBe(0);
    other.clock.resume();
    env.advanceTo(env.now() + 20_000);
    expect(other.events).toEqual([]);
  });

  it('reports whole seconds left only when asked, one tick per second', () => {
    const schedule = buildSchedule(customPattern({ inhale: 3.5, holdIn: 0, exhale: 2, holdOut: 0 }), {
      unit: 'cycles',
      cycles: 1,
    });
    const env = virtualEnv();
    const { ticks, start } = run(schedule, env, true);
    env.advanceTo(start + schedule.totalMs);
    expect(ticks.map((t) => t.left)).toEqual([4, 3, 2, 1, 2, 1]);
    // Each number changes as the remaining time crosses a whole second (virtual time is exact).
    expect(ticks.map((t) => t.at - start)).toEqual([0, 500, 1500, 2500, 3500, 4500]);
    const quiet = run(schedule, virtualEnv(), false);
    expect(quiet.ticks).toEqual([]);
  });
});
