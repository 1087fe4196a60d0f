// The pure parts the scheduler is made of, each on its own: clock jumps, the pause record,
// natural breaks, the timer's deadline, the status and the status feed. The scheduler's own tests
// (scheduler*.test.ts) cover them working together.
import { describe, expect, it, vi } from 'vitest';
import type { TimeWindow } from '../../../../src/main/core/active-hours';
import { AWAY_CHECK_MS } from '../../../../src/main/core/away-gate';
import { ClockJumpWatch, JUMP_TOLERANCE_MS, shifted } from '../../../../src/main/core/clock-jump';
import {
  IDLE_SLACK_MS,
  idleMsFromSeconds,
  idleSampleVerdict,
  isNaturalBreak,
} from '../../../../src/main/core/natural-break';
import { PAUSE_MINUTES, PauseRecord, pauseEnd } from '../../../../src/main/core/pause-record';
import { nextReminderAt, type StatusFacts, statusNow } from '../../../../src/main/core/reminder-status';
import { StatusFeed } from '../../../../src/main/core/status-feed';
import { type DeadlineFacts, MAX_TIMER_MS, nextDeadline } from '../../../../src/main/core/timer-deadline';
import type { ReminderStatus } from '../../../../src/shared/app-state';

const MIN = 60_000;
const T = Date.parse('2026-06-01T08:00:00Z');

describe('ClockJumpWatch', () => {
  it('the first reading and clocks moving together are no jump', () => {
    const watch = new ClockJumpWatch();
    expect(watch.observe(T, 1_000, false)).toBe(0);
    expect(watch.observe(T + 10 * MIN, 1_000 + 10 * MIN, false)).toBe(0);
  });
  it('drift within the tolerance is no jump; beyond it, the jump is told with its sign', () => {
    const watch = new ClockJumpWatch();
    watch.observe(T, 0, false);
    expect(watch.observe(T + MIN + JUMP_TOLERANCE_MS, MIN, false)).toBe(0);
    expect(watch.observe(T + 2 * MIN + JUMP_TOLERANCE_MS + 60 * MIN, 2 * MIN, false)).toBe(60 * MIN);
    expect(watch.observe(T + 3 * MIN + JUMP_TOLERANCE_MS, 3 * MIN, false)).toBe(-60 * MIN);
  });
  it('asleep (the monotonic clock may stand still) or after forget: no jump, the reading is the new base', () => {
    const watch = new ClockJumpWatch();
    watch.observe(T, 0, false);
    expect(watch.observe(T + 120 * MIN, 0, true)).toBe(0);
    expect(watch.observe(T + 121 * MIN, MIN, false)).toBe(0);
    watch.forget();
    expect(watch.observe(T + 500 * MIN, 2 * MIN, false)).toBe(0);
  });
  it('shifted moves an instant and leaves none alone', () => {
    expect(shifted(T, -MIN)).toBe(T - MIN);
    expect(shifted(null, MIN)).toBeNull();
  });
});

describe('pause record', () => {
  it('a timed pause ends that many minutes later; "tomorrow" asks the active hours', () => {
    const tomorrow = vi.fn(() => T + 24 * 60 * MIN);
    expect(pauseEnd('30m', T, tomorrow)).toBe(T + 30 * MIN);
    expect(pauseEnd('2h', T, tomorrow)).toBe(T + PAUSE_MINUTES['2h'] * MIN);
    expect(tomorrow).not.toHaveBeenCalled();
    expect(pauseEnd('tomorrow', T, tomorrow)).toBe(T + 24 * 60 * MIN);
    expect(tomorrow).toHaveBeenCalledWith(T);
  });
  it('set saves, then applies; while saving it says it is writing', () => {
    const seen: Array<[number | null, boolean]> = [];
    const record: PauseRecord = new PauseRecord(null, (until) => seen.push([until, record.writing]));
    record.set(T + MIN);
    expect(seen).toEqual([[T + MIN, true]]);
    expect(record.until).toBe(T + MIN);
    expect(record.writing).toBe(false);
  });
  it('a refused save changes nothing and the error reaches the caller', () => {
    const record = new PauseRecord(T + MIN, () => {
      throw new Error('disk full');
    });
    expect(() => record.set(null)).toThrow('disk full');
    expect(record.until).toBe(T + MIN);
    expect(record.writing).toBe(false);
  });
  it('a pause that ran out ends even when its end cannot be saved (logged, not thrown)', () => {
    const log = vi.fn();
    const record = new PauseRecord(
      T,
      () => {
        throw new Error('read-only');
      },
      log,
    );
    record.ended();
    expect(record.until).toBeNull();
    expect(log).toHaveBeenCalledWith('could not note that the pause ended: Error: read-only');
  });
  it('a pause end saved elsewhere is taken when still ahead; one already past is no pause', () => {
    const record = new PauseRecord(null, () => undefined);
    expect(record.adopt(T - MIN, T)).toBe(false);
    expect(record.until).toBeNull();
    expect(record.adopt(T + MIN, T)).toBe(true);
    expect(record.until).toBe(T + MIN);
    expect(record.adopt(T + MIN, T)).toBe(false);
    expect(record.adopt(T, T)).toBe(true);
    expect(record.until).toBeNull();
  });
});

