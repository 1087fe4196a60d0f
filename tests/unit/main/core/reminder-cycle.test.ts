// The running interval on its own (reminder-cycle.ts): a reminder at the end of the interval,
// not repeated when ignored, snooze, a natural break and coming back, a clock jump. The
// scheduler's tests cover it inside the whole scheduler (hours, pauses, presence, the timer).
import { describe, expect, it, vi } from 'vitest';
import { BusyGate } from '../../../../src/main/core/gates/busy-gate';
import { NoticeSlot, REMINDER_LIFETIME_MS } from '../../../../src/main/core/notice-slot';
import type { Notifier } from '../../../../src/main/core/notifier';
import { ReminderCycle } from '../../../../src/main/core/reminder-cycle';
import { defaultSettings } from '../../../../src/shared/settings';
import { english } from '../../../support/words';

const MIN = 60_000;
const T = Date.parse('2026-06-01T08:00:00Z');
const S = { ...defaultSettings().schedule, intervalMinutes: 60, idleResetMinutes: 5, waitForLullSeconds: 0 };

function cycle(idleSeconds: () => number | null = () => 30) {
  const shown: string[] = [];
  const notifier: Notifier = { show: (n) => shown.push(n.body), close: vi.fn() };
  const c = new ReminderCycle({
    busyGate: new BusyGate(null, () => {}),
    notice: new NoticeSlot(notifier, english),
    idleSeconds,
    onNoticeAction: () => {},
  });
  return { c, shown, notifier };
}

describe('ReminderCycle', () => {
  it('a reminder at the end of the interval, due for its lifetime, then the next interval', () => {
    const { c, shown, notifier } = cycle();
    c.start(T);
    c.run(T + 59 * MIN, S);
    expect(shown).toHaveLength(0);
    expect(c.statusFacts(S).reminderAt).toBe(T + 60 * MIN);
    c.run(T + 60 * MIN, S);
    expect(shown).toHaveLength(1);
    expect(c.due).toBe(true);
    expect(c.deadlineFacts(S).dueUntil).toBe(T + 60 * MIN + REMINDER_LIFETIME_MS);
    // Ignored: taken down after its lifetime, and not repeated until a whole interval later.
    c.run(T + 60 * MIN + REMINDER_LIFETIME_MS, S);
    expect(c.due).toBe(false);
    expect(notifier.close).toHaveBeenCalledTimes(1);
    expect(c.target(S)).toBe(T + 120 * MIN);
  });
  it('snooze brings the reminder back after the snooze, not the interval', () => {
    const { c } = cycle();
    c.start(T);
    c.snooze(T + 10 * MIN);
    expect(c.target(S)).toBe(T + 10 * MIN);
    expect(c.statusFacts(S).snoozeUntil).toBe(T + 10 * MIN);
  });
  it('idle for the whole reset: a natural break; input again: the next interval starts then', () => {
    let idle = 6 * 60;
    const { c, shown } = cycle(() => idle);
    c.start(T);
    c.run(T + 30 * MIN, S);
    expect(c.statusFacts(S).onBreak).toBe(true);
    idle = 60;
    c.run(T + 80 * MIN, S);
    expect(c.statusFacts(S).onBreak).toBe(false);
    expect(c.target(S)).toBe(T + 79 * MIN + 60 * MIN);
    expect(shown).toHaveLength(0);
  });
  it('idle samples come every half reset, and not while a natural break is off', () => {
    const { c } = cycle();
    c.start(T);
    expect(c.deadlineFacts(S).nextSampleAt).toBe(T + 2.5 * MIN);
    expect(c.deadlineFacts({ ...S, idleResetMinutes: 0 }).nextSampleAt).toBeNull();
  });
  it('a clock jump moves the interval with it', () => {
    const { c } = cycle();
    c.start(T);
    c.shift(-30 * MIN);
    expect(c.target(S)).toBe(T + 30 * MIN);
    c.stop();
    expect(c.running).toBe(false);
  });
});
