import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availablePatterns,
  buildSchedule,
  CUSTOM_LIMITS,
  checkCustomTimings,
  customPattern,
  cyclesFor,
  lengthOf,
  nextBoundary,
  PATTERNS,
  type PatternDefinition,
  phaseAt,
  phaseChanges,
  resolvePattern,
  type Schedule,
  segmentAt,
  stopsEarly,
  timingsOf,
} from '../../../src/shared/patterns';
import { defaultSettings, PATTERN_IDS, settingsSchema } from '../../../src/shared/settings';

const noHolds = { holdsEnabled: false, custom: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 } };
const withHolds = { ...noHolds, holdsEnabled: true };

/** Invariants every schedule must keep. */
function expectWellFormed(s: Schedule) {
  expect(s.segments.length).toBeGreaterThan(0);
  expect(s.segments[0]?.startMs).toBe(0);
  s.segments.forEach((seg, i) => {
    expect(seg.index).toBe(i);
    expect(seg.endMs).toBeGreaterThan(seg.startMs);
    expect(Number.isInteger(seg.startMs) && Number.isInteger(seg.endMs)).toBe(true);
    if (i > 0) expect(seg.startMs).toBe(s.segments[i - 1]?.endMs);
  });
  const last = s.segments[s.segments.length - 1];
  expect(last?.phase).toBe('exhale');
  expect(last?.endMs).toBe(s.totalMs);
  expect(new Set(s.segments.map((x) => x.cycle)).size).toBe(s.cycles);
}

describe('pattern definitions', () => {
  it('match the timings in PRODUCT.md', () => {
    expect(timingsOf(PATTERNS.coherent)).toEqual({ inhale: 5.5, holdIn: 0, exhale: 5.5, holdOut: 0 });
    expect(timingsOf(PATTERNS['long-exhale'])).toEqual({ inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 });
    expect(timingsOf(PATTERNS.box)).toEqual({ inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 });
    expect(timingsOf(PATTERNS['4-7-8'])).toEqual({ inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 });
  });

  it('give the sigh two inhales: 2 s, then a 1 s top-up, then a 6 s exhale', () => {
    expect(PATTERNS.sigh.cycle).toEqual([
      { phase: 'inhale', seconds: 2, part: 'main' },
      { phase: 'inhale', seconds: 1, part: 'top-up' },
      { phase: 'exhale', seconds: 6 },
    ]);
  });

  it('mark only box and 4-7-8 as having holds, and cap only 4-7-8', () => {
    const withHoldsIds = Object.values(PATTERNS)
      .filter((p) => p.holds)
      .map((p) => p.id);
    expect(withHoldsIds.sort()).toEqual(['4-7-8', 'box']);
    expect(PATTERNS['4-7-8'].maxCycles).toBe(4);
    for (const p of Object.values(PATTERNS)) if (p.id !== '4-7-8') expect(p.maxCycles).toBeNull();
  });

  it('cover every pattern id the settings allow', () => {
    for (const id of PATTERN_IDS) expect(() => resolvePattern(id, withHolds)).not.toThrow();
  });

  it('never use the words "deep" or "big" in names or summaries', () => {
    for (const p of [...Object.values(PATTERNS), customPattern(noHolds.custom)])
      expect(`${p.name} ${p.summary}`).not.toMatch(/\b(deep|big)\b/i);
  });

  it('summarise timings in plain words', () => {
    expect(PATTERNS.coherent.summary).toBe('5.5 s in, 5.5 s out');
    expect(PATTERNS.sigh.summary).toBe('2 + 1 s in, 6 s out');
    expect(PATTERNS.box.summary).toBe('4 s in, hold 4 s, 4 s out, rest 4 s');
  });
});

