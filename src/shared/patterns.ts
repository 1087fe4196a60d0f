// Breathing patterns and the phase schedule of a session. Pure: no DOM, no clock. The pacer asks
// this module where each phase begins (milliseconds from the session's start) and never adds up
// timeouts itself, so a session cannot drift. Timings and limits follow PRODUCT.md.
import type { PatternId } from './settings';

export type BreathPhase = 'inhale' | 'hold-in' | 'exhale' | 'hold-out';
/** What the pacer's `data-phase` shows: a breath phase, or `done` once the session has ended. */
export type PacerPhase = BreathPhase | 'done';
export const PACER_PHASES: readonly PacerPhase[] = ['inhale', 'hold-in', 'exhale', 'hold-out', 'done'];

/** One part of a cycle. The sigh's inhale comes in two parts: a main inhale, then a short top-up. */
export interface PatternStep {
  phase: BreathPhase;
  seconds: number;
  part?: 'main' | 'top-up';
}

export interface PatternDefinition {
  id: PatternId;
  name: string;
  /** Plain words for the picker, e.g. "5.5 s in, 5.5 s out". */
  summary: string;
  /** One cycle, with zero-length steps left out. */
  cycle: readonly PatternStep[];
  /** True when the cycle contains a breath hold: offered only once holds are turned on. */
  holds: boolean;
  /** A pattern that must stop after this many cycles (4-7-8), else null. */
  maxCycles: number | null;
}