describe('natural breaks', () => {
  const reset = 5 * MIN;
  it('idle seconds become ms; null stays null; nonsense reads as no idle time', () => {
    expect(idleMsFromSeconds(12.5)).toBe(12_500);
    expect(idleMsFromSeconds(null)).toBeNull();
    expect(idleMsFromSeconds(Number.NaN)).toBe(0);
    expect(idleMsFromSeconds(-3)).toBe(0);
    expect(idleMsFromSeconds(Number.POSITIVE_INFINITY)).toBe(0);
  });
  it('present: idle for the whole reset means away since the last input', () => {
    expect(idleSampleVerdict(T, reset, null, reset)).toEqual({ kind: 'away', since: T - reset });
    expect(idleSampleVerdict(T, reset - 1, null, reset)).toEqual({ kind: 'same' });
  });
  it('away: input since then ends the break at that input; none (within the slack) keeps it', () => {
    const since = T - 20 * MIN;
    expect(idleSampleVerdict(T, 30_000, since, reset)).toEqual({ kind: 'back', at: T - 30_000 });
    expect(idleSampleVerdict(T, 20 * MIN - IDLE_SLACK_MS, since, reset)).toEqual({ kind: 'same' });
    expect(idleSampleVerdict(T, 20 * MIN - IDLE_SLACK_MS - 1, since, reset)).toEqual({
      kind: 'back',
      at: since + IDLE_SLACK_MS + 1,
    });
  });
  it('idle time that cannot be told any more ends a break now, and starts none', () => {
    expect(idleSampleVerdict(T, null, T - 20 * MIN, reset)).toEqual({ kind: 'back', at: T });
    expect(idleSampleVerdict(T, null, null, reset)).toEqual({ kind: 'same' });
  });
  it('sleep or a locked screen as long as the reset is a natural break', () => {
    expect(isNaturalBreak(reset, reset)).toBe(true);
    expect(isNaturalBreak(reset - 1, reset)).toBe(false);
  });
});

describe('the timer deadline', () => {
  const win: TimeWindow = { start: T - 60 * MIN, end: T + 8 * 60 * MIN };
  const base: DeadlineFacts = {
    now: T,
    paused: false,
    pausedUntil: null,
    practiceEndsAt: null,
    window: win,
    nextWindowStart: () => null,
    active: true,
    nextSampleAt: null,
    onBreak: false,
    dueUntil: null,
    busyCheckAt: null,
    lullCheckAt: null,
    reminderAt: T + 30 * MIN,
    believedAway: false,
  };
  it('the reminder falling due, never later than MAX_TIMER_MS', () => {
    expect(nextDeadline(base)).toBe(T + 30 * MIN);
    expect(nextDeadline({ ...base, reminderAt: T + 3 * MAX_TIMER_MS })).toBe(T + MAX_TIMER_MS);
  });
  it('one reminder step at a time: its expiry before its busy check before its lull check', () => {
    const checks = { busyCheckAt: T + 3 * MIN, lullCheckAt: T + 1 * MIN, reminderAt: T - MIN };
    expect(nextDeadline({ ...base, ...checks, dueUntil: T + 2 * MIN })).toBe(T + 2 * MIN);
    expect(nextDeadline({ ...base, ...checks })).toBe(T + 3 * MIN);
    expect(nextDeadline({ ...base, ...checks, busyCheckAt: null })).toBe(T + MIN);
  });
  it('on a natural break only the idle sample matters; an earlier sample comes first anyway', () => {
    expect(nextDeadline({ ...base, onBreak: true, nextSampleAt: T + 40 * MIN })).toBe(T + 40 * MIN);
    expect(nextDeadline({ ...base, nextSampleAt: T + 10 * MIN })).toBe(T + 10 * MIN);
  });
  it('paused: the end of the pause, not the hours; outside hours: the next start', () => {
    const paused = { ...base, active: false, paused: true, pausedUntil: T + 20 * MIN, window: null };
    const nextStart = vi.fn(() => T + 5 * MIN);
    expect(nextDeadline({ ...paused, nextWindowStart: nextStart })).toBe(T + 20 * MIN);
    expect(nextStart).not.toHaveBeenCalled();
    expect(nextDeadline({ ...base, active: false, window: null, nextWindowStart: nextStart })).toBe(T + 5 * MIN);
    expect(nextDeadline({ ...base, active: false, window: { start: T - MIN, end: T + 7 * MIN } })).toBe(T + 7 * MIN);
  });
  it('a practice that never ends, and being believed away, bring the timer forward', () => {
    expect(nextDeadline({ ...base, active: false, practiceEndsAt: T + 25 * MIN })).toBe(T + 25 * MIN);
    expect(nextDeadline({ ...base, active: false, believedAway: true })).toBe(T + AWAY_CHECK_MS);
  });
});