describe('holds are opt-in', () => {
  it('offers box and 4-7-8 only once holds are turned on', () => {
    expect(availablePatterns(false)).toEqual(['coherent', 'long-exhale', 'sigh', 'custom']);
    expect(availablePatterns(true)).toEqual(['coherent', 'long-exhale', 'sigh', 'box', '4-7-8', 'custom']);
  });

  it('falls back to the default when a hold pattern is asked for with holds off', () => {
    expect(resolvePattern('box', noHolds).id).toBe('coherent');
    expect(resolvePattern('4-7-8', noHolds).id).toBe('coherent');
    expect(resolvePattern('box', withHolds).id).toBe('box');
  });

  it('leaves the custom pattern’s holds out while holds are off', () => {
    const custom = { inhale: 4, holdIn: 3, exhale: 6, holdOut: 2.5 };
    expect(timingsOf(resolvePattern('custom', { holdsEnabled: false, custom }))).toEqual({
      inhale: 4,
      holdIn: 0,
      exhale: 6,
      holdOut: 0,
    });
    expect(timingsOf(resolvePattern('custom', { holdsEnabled: true, custom }))).toEqual(custom);
  });

  it('can always shorten holds (halved, on the 0.5 s step) and keeps the 4-7-8 cap', () => {
    const short = resolvePattern('4-7-8', { ...withHolds, shorterHolds: true });
    expect(timingsOf(short)).toEqual({ inhale: 4, holdIn: 3.5, exhale: 8, holdOut: 0 });
    expect(short.maxCycles).toBe(4);
    expect(timingsOf(resolvePattern('box', { ...withHolds, shorterHolds: true }))).toEqual({
      inhale: 4,
      holdIn: 2,
      exhale: 4,
      holdOut: 2,
    });
    const custom = { inhale: 4, holdIn: 5, exhale: 6, holdOut: 0.5 };
    expect(timingsOf(resolvePattern('custom', { holdsEnabled: true, custom, shorterHolds: true }))).toEqual({
      inhale: 4,
      holdIn: 2.5,
      exhale: 6,
      holdOut: 0,
    });
  });
});

describe('custom pattern limits', () => {
  it('accepts the edges of every range on the 0.5 s step', () => {
    expect(checkCustomTimings({ inhale: 2, holdIn: 0, exhale: 12, holdOut: 10 })).toBeNull();
    expect(checkCustomTimings({ inhale: 12, holdIn: 10, exhale: 2, holdOut: 0 })).toBeNull();
    expect(checkCustomTimings({ inhale: 2.5, holdIn: 0.5, exhale: 11.5, holdOut: 9.5 })).toBeNull();
  });

  it.each([
    [{ inhale: 1.5, holdIn: 0, exhale: 6, holdOut: 0 }, /inhale must be between 2 and 12/],
    [{ inhale: 4, holdIn: 0, exhale: 12.5, holdOut: 0 }, /exhale must be between 2 and 12/],
    [{ inhale: 4, holdIn: 10.5, exhale: 6, holdOut: 0 }, /holdIn must be between 0 and 10/],
    [{ inhale: 4, holdIn: 0, exhale: 6, holdOut: -0.5 }, /holdOut must be between 0 and 10/],
    [{ inhale: 4.2, holdIn: 0, exhale: 6, holdOut: 0 }, /inhale must be in steps of 0.5/],
    [{ inhale: 4, holdIn: 0, exhale: Number.NaN, holdOut: 0 }, /exhale must be a number/],
  ])('rejects %o with a clear message', (t, message) => {
    expect(checkCustomTimings(t)).toMatch(message);
    expect(() => customPattern(t)).toThrow(message);
  });

  it('agrees with the settings schema on what is valid', () => {
    const settings = defaultSettings();
    fc.assert(
      fc.property(
        fc.record({
          inhale: fc.integer({ min: 0, max: 30 }),
          holdIn: fc.integer({ min: -2, max: 24 }),
          exhale: fc.integer({ min: 0, max: 30 }),
          holdOut: fc.integer({ min: -2, max: 24 }),
        }),
        (halves) => {
          const t = {
            inhale: halves.inhale * CUSTOM_LIMITS.step,
            holdIn: halves.holdIn * CUSTOM_LIMITS.step,
            exhale: halves.exhale * CUSTOM_LIMITS.step,
            holdOut: halves.holdOut * CUSTOM_LIMITS.step,
          };
          const ours = checkCustomTimings(t) === null;
          const theirs =
            settingsSchema.check({ ...settings, practice: { ...settings.practice, custom: t } }, 'settings') === null;
          expect(ours).toBe(theirs);
        },
      ),
    );
  });
});