export interface CustomTimings {
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

/** Limits of the custom pattern (PRODUCT.md): 0.5 s steps, breaths 2–12 s, holds 0–10 s. */
export const CUSTOM_LIMITS = {
  step: 0.5,
  breath: { min: 2, max: 12 },
  hold: { min: 0, max: 10 },
} as const;

/** Session length limits, matching the settings schema. */
export const LENGTH_LIMITS = {
  cycles: { min: 1, max: 60 },
  minutes: { min: 1, max: 30 },
} as const;

export const MAX_4_7_8_CYCLES = 4;

function define(
  id: PatternId,
  name: string,
  t: CustomTimings,
  opts: { topUp?: number; maxCycles?: number } = {},
): PatternDefinition {
  const cycle: PatternStep[] = [];
  if (opts.topUp) {
    cycle.push({ phase: 'inhale', seconds: t.inhale, part: 'main' });
    cycle.push({ phase: 'inhale', seconds: opts.topUp, part: 'top-up' });
  } else {
    cycle.push({ phase: 'inhale', seconds: t.inhale });
  }
  if (t.holdIn > 0) cycle.push({ phase: 'hold-in', seconds: t.holdIn });
  cycle.push({ phase: 'exhale', seconds: t.exhale });
  if (t.holdOut > 0) cycle.push({ phase: 'hold-out', seconds: t.holdOut });
  return {
    id,
    name,
    summary: summarise(t, opts.topUp),
    cycle,
    holds: t.holdIn > 0 || t.holdOut > 0,
    maxCycles: opts.maxCycles ?? null,
  };
}

const fmt = (s: number) => `${s}`;

function summarise(t: CustomTimings, topUp?: number): string {
  const parts = [topUp ? `${fmt(t.inhale)} + ${fmt(topUp)} s in` : `${fmt(t.inhale)} s in`];
  if (t.holdIn > 0) parts.push(`hold ${fmt(t.holdIn)} s`);
  parts.push(`${fmt(t.exhale)} s out`);
  if (t.holdOut > 0) parts.push(`rest ${fmt(t.holdOut)} s`);
  return parts.join(', ');
}

/** The built-in patterns (seconds: inhale / hold / exhale / hold), as PRODUCT.md gives them. */
export const PATTERNS = {
  coherent: define('coherent', 'Steady', { inhale: 5.5, holdIn: 0, exhale: 5.5, holdOut: 0 }),
  'long-exhale': define('long-exhale', 'Long exhale', { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 }),
  sigh: define('sigh', 'Sigh', { inhale: 2, holdIn: 0, exhale: 6, holdOut: 0 }, { topUp: 1 }),
  box: define('box', 'Box', { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 }),
  '4-7-8': define('4-7-8', '4-7-8', { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 }, { maxCycles: MAX_4_7_8_CYCLES }),
} as const satisfies Record<Exclude<PatternId, 'custom'>, PatternDefinition>;

export const DEFAULT_PATTERN: PatternId = 'coherent';

const onStep = (v: number) => Math.abs(v / CUSTOM_LIMITS.step - Math.round(v / CUSTOM_LIMITS.step)) < 1e-9;

/** Checks custom timings against the limits; returns a message naming the problem, or null. */
export function checkCustomTimings(t: CustomTimings): string | null {
  const fields: [keyof CustomTimings, { min: number; max: number }][] = [
    ['inhale', CUSTOM_LIMITS.breath],
    ['holdIn', CUSTOM_LIMITS.hold],
    ['exhale', CUSTOM_LIMITS.breath],
    ['holdOut', CUSTOM_LIMITS.hold],
  ];
  for (const [key, range] of fields) {
    const v = t[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) return `${key} must be a number`;
    if (v < range.min || v > range.max) return `${key} must be between ${range.min} and ${range.max} seconds`;
    if (!onStep(v)) return `${key} must be in steps of ${CUSTOM_LIMITS.step} seconds`;
  }
  return null;
}

/** The custom pattern. Throws on timings outside the limits (settings are validated before this). */
export function customPattern(t: CustomTimings): PatternDefinition {
  const problem = checkCustomTimings(t);
  if (problem) throw new RangeError(`custom pattern: ${problem}`);
  return define('custom', 'Your own', t);
}

/** Pattern ids to offer: the ones with holds (box, 4-7-8) only once holds are turned on. */
export function availablePatterns(holdsEnabled: boolean): PatternId[] {
  const ids: PatternId[] = ['coherent', 'long-exhale', 'sigh'];
  if (holdsEnabled) ids.push('box', '4-7-8');
  ids.push('custom');
  return ids;
}

export interface PatternChoice {
  holdsEnabled: boolean;
  custom: CustomTimings;
  /** Halves every hold (rounded down to the 0.5 s step): holds are always shortenable. */
  shorterHolds?: boolean;
}

function halveHold(s: number): number {
  return Math.floor(s / 2 / CUSTOM_LIMITS.step) * CUSTOM_LIMITS.step;
}

/**
 * The pattern a session actually uses. With holds off, box and 4-7-8 are not offered and fall
 * back to the default, and the custom pattern's holds are left out.
 */
export function resolvePattern(id: PatternId, choice: PatternChoice): PatternDefinition {
  if (id === 'custom') {
    const c = choice.custom;
    const holds = (s: number) => (!choice.holdsEnabled ? 0 : choice.shorterHolds ? halveHold(s) : s);
    return customPattern({ ...c, holdIn: holds(c.holdIn), holdOut: holds(c.holdOut) });
  }
  const base: PatternDefinition = PATTERNS[id];
  if (!base.holds) return base;
  if (!choice.holdsEnabled) return PATTERNS.coherent;
  if (!choice.shorterHolds) return base;
  const t = timingsOf(base);
  return {
    ...define(base.id, base.name, { ...t, holdIn: halveHold(t.holdIn), holdOut: halveHold(t.holdOut) }),
    maxCycles: base.maxCycles,
  };
}

/** The inhale / hold / exhale / hold seconds of a pattern (the sigh's two inhales added up). */
export function timingsOf(p: PatternDefinition): CustomTimings {
  const sum = (phase: BreathPhase) => p.cycle.filter((s) => s.phase === phase).reduce((a, s) => a + s.seconds, 0);
  return { inhale: sum('inhale'), holdIn: sum('hold-in'), exhale: sum('exhale'), holdOut: sum('hold-out') };
}

export type SessionLength = { unit: 'cycles'; cycles: number } | { unit: 'minutes'; minutes: number };

const ms = (seconds: number) => Math.round(seconds * 1000);
const cycleMs = (p: PatternDefinition) => p.cycle.reduce((a, s) => a + ms(s.seconds), 0);
/** A session ends after an exhale, so the last cycle's closing rest is left out. */
const trailingMs = (p: PatternDefinition) => {
  const last = p.cycle[p.cycle.length - 1];
  return last && last.phase !== 'exhale' ? ms(last.seconds) : 0;
};

/**
 * How many cycles a session has: the cycles asked for, or as many as come closest to the minutes
 * asked for; at least one, and never more than the pattern allows (4-7-8 stops after 4). A length
 * in minutes is never cut short by the breath count's limit: 30 minutes of the sigh is 200 cycles,
 * and the person gets the 30 minutes they chose.
 */
export function cyclesFor(p: PatternDefinition, length: SessionLength): number {
  let n: number;
  let max: number;
  if (length.unit === 'cycles') {
    n = Math.round(length.cycles);
    max = LENGTH_LIMITS.cycles.max;
  } else {
    const target = length.minutes * 60_000;
    n = Math.round((target + trailingMs(p)) / cycleMs(p));
    max = Math.ceil((LENGTH_LIMITS.minutes.max * 60_000 + trailingMs(p)) / cycleMs(p));
  }
  n = Math.min(Math.max(n, LENGTH_LIMITS.cycles.min), max);
  if (!Number.isFinite(n)) n = LENGTH_LIMITS.cycles.min;
  return p.maxCycles === null ? n : Math.min(n, p.maxCycles);
}

/**
 * Whether a session of `length` runs shorter than asked because the pattern stops early (4-7-8
 * after 4 breaths); the screens say so beside the length.
 */
export function stopsEarly(p: PatternDefinition, length: SessionLength): boolean {
  if (p.maxCycles === null) return false;
  if (length.unit === 'cycles') return length.cycles > p.maxCycles;
  return buildSchedule(p, length).totalMs < length.minutes * 60_000 - cycleMs(p) / 2;
}

export interface Segment {
  index: number;
  phase: BreathPhase;
  part?: 'main' | 'top-up';
  /** 0-based cycle this segment belongs to. */
  cycle: number;
  /** Milliseconds from the session's start. Whole numbers, so nothing accumulates error. */
  startMs: number;
  endMs: number;
}

export interface Schedule {
  pattern: PatternDefinition;
  cycles: number;
  segments: readonly Segment[];
  /** When the last exhale ends and the pacer shows `done`. */
  totalMs: number;
}

/** Every segment of a session, each boundary computed from the start. Always ends after an exhale. */
export function buildSchedule(p: PatternDefinition, length: SessionLength): Schedule {
  const cycles = cyclesFor(p, length);
  const segments: Segment[] = [];
  let t = 0;
  for (let c = 0; c < cycles; c++) {
    for (const step of p.cycle) {
      const last = c === cycles - 1;
      if (last && step.phase === 'hold-out') continue;
      const d = ms(step.seconds);
      segments.push({
        index: segments.length,
        phase: step.phase,
        ...(step.part && { part: step.part }),
        cycle: c,
        startMs: t,
        endMs: t + d,
      });
      t += d;
    }
  }
  return { pattern: p, cycles, segments, totalMs: t };
}

/** The index of the segment running `elapsedMs` after the start; `segments.length` once done. */
export function segmentAt(schedule: Schedule, elapsedMs: number): number {
  const segs = schedule.segments;
  if (elapsedMs >= schedule.totalMs) return segs.length;
  if (elapsedMs <= 0) return 0;
  // Binary search: the last segment whose start is at or before elapsedMs.
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segs[mid] as Segment).startMs <= elapsedMs) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function phaseAt(schedule: Schedule, elapsedMs: number): PacerPhase {
  const i = segmentAt(schedule, elapsedMs);
  return schedule.segments[i]?.phase ?? 'done';
}

/** The next moment (ms from start) anything changes after `elapsedMs`, or null once done. */
export function nextBoundary(schedule: Schedule, elapsedMs: number): number | null {
  const i = segmentAt(schedule, elapsedMs);
  const seg = schedule.segments[i];
  return seg ? seg.endMs : null;
}

/** The moments `data-phase` changes: one per phase change, ending with `done`. */
export function phaseChanges(schedule: Schedule): { atMs: number; phase: PacerPhase }[] {
  const out: { atMs: number; phase: PacerPhase }[] = [];
  let prev: PacerPhase | null = null;
  for (const s of schedule.segments) {
    if (s.phase !== prev) out.push({ atMs: s.startMs, phase: s.phase });
    prev = s.phase;
  }
  out.push({ atMs: schedule.totalMs, phase: 'done' });
  return out;
}

/** How long a session is: its breaths, and its minutes to the half minute (null under ~1 minute). */
export function lengthOf(schedule: Schedule): { breaths: number; minutes: number | null } {
  const minutes = schedule.totalMs / 60_000;
  return { breaths: schedule.cycles, minutes: minutes < 0.9 ? null : Math.round(minutes * 2) / 2 };
}