describe('the reminder status', () => {
  const win: TimeWindow = { start: T - 60 * MIN, end: T + 60 * MIN };
  const base: StatusFacts = {
    now: T,
    practising: false,
    paused: false,
    pausedUntil: null,
    window: win,
    present: true,
    onBreak: false,
    held: null,
    dueUntil: null,
    snoozeUntil: null,
    reminderAt: T + 30 * MIN,
    intervalMs: 45 * MIN,
    windows: () => [win],
  };
  it('states in order of what matters most', () => {
    const all = { ...base, practising: true, paused: true, pausedUntil: T + MIN, held: 'call' as const };
    expect(statusNow(all)).toEqual({ kind: 'practising' });
    expect(statusNow({ ...all, practising: false })).toEqual({ kind: 'paused', until: T + MIN });
    expect(statusNow({ ...base, window: null })).toEqual({ kind: 'outside-hours' });
    expect(statusNow({ ...base, present: false, held: 'call' })).toEqual({ kind: 'away' });
    expect(statusNow({ ...base, onBreak: true })).toEqual({ kind: 'away' });
    expect(statusNow({ ...base, held: 'call', dueUntil: T })).toEqual({ kind: 'held', reason: 'call' });
    expect(statusNow({ ...base, dueUntil: T, snoozeUntil: T })).toEqual({ kind: 'due' });
    expect(statusNow({ ...base, snoozeUntil: T + 5 * MIN })).toEqual({ kind: 'snoozed', until: T + 5 * MIN });
    expect(statusNow(base)).toEqual({ kind: 'waiting', nextAt: T + 30 * MIN });
  });
  it('a reminder falling due after the hours end comes an interval into the next window long enough', () => {
    const short = { start: win.end + 60 * MIN, end: win.end + 90 * MIN };
    const long = { start: win.end + 20 * 60 * MIN, end: win.end + 28 * 60 * MIN };
    const windows = vi.fn(() => [win, short, long]);
    expect(nextReminderAt(T, win, win.end - 1, 45 * MIN, windows)).toBe(win.end - 1);
    expect(windows).not.toHaveBeenCalled();
    expect(nextReminderAt(T, win, win.end, 45 * MIN, windows)).toBe(long.start + 45 * MIN);
    expect(nextReminderAt(T, win, win.end + MIN, 45 * MIN, () => [win])).toBe(win.end + MIN);
  });
});

describe('StatusFeed', () => {
  it('tells each change once, to every listener, even when one throws', () => {
    const log = vi.fn();
    const feed = new StatusFeed(log);
    const heard: ReminderStatus[] = [];
    feed.subscribe(() => {
      throw new Error('tray gone');
    });
    const stop = feed.subscribe((s) => heard.push(s));
    feed.publish({ kind: 'off' });
    feed.publish({ kind: 'off' });
    feed.publish({ kind: 'due' });
    expect(heard).toEqual([{ kind: 'off' }, { kind: 'due' }]);
    expect(feed.get()).toEqual({ kind: 'due' });
    expect(log).toHaveBeenCalledWith('a listener of the reminder state threw: Error: tray gone');
    stop();
    feed.publish({ kind: 'away' });
    expect(heard).toHaveLength(2);
  });
  it('close forgets every listener', () => {
    const feed = new StatusFeed();
    const heard = vi.fn();
    feed.subscribe(heard);
    feed.close();
    feed.publish({ kind: 'due' });
    expect(heard).not.toHaveBeenCalled();
    expect(feed.get()).toEqual({ kind: 'due' });
  });
});
