// Property-based tests: thousands of random days (random zones, dates around daylight-saving
// changes, settings, sleep, locks, idle and typing, clock jumps, zone changes, restarts, snooze,
// skip, pause, resume, practices, answers to notices) through the real scheduler on the
// virtual clock. After each, the invariants the issue names must hold. Active hours are checked
// against an oracle written independently of the scheduler's own local-time code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActiveRange } from '../../../../src/shared/settings';
import { defaultSettings } from '../../../../src/shared/settings';
import { World } from '../../../../tools/simulate/engine';
import { MIN, settingsWith } from './scheduler-world';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'] as const;
/** Days around the 2026 changes in these zones, and some ordinary ones. */
const START_DAYS = [
  '2026-03-06',
  '2026-03-07',
  '2026-03-27',
  '2026-03-28',
  '2026-04-04',
  '2026-06-01',
  '2026-06-05',
  '2026-10-02',
  '2026-10-23',
  '2026-10-24',
  '2026-10-30',
  '2026-10-31',
  '2026-12-31',
];

// Oracle: is the local wall-clock time of `wall` in `zone` inside one of `ranges`?
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const oracleFormats = new Map<string, Intl.DateTimeFormat>();
function insideOracle(wall: number, zone: string, ranges: readonly ActiveRange[]): boolean {
  let format = oracleFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    oracleFormats.set(zone, format);
  }
  const parts = format.formatToParts(wall);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = WEEKDAYS.indexOf(get('weekday'));
  const prev = (day + 6) % 7;
  const hm = `${get('hour')}:${get('minute')}`;
  return ranges.some((r) => {
    if (r.start < r.end) return r.days.includes(day) && r.start <= hm && hm < r.end;
    // past midnight (or a whole day when start equals end)
    return (r.days.includes(day) && hm >= r.start) || (r.days.includes(prev) && hm < r.end);
  });
}

// Range boundaries avoid 01:00–03:59 local, where these zones change their clocks: a range
// starting inside a repeated hour is covered by the unit tests, and the oracle above is too
// simple for it.
const HOURS = [0, ...Array.from({ length: 20 }, (_, i) => i + 4)];
const pad = (n: number) => String(n).padStart(2, '0');
const clock = fc
  .tuple(fc.constantFrom(...HOURS), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);
const range = fc.record({
  days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  start: clock,
  end: clock,
});

type Episode =
  | { kind: 'sleep' | 'lock' | 'idle' | 'typing'; at: number; minutes: number }
  | { kind: 'jump'; at: number; minutes: number }
  | { kind: 'zone'; at: number; zone: string }
  | { kind: 'snooze' | 'skip' | 'resume' | 'restart' | 'toggle'; at: number }
  | { kind: 'pause'; at: number; minutes: number }
  | { kind: 'practice'; at: number; minutes: number }
  | { kind: 'idle-reset' | 'lull'; at: number; value: number };

const episode = (span: number): fc.Arbitrary<Episode> => {
  const at = fc.integer({ min: 0, max: span });
  const len = fc.integer({ min: 1, max: 180 });
  return fc.oneof(
    fc.record({ kind: fc.constantFrom('sleep', 'lock', 'idle', 'typing'), at, minutes: len }),
    fc.record({ kind: fc.constant('jump'), at, minutes: fc.integer({ min: -600, max: 600 }).filter((m) => m !== 0) }),
    fc.record({ kind: fc.constant('zone'), at, zone: fc.constantFrom(...ZONES) }),
    fc.record({ kind: fc.constantFrom('snooze', 'skip', 'resume', 'restart', 'toggle'), at }),
    fc.record({ kind: fc.constant('pause'), at, minutes: fc.integer({ min: 1, max: 600 }) }),
    // Practices last at most 30 minutes in the app; a practice that never ends is let go after
    // an hour (a unit test covers that), so up to 45 here.
    fc.record({ kind: fc.constant('practice'), at, minutes: fc.integer({ min: 1, max: 45 }) }),
    fc.record({ kind: fc.constant('idle-reset'), at, value: fc.integer({ min: 0, max: 15 }) }),
    fc.record({ kind: fc.constant('lull'), at, value: fc.integer({ min: 0, max: 120 }) }),
  ) as fc.Arbitrary<Episode>;
};

