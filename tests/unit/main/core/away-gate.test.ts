// Power events that never come (issue 15, point 10): a suspend with no resume, or a lock with no
// unlock, used to leave the scheduler "away" forever. The gate alone, then the real scheduler in
// the virtual world: back within 10 minutes of the person being back, never while they are away.
import { describe, expect, it } from 'vitest';
import { AWAY_CHECK_MS, backWithoutSignal } from '../../../../src/main/core/away-gate';
import { World } from '../../../../tools/simulate/engine';

const MIN = 60_000;
const T = Date.parse('2026-06-01T08:00:00Z'); // a Monday, 10:00 in Berlin

describe('backWithoutSignal', () => {
  it('input after the away began, once enough time passed: back at the moment of that input', () => {
    expect(backWithoutSignal(T, T + 60 * MIN, 20_000)).toBe(T + 60 * MIN - 20_000);
  });
  it('idle as long as the time away (no input since): still away', () => {
    expect(backWithoutSignal(T, T + 60 * MIN, 60 * MIN)).toBeNull();
    expect(backWithoutSignal(T, T + 60 * MIN, 60 * MIN - 1_000)).toBeNull();
  });
  it('too soon after the event to tell (a timer between the suspend event and the sleep)', () => {
    expect(backWithoutSignal(T, T + AWAY_CHECK_MS - 1, 0)).toBeNull();
  });
  it('an idle reading that makes no sense is no evidence', () => {
    expect(backWithoutSignal(T, T + 60 * MIN, Number.NaN)).toBeNull();
    expect(backWithoutSignal(T, T + 60 * MIN, -5)).toBeNull();
  });
});

function world(): World {
  const w = new World({ timezone: 'Europe/Berlin', start: T });
  w.recordDetails = true;
  return w;
}

/** When the tray stopped saying "Away" after `from`, or null. */
function backAt(w: World, from: number): number | null {
  return w.states.find((s) => s.at >= from && s.status.kind !== 'away')?.at ?? null;
}

describe('the scheduler when the resume or unlock never comes', () => {
  it('a lock with no unlock: back within 10 minutes of the person unlocking, and reminders resume', () => {
    const w = world();
    w.advance(10);
    w.lock();
    w.advance(50);
    expect(w.scheduler.status().kind).toBe('away');
    const unlockedAt = w.now;
    w.unlock(true);
    w.advance(11);
    const back = backAt(w, unlockedAt);
    expect(back).not.toBeNull();
    expect((back ?? 0) - unlockedAt).toBeLessThanOrEqual(10 * MIN);
    w.advance(120);
    expect(w.notices.filter((n) => n.at > unlockedAt).length).toBeGreaterThanOrEqual(1);
  });

  it('a suspend with no resume: back within 10 minutes of waking, after a long sleep', () => {
    const w = world();
    w.advance(10);
    w.suspend();
    w.advance(180);
    const wokeAt = w.now;
    w.resume(true);
    w.advance(11);
    const back = backAt(w, wokeAt);
    expect(back).not.toBeNull();
    expect((back ?? 0) - wokeAt).toBeLessThanOrEqual(10 * MIN);
    // A long sleep is a natural break: the next reminder is a whole interval after coming back.
    w.advance(120);
    const next = w.notices.find((n) => n.at > wokeAt);
    expect(next).toBeDefined();
    expect((next?.at ?? 0) - (back ?? 0)).toBeGreaterThanOrEqual(55 * MIN);
  });

  it('a real, reported lock over lunch: stays away the whole time, and looks in at most every 5 minutes', () => {
    const w = world();
    w.advance(10);
    w.lock();
    const lockedAt = w.now;
    const checksBefore = w.idleChecks;
    w.advance(90);
    expect(w.states.filter((s) => s.at > lockedAt).every((s) => s.status.kind === 'away')).toBe(true);
    expect(w.notices.filter((n) => n.at > lockedAt)).toEqual([]);
    expect(w.idleChecks - checksBefore).toBeLessThanOrEqual(90 / 5 + 1);
    w.unlock();
    expect(w.scheduler.status().kind).not.toBe('away');
  });

  it('asleep for real: no timer fires, so nothing is read and nothing resumes', () => {
    const w = world();
    w.advance(10);
    w.suspend();
    const wakeups = w.wakeups;
    w.advance(600);
    expect(w.wakeups).toBe(wakeups);
    expect(w.scheduler.status().kind).toBe('away');
  });
});