describe('session length', () => {
  it('counts cycles when asked for cycles', () => {
    expect(cyclesFor(PATTERNS.coherent, { unit: 'cycles', cycles: 6 })).toBe(6);
    expect(buildSchedule(PATTERNS.coherent, { unit: 'cycles', cycles: 3 }).segments).toHaveLength(6);
  });

  it('fits whole cycles closest to the minutes asked for', () => {
    // 1 minute of 11 s cycles: 5 cycles (55 s) is closer to 60 s than 6 (66 s).
    const one = buildSchedule(PATTERNS.coherent, { unit: 'minutes', minutes: 1 });
    expect(one.cycles).toBe(5);
    expect(one.totalMs).toBe(55_000);
    // 2 minutes of box (16 s cycles, last rest dropped): 8 cycles end at 124 s, 7 at 108 s.
    const box = buildSchedule(PATTERNS.box, { unit: 'minutes', minutes: 2 });
    expect(box.cycles).toBe(8);
    expect(box.totalMs).toBe(124_000);
    // 10 minutes of the long exhale: exactly 60 cycles.
    expect(buildSchedule(PATTERNS['long-exhale'], { unit: 'minutes', minutes: 10 }).totalMs).toBe(600_000);
  });

  it('gives the full length offered: 30 minutes of any pattern without a cap is 30 minutes', () => {
    // The phase schedule is what the pacer runs, so its end is the session's real length.
    const real = (id: keyof typeof PATTERNS) => buildSchedule(PATTERNS[id], { unit: 'minutes', minutes: 30 });
    for (const id of ['coherent', 'long-exhale', 'sigh', 'box'] as const) {
      const s = real(id);
      const cycle = PATTERNS[id].cycle.reduce((a, x) => a + x.seconds * 1000, 0);
      expect(Math.abs(s.totalMs - 30 * 60_000), id).toBeLessThanOrEqual(cycle / 2);
    }
    // Steady: 164 cycles of 11 s end at 30 min 4 s; the sigh: 200 cycles of 9 s, exactly 30 min.
    expect(real('coherent').cycles).toBe(164);
    expect(real('sigh').totalMs).toBe(30 * 60_000);
    expect(lengthOf(real('coherent'))).toEqual({ breaths: 164, minutes: 30 });
    // The longest custom pattern (44 s cycles) still fills the longest session.
    const slow = customPattern({ inhale: 12, holdIn: 10, exhale: 12, holdOut: 10 });
    expect(Math.abs(buildSchedule(slow, { unit: 'minutes', minutes: 30 }).totalMs - 1_800_000)).toBeLessThan(22_000);
  });

  it('says when a pattern stops before the length asked for (only 4-7-8 does)', () => {
    expect(stopsEarly(PATTERNS['4-7-8'], { unit: 'minutes', minutes: 1 })).toBe(false);
    expect(stopsEarly(PATTERNS['4-7-8'], { unit: 'minutes', minutes: 2 })).toBe(true);
    expect(stopsEarly(PATTERNS['4-7-8'], { unit: 'cycles', cycles: 4 })).toBe(false);
    expect(stopsEarly(PATTERNS['4-7-8'], { unit: 'cycles', cycles: 5 })).toBe(true);
    expect(stopsEarly(PATTERNS.coherent, { unit: 'minutes', minutes: 30 })).toBe(false);
    expect(stopsEarly(PATTERNS.sigh, { unit: 'cycles', cycles: 60 })).toBe(false);
  });

  it('is never shorter than one cycle', () => {
    expect(cyclesFor(PATTERNS['4-7-8'], { unit: 'cycles', cycles: 0 })).toBe(1);
    expect(
      cyclesFor(customPattern({ inhale: 12, holdIn: 10, exhale: 12, holdOut: 10 }), { unit: 'minutes', minutes: 0.1 }),
    ).toBe(1);
    expect(cyclesFor(PATTERNS.coherent, { unit: 'cycles', cycles: Number.NaN })).toBe(1);
  });

  it('caps 4-7-8 at 4 cycles, in cycles and in minutes', () => {
    expect(cyclesFor(PATTERNS['4-7-8'], { unit: 'cycles', cycles: 10 })).toBe(4);
    expect(cyclesFor(PATTERNS['4-7-8'], { unit: 'minutes', minutes: 30 })).toBe(4);
    expect(cyclesFor(PATTERNS['4-7-8'], { unit: 'cycles', cycles: 3 })).toBe(3);
    expect(buildSchedule(PATTERNS['4-7-8'], { unit: 'minutes', minutes: 5 }).totalMs).toBe(4 * 19_000);
  });

  it('measures a length in breaths and half minutes (lengthWords puts it in words)', () => {
    expect(lengthOf(buildSchedule(PATTERNS.coherent, { unit: 'cycles', cycles: 3 }))).toEqual({
      breaths: 3,
      minutes: null,
    });
    expect(lengthOf(buildSchedule(PATTERNS.coherent, { unit: 'minutes', minutes: 1 }))).toEqual({
      breaths: 5,
      minutes: 1,
    });
    expect(lengthOf(buildSchedule(PATTERNS.box, { unit: 'minutes', minutes: 2 }))).toEqual({ breaths: 8, minutes: 2 });
  });
});