const answer = fc.record({
  action: fc.constantFrom('start', 'snooze', 'skip', 'dismissed', 'ignore', 'ignore'),
  afterSeconds: fc.integer({ min: 0, max: 300 }),
  practiceMinutes: fc.integer({ min: 1, max: 30 }),
});

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    day: fc.constantFrom(...START_DAYS),
    startMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    spanMinutes: fc.integer({ min: 4 * 60, max: 36 * 60 }),
    intervalMinutes: fc.integer({ min: 10, max: 240 }),
    snoozeMinutes: fc.integer({ min: 1, max: 30 }),
    idleResetMinutes: fc.integer({ min: 0, max: 15 }),
    waitForLullSeconds: fc.integer({ min: 0, max: 120 }),
    activeHours: fc.oneof(
      fc.constant(defaultSettings().schedule.activeHours),
      fc.array(range, { minLength: 0, maxLength: 3 }),
    ),
    answers: fc.array(answer, { minLength: 1, maxLength: 8 }),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      episodes: fc.array(episode(base.spanMinutes), { maxLength: 30 }),
    }),
  );

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

interface Outcome {
  world: World;
  violations: string[];
}

function run({ base, episodes }: Scenario): Outcome {
  const start = Date.parse(`${base.day}T00:00:00Z`) + base.startMinute * MIN;
  const end = start + base.spanMinutes * MIN;
  const s = settingsWith({
    schedule: {
      intervalMinutes: base.intervalMinutes,
      snoozeMinutes: base.snoozeMinutes,
      idleResetMinutes: base.idleResetMinutes,
      waitForLullSeconds: base.waitForLullSeconds,
      activeHours: base.activeHours,
    },
  });
  const w = new World({ timezone: base.zone, start, settings: s });
  w.recordDetails = true;

  // What the simulated person and machine are doing, for the checks.
  let asleep = false;
  let locked = false;
  let practising = false;
  let busyUntil = start; // idle/typing periods do not overlap
  let pauseEndWall: number | null = null;
  const recoveries: number[] = [];
  const violations: string[] = [];
  let answerIndex = 0;

  const practice = (minutes: number) => {
    practising = true;
    w.later(w.now + minutes * MIN, () => {
      practising = false;
      w.practiceEnd();
    });
  };

  w.onNotice = (n) => {
    const enabled = w.settings.get().schedule.enabled;
    if (!enabled) violations.push('a reminder while reminders are off');
    if (asleep || locked) violations.push('a reminder while asleep or locked');
    if (practising) violations.push('a reminder during a practice');
    if (pauseEndWall !== null && n.wall < pauseEndWall) violations.push('a reminder while paused');
    if (!insideOracle(n.wall, n.timezone, base.activeHours))
      violations.push(`a reminder outside active hours at ${new Date(n.wall).toISOString()} ${n.timezone}`);
    const a = base.answers[answerIndex++ % base.answers.length];
    if (!a || a.action === 'ignore') return;
    const action = a.action;
    const app = w.scheduler;
    w.later(n.at + a.afterSeconds * 1000, () => {
      // Nobody answers a sleeping machine, and a notice from before a restart has no one to tell.
      if (asleep || locked || practising || w.scheduler !== app) return;
      if (action === 'start') practice(a.practiceMinutes);
      n.respond(action);
    });
  };

  for (const e of episodes) {
    w.later(start + e.at * MIN, () => {
      if (asleep && e.kind !== 'jump' && e.kind !== 'zone') return; // nobody acts on a sleeping machine
      switch (e.kind) {
        case 'sleep':
          asleep = true;
          w.suspend();
          w.later(w.now + e.minutes * MIN, () => {
            asleep = false;
            recoveries.push(w.now);
            w.resume();
          });
          return;
        case 'lock':
          if (locked) return;
          locked = true;
          w.lock();
          w.later(w.now + e.minutes * MIN, unlockWhenAwake);
          return;
        case 'idle':
        case 'typing':
          if (w.now < busyUntil) return;
          busyUntil = w.now + e.minutes * MIN;
          if (e.kind === 'idle') w.idle(e.minutes);
          else w.typing(e.minutes);
          return;
        case 'jump':
          // A pause that has run out stays over, even if the clock is then turned back.
          if (pauseEndWall !== null && w.wall() >= pauseEndWall) pauseEndWall = null;
          recoveries.push(w.now);
          w.clockJump(e.minutes);
          return;
        case 'zone':
          w.setTimeZone(e.zone);
          return;
        case 'snooze':
        case 'skip':
          if (!practising && !locked) w.act(e.kind);
          return;
        case 'pause':
          pauseEndWall = w.wall() + e.minutes * MIN;
          w.pauseFor(e.minutes);
          return;
        case 'resume':
          pauseEndWall = null;
          w.resumeReminders();
          return;
        case 'practice':
          if (practising || locked) return;
          practice(e.minutes);
          w.act('start');
          return;
        case 'restart':
          if (locked || practising) return;
          w.restart();
          return;
        case 'toggle':
          w.updateSettings({ schedule: { enabled: !w.settings.get().schedule.enabled } });
          return;
        case 'idle-reset':
          w.updateSettings({ schedule: { idleResetMinutes: e.value } });
          return;
        case 'lull':
          w.updateSettings({ schedule: { waitForLullSeconds: e.value } });
          return;
      }
    });
  }
  function unlockWhenAwake(): void {
    if (asleep) {
      w.later(w.now + MIN, unlockWhenAwake);
      return;
    }
    locked = false;
    recoveries.push(w.now);
    w.unlock();
  }

  w.advanceTo(end);

  const shortest = Math.min(base.intervalMinutes, base.snoozeMinutes) * MIN;
  for (let i = 1; i < w.notices.length; i++) {
    const gap = (w.notices[i]?.at ?? 0) - (w.notices[i - 1]?.at ?? 0);
    if (gap < shortest) violations.push(`two reminders ${gap / 1000} s apart (shortest allowed ${shortest / 1000} s)`);
  }
  for (const r of recoveries) {
    const burst = w.notices.filter((n) => n.at >= r && n.at < r + MIN).length;
    if (burst > 1) violations.push(`${burst} reminders within a minute after a resume, unlock or jump`);
  }
  if (w.maxArmed > 1) violations.push(`${w.maxArmed} timers armed at once`);
  const wrong = w.armedLog.find((e) => e.armed !== (e.enabled ? 1 : 0));
  if (wrong) violations.push(`${wrong.armed} timers armed (reminders ${wrong.enabled ? 'on' : 'off'})`);
  return { world: w, violations };
}

