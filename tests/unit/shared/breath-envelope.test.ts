// The breath sound's gain schedule against each pattern, driven by the real PhaseClock on a
// virtual clock: for every segment the clock starts, the gain ramps to that segment's envelope —
// up to the peak by the end of each inhale, down to silence by the end of each exhale, quiet on
// holds — and a pause in the practice shifts every later ramp by exactly the pause.
import { describe, expect, it } from 'vitest';
import { envelopeFor, HOLD_SHARE, PEAK_GAIN, SETTLE_MS } from '../../../src/shared/breath-envelope';
import { buildSchedule, PATTERNS, resolvePattern, type Schedule } from '../../../src/shared/patterns';
import { type ClockEnv, PhaseClock } from '../../../src/shared/phase-clock';

function virtualClock() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const env: ClockEnv & { advanceTo(t: number): void } = {
    now: () => now,
    setTimeout(fn, ms) {
      timers.set(next, { at: now + Math.max(0, ms), fn });
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    advanceTo(t) {
      for (;;) {
        const due = [...timers].filter(([, x]) => x.at <= t).sort((a, b) => a[1].at - b[1].at)[0];
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

interface Ramp {
  phase: string;
  part?: string;
  from: number;
  to: number;
  reachedAt: number;
}

/** What the sound does over a whole session: one ramp per segment the clock starts. */
function gainRamps(schedule: Schedule, volume: number, pauseAt?: { at: number; forMs: number }): Ramp[] {
  const env = virtualClock();
  const ramps: Ramp[] = [];
  let gain = 0;
  const follow = (index: number) => {
    const seg = schedule.segments[index];
    const e = envelopeFor(seg, volume);
    ramps.push({
      phase: seg?.phase ?? 'done',
      part: seg?.part,
      from: gain,
      to: e.target,
      reachedAt: env.now() + e.rampMs,
    });
    gain = e.target;
  };
  const clock = new PhaseClock(schedule, { onSegment: follow }, {}, env);
  clock.start();
  follow(0);
  if (pauseAt) {
    env.advanceTo(pauseAt.at);
    clock.pause();
    env.advanceTo(pauseAt.at + pauseAt.forMs);
    clock.resume();
  }
  env.advanceTo(schedule.totalMs + (pauseAt?.forMs ?? 0) + 1000);
  return ramps;
}

const withHolds = { holdsEnabled: true, custom: { inhale: 4, holdIn: 2, exhale: 6, holdOut: 3 } };
const patterns = [...Object.keys(PATTERNS), 'custom'] as (keyof typeof PATTERNS | 'custom')[];

describe('the breath sound follows the pattern', () => {
  for (const id of patterns) {
    it(`${id}: swells through each inhale, ebbs through each exhale, quiet on holds`, () => {
      const schedule = buildSchedule(resolvePattern(id, withHolds), { unit: 'cycles', cycles: 3 });
      const volume = 0.6;
      const peak = PEAK_GAIN * volume;
      const ramps = gainRamps(schedule, volume);
      // One ramp per segment, then the fade at the end.
      expect(ramps).toHaveLength(schedule.segments.length + 1);
      schedule.segments.forEach((seg, i) => {
        const r = ramps[i] as Ramp;
        expect(r.phase).toBe(seg.phase);
        if (seg.phase === 'inhale') {
          // Reaches the peak exactly when the inhale ends (the phase clock's boundary).
          expect(r.to).toBeCloseTo(peak);
          expect(r.reachedAt).toBe(seg.endMs);
        } else if (seg.phase === 'exhale') {
          expect(r.to).toBe(0);
          expect(r.reachedAt).toBe(seg.endMs);
        } else {
          // Holds: quieter than any breath, settled quickly and within the hold.
          expect(r.to).toBeLessThanOrEqual(peak * HOLD_SHARE + 1e-9);
          expect(r.reachedAt).toBeLessThanOrEqual(Math.min(seg.startMs + SETTLE_MS, seg.endMs));
        }
      });
      expect(ramps.at(-1)).toMatchObject({ phase: 'done', to: 0 });
    });
  }

  it('the sigh’s top-up never swells past the first inhale', () => {
    const schedule = buildSchedule(PATTERNS.sigh, { unit: 'cycles', cycles: 2 });
    const ramps = gainRamps(schedule, 1);
    const main = ramps.find((r) => r.part === 'main');
    const topUp = ramps.find((r) => r.part === 'top-up');
    expect(topUp?.to).toBe(main?.to);
    expect(topUp?.from).toBe(main?.to);
  });

  it('scales with the volume, and volume 0 is silence throughout', () => {
    const schedule = buildSchedule(PATTERNS.coherent, { unit: 'cycles', cycles: 2 });
    expect(Math.max(...gainRamps(schedule, 0.25).map((r) => r.to))).toBeCloseTo(PEAK_GAIN * 0.25);
    expect(gainRamps(schedule, 0).every((r) => r.to === 0)).toBe(true);
  });

  it('a pause in the practice moves every later ramp by exactly the pause', () => {
    const schedule = buildSchedule(PATTERNS.box, { unit: 'cycles', cycles: 2 });
    const plain = gainRamps(schedule, 1);
    const paused = gainRamps(schedule, 1, { at: 5000, forMs: 7000 });
    expect(paused).toHaveLength(plain.length);
    paused.forEach((r, i) => {
      const before = plain[i] as Ramp;
      expect(r.to).toBe(before.to);
      // Ramps started before the pause keep their times; the rest shift by 7 s.
      expect(r.reachedAt - before.reachedAt).toBe(i <= 1 ? 0 : 7000);
    });
  });
});