describe('phase schedule', () => {
  const phases = (s: Schedule) => s.segments.map((x) => (x.part === 'top-up' ? 'top-up' : x.phase));
  const starts = (s: Schedule) => s.segments.map((x) => x.startMs);

  it('coherent: in, out, in, out', () => {
    const s = buildSchedule(PATTERNS.coherent, { unit: 'cycles', cycles: 2 });
    expect(phases(s)).toEqual(['inhale', 'exhale', 'inhale', 'exhale']);
    expect(starts(s)).toEqual([0, 5500, 11_000, 16_500]);
    expect(s.totalMs).toBe(22_000);
  });

  it('long exhale: 4 s in, 6 s out', () => {
    const s = buildSchedule(PATTERNS['long-exhale'], { unit: 'cycles', cycles: 2 });
    expect(phases(s)).toEqual(['inhale', 'exhale', 'inhale', 'exhale']);
    expect(starts(s)).toEqual([0, 4000, 10_000, 14_000]);
    expect(s.totalMs).toBe(20_000);
  });

  it('sigh: two inhales (2 s, then a 1 s top-up) before each 6 s exhale', () => {
    const s = buildSchedule(PATTERNS.sigh, { unit: 'cycles', cycles: 2 });
    expect(phases(s)).toEqual(['inhale', 'top-up', 'exhale', 'inhale', 'top-up', 'exhale']);
    expect(starts(s)).toEqual([0, 2000, 3000, 9000, 11_000, 12_000]);
    expect(s.segments.filter((x) => x.phase === 'inhale')).toHaveLength(4);
    // data-phase stays "inhale" across both inhales: one change per breath phase.
    expect(phaseChanges(s)).toEqual([
      { atMs: 0, phase: 'inhale' },
      { atMs: 3000, phase: 'exhale' },
      { atMs: 9000, phase: 'inhale' },
      { atMs: 12_000, phase: 'exhale' },
      { atMs: 18_000, phase: 'done' },
    ]);
  });

  it('box: in, hold, out, rest — and the last rest is left out so it ends after an exhale', () => {
    const s = buildSchedule(PATTERNS.box, { unit: 'cycles', cycles: 2 });
    expect(phases(s)).toEqual(['inhale', 'hold-in', 'exhale', 'hold-out', 'inhale', 'hold-in', 'exhale']);
    expect(starts(s)).toEqual([0, 4000, 8000, 12_000, 16_000, 20_000, 24_000]);
    expect(s.totalMs).toBe(28_000);
  });

  it('4-7-8: in 4, hold 7, out 8', () => {
    const s = buildSchedule(PATTERNS['4-7-8'], { unit: 'cycles', cycles: 1 });
    expect(phases(s)).toEqual(['inhale', 'hold-in', 'exhale']);
    expect(starts(s)).toEqual([0, 4000, 11_000]);
    expect(s.totalMs).toBe(19_000);
  });

  it('custom: uses the person’s timings, half-seconds included', () => {
    const p = customPattern({ inhale: 3.5, holdIn: 1.5, exhale: 7.5, holdOut: 2 });
    const s = buildSchedule(p, { unit: 'cycles', cycles: 2 });
    expect(phases(s)).toEqual(['inhale', 'hold-in', 'exhale', 'hold-out', 'inhale', 'hold-in', 'exhale']);
    expect(starts(s)).toEqual([0, 3500, 5000, 12_500, 14_500, 18_000, 19_500]);
    expect(s.totalMs).toBe(27_000);
  });

  it('knows the phase at any moment, and reports done at the end', () => {
    const s = buildSchedule(PATTERNS.box, { unit: 'cycles', cycles: 1 });
    expect(phaseAt(s, -5)).toBe('inhale');
    expect(phaseAt(s, 0)).toBe('inhale');
    expect(phaseAt(s, 3999)).toBe('inhale');
    expect(phaseAt(s, 4000)).toBe('hold-in');
    expect(phaseAt(s, 8000)).toBe('exhale');
    expect(phaseAt(s, 11_999)).toBe('exhale');
    expect(phaseAt(s, 12_000)).toBe('done');
    expect(segmentAt(s, 12_000)).toBe(s.segments.length);
    expect(nextBoundary(s, 0)).toBe(4000);
    expect(nextBoundary(s, 4000)).toBe(8000);
    expect(nextBoundary(s, 11_500)).toBe(12_000);
    expect(nextBoundary(s, 12_000)).toBeNull();
  });

  it('keeps a ten-minute session exact to the millisecond (no accumulated error)', () => {
    const s = buildSchedule(PATTERNS.coherent, { unit: 'minutes', minutes: 10 });
    expect(s.cycles).toBe(55);
    expect(s.totalMs).toBe(55 * 11_000);
    expect(s.segments[s.segments.length - 1]?.startMs).toBe(55 * 11_000 - 5500);
  });
});