describe('scheduler invariants over random event sequences', () => {
  it('never outside active hours, while paused, asleep, locked or practising; never two too close; no bursts; one timer', () => {
    let reminders = 0;
    fc.assert(
      fc.property(scenario, (sc) => {
        const { world, violations } = run(sc);
        reminders += world.notices.length;
        expect(violations).toEqual([]);
      }),
      {
        numRuns: 2000,
        ...(process.env.ATTUNE_PROPERTY_SEED ? { seed: Number(process.env.ATTUNE_PROPERTY_SEED) } : {}),
      },
    );
    // The generator must actually produce reminders to check (guards against a vacuous pass).
    expect(reminders).toBeGreaterThan(2000);
  }, 60_000);

  it('the oracle agrees with a hand-checked case (guards the guard)', () => {
    const hours = defaultSettings().schedule.activeHours;
    expect(insideOracle(Date.parse('2026-06-01T07:00:00Z'), 'Europe/Berlin', hours)).toBe(true);
    expect(insideOracle(Date.parse('2026-06-01T15:30:00Z'), 'Europe/Berlin', hours)).toBe(false);
    expect(insideOracle(Date.parse('2026-06-06T10:00:00Z'), 'Europe/Berlin', hours)).toBe(false);
    const night = [{ days: [5], start: '22:00', end: '02:00' }];
    expect(insideOracle(Date.parse('2026-06-06T01:30:00+02:00'), 'Europe/Berlin', night)).toBe(true);
    expect(insideOracle(Date.parse('2026-06-07T01:30:00+02:00'), 'Europe/Berlin', night)).toBe(false);
  });
});