describe('every schedule, for any valid pattern and length', () => {
  const half = (min: number, max: number) =>
    fc.integer({ min: min / CUSTOM_LIMITS.step, max: max / CUSTOM_LIMITS.step }).map((n) => n * CUSTOM_LIMITS.step);
  const anyPattern: fc.Arbitrary<PatternDefinition> = fc.oneof(
    fc.constantFrom(...Object.values(PATTERNS)),
    fc
      .record({ inhale: half(2, 12), holdIn: half(0, 10), exhale: half(2, 12), holdOut: half(0, 10) })
      .map(customPattern),
  );
  const anyLength = fc.oneof(
    fc.integer({ min: 1, max: 60 }).map((cycles) => ({ unit: 'cycles' as const, cycles })),
    fc.integer({ min: 1, max: 30 }).map((minutes) => ({ unit: 'minutes' as const, minutes })),
  );

  it('starts at 0, is contiguous, ends after an exhale, respects caps, and agrees with phaseAt', () => {
    fc.assert(
      fc.property(anyPattern, anyLength, fc.double({ min: 0, max: 1, noNaN: true }), (p, length, f) => {
        const s = buildSchedule(p, length);
        expectWellFormed(s);
        expect(s.cycles).toBeGreaterThanOrEqual(1);
        if (p.maxCycles !== null) expect(s.cycles).toBeLessThanOrEqual(p.maxCycles);
        if (length.unit === 'cycles' && p.maxCycles === null) expect(s.cycles).toBe(length.cycles);
        if (length.unit === 'minutes' && p.maxCycles === null && s.cycles > 1) {
          // The whole number of cycles closest to the minutes asked for: within half a cycle.
          const cycle = p.cycle.reduce((a, x) => a + x.seconds * 1000, 0);
          expect(Math.abs(s.totalMs - length.minutes * 60_000)).toBeLessThanOrEqual(cycle / 2);
        }
        const t = Math.floor(f * s.totalMs);
        const seg = s.segments[segmentAt(s, t)];
        if (t < s.totalMs) {
          expect(seg && seg.startMs <= t && t < seg.endMs).toBe(true);
          expect(phaseAt(s, t)).toBe(seg?.phase);
        }
        const changes = phaseChanges(s);
        expect(changes[changes.length - 1]).toEqual({ atMs: s.totalMs, phase: 'done' });
        for (let i = 1; i < changes.length; i++) expect(changes[i]?.phase).not.toBe(changes[i - 1]?.phase);
      }),
      { numRuns: 300 },
    );
  });
});
