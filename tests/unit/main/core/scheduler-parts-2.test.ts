// More of the scheduler's parts on their own: the order of the gates for a due reminder, the
// presence told by power and session events, the notice slot, the one timer and the serial step
// loop. The scheduler's own tests (scheduler*.test.ts) cover them working together.
import { describe, expect, it, vi } from 'vitest';
import { AWAY_CHECK_MS } from '../../../../src/main/core/away-gate';
import type { BusyReading, BusySource } from '../../../../src/main/core/busy';
import { BUSY_RELEASE_MS, BusyGate } from '../../../../src/main/core/gates/busy-gate';
import { LULL_SECONDS, LullGate } from '../../../../src/main/core/gates/lull-gate';
import { type OfferRules, offerVerdict } from '../../../../src/main/core/gates/offer-order';
import { NoticeSlot, REMINDER_LIFETIME_MS } from '../../../../src/main/core/notice-slot';
import { type Notifier, type ReminderAction, reminderNotice } from '../../../../src/main/core/notifier';
import { OneTimer } from '../../../../src/main/core/one-timer';
import { Presence } from '../../../../src/main/core/presence';
import type { SchedulerTimer } from '../../../../src/main/core/scheduler-deps';
import { SerialRunner } from '../../../../src/main/core/serial-runner';
import { english } from '../../../support/words';

const MIN = 60_000;
const T = Date.parse('2026-06-01T08:00:00Z');
const ALL = { doNotDisturb: true, fullScreen: true, cameraOrMicrophone: true };
const RULES: OfferRules = { lullMs: 60_000, waitWhileBusy: ALL, resetMs: 5 * MIN };

/** A desktop that answers at once with what the test sets. */
function busyDesktop(answer: Partial<BusyReading>): { source: BusySource; set(a: Partial<BusyReading>): void } {
  let now = answer;
  return { source: { read: (_signals, done) => done(now) }, set: (a) => (now = a) };
}

describe('offerVerdict: lull first, then busy', () => {
  it('typing: waits for a lull, and busy is not read yet', () => {
    const read = vi.fn();
    const gates = { busy: new BusyGate({ read }, () => {}), lull: new LullGate() };
    expect(offerVerdict(T, RULES, gates, () => 1_000)).toEqual({ kind: 'wait' });
    expect(read).not.toHaveBeenCalled();
    expect(gates.lull.nextCheck()).toBe(T + LULL_SECONDS * 1000 - 1_000);
  });
  it('a lull and not busy: show; idle as long as the reset: away since the last input', () => {
    const gates = { busy: new BusyGate(busyDesktop({}).source, () => {}), lull: new LullGate() };
    expect(offerVerdict(T, RULES, gates, () => 10_000)).toEqual({ kind: 'show' });
    gates.lull.reset();
    expect(offerVerdict(T, RULES, gates, () => 5 * MIN)).toEqual({ kind: 'away', since: T - 5 * MIN });
  });
  it('busy after a lull: held, and the lull wait starts again', () => {
    const gates = { busy: new BusyGate(busyDesktop({ camera: true }).source, () => {}), lull: new LullGate() };
    expect(offerVerdict(T, RULES, gates, () => 10_000)).toEqual({ kind: 'wait' });
    expect(gates.busy.heldReason()).toBe('call');
    expect(gates.lull.nextCheck()).toBeNull();
  });
  it('a held reminder reads busy first; once clear, the lull applies, and time in the call is not time away', () => {
    const desk = busyDesktop({ camera: true });
    const gates = { busy: new BusyGate(desk.source, () => {}), lull: new LullGate() };
    offerVerdict(T, RULES, gates, () => 10_000);
    const idle = vi.fn(() => 30 * MIN);
    desk.set({ camera: false });
    const later = T + 2 * MIN;
    // Idle for 30 minutes, but busy was last seen at T: only 2 minutes count, not a break.
    expect(offerVerdict(later, RULES, gates, idle)).toEqual({ kind: 'show' });
    expect(idle).toHaveBeenCalledTimes(1);
  });
  it('after busy, the lull wait ends no later than the busy release time', () => {
    const desk = busyDesktop({ camera: true });
    const gates = { busy: new BusyGate(desk.source, () => {}), lull: new LullGate() };
    offerVerdict(T, { ...RULES, lullMs: 10 * MIN }, gates, () => 10_000);
    desk.set({});
    const later = T + MIN;
    expect(offerVerdict(later, { ...RULES, lullMs: 10 * MIN }, gates, () => 0)).toEqual({ kind: 'wait' });
    expect(offerVerdict(T + BUSY_RELEASE_MS, { ...RULES, lullMs: 10 * MIN }, gates, () => 0)).toEqual({
      kind: 'show',
    });
  });
  it('idle time that cannot be told: no waiting, no break', () => {
    const gates = { busy: new BusyGate(null, () => {}), lull: new LullGate() };
    expect(offerVerdict(T, RULES, gates, () => null)).toEqual({ kind: 'show' });
  });
});

describe('Presence', () => {
  it('present until a suspend or lock; the first event counts; wake and unlock tell how long', () => {
    const p = new Presence();
    expect(p.present).toBe(true);
    p.suspend(T);
    p.suspend(T + MIN);
    p.lock(T + 2 * MIN);
    expect([p.present, p.asleep, p.locked]).toEqual([false, true, true]);
    expect(p.wake(T + 10 * MIN)).toBe(10 * MIN);
    expect(p.wake(T + 11 * MIN)).toBeNull();
    expect(p.unlock(T + 12 * MIN)).toBe(10 * MIN);
    expect(p.unlock(T + 13 * MIN)).toBeNull();
    expect(p.present).toBe(true);
  });
  it('a clock jump moves a lock, not a sleep (no jump is told while asleep)', () => {
    const p = new Presence();
    p.lock(T);
    p.shift(-5 * MIN);
    expect(p.unlock(T)).toBe(5 * MIN);
  });
  it('the missing event: resume before unlock, only once input was seen after the away began', () => {
    const p = new Presence();
    expect(p.missingEvent(T, 0)).toBeNull();
    p.lock(T);
    expect(p.missingEvent(T + AWAY_CHECK_MS, 10_000)).toBe('unlock');
    expect(p.missingEvent(T + AWAY_CHECK_MS, AWAY_CHECK_MS)).toBeNull();
    expect(p.missingEvent(T + AWAY_CHECK_MS, null)).toBeNull();
    p.suspend(T);
    expect(p.missingEvent(T + AWAY_CHECK_MS, 10_000)).toBe('resume');
  });
});

describe('NoticeSlot', () => {
  function notifier() {
    const shown: Array<{ body: string; act: (a: ReminderAction) => void }> = [];
    const n: Notifier & { fail: boolean } = {
      fail: false,
      show(notice, onAction) {
        if (n.fail) throw new Error('no notification daemon');
        shown.push({ body: notice.body, act: onAction });
      },
      close() {
        if (n.fail) throw new Error('gone');
      },
    };
    return { n, shown };
  }
  it('each notice has the next text and the reminder lifetime; an old notice is told as not the latest', () => {
    const { n, shown } = notifier();
    const heard: Array<[ReminderAction, boolean]> = [];
    const slot = new NoticeSlot(n, english);
    slot.show((a, latest) => heard.push([a, latest]));
    slot.show((a, latest) => heard.push([a, latest]));
    expect(shown.map((s) => s.body)).toEqual([
      reminderNotice(english(), 0, REMINDER_LIFETIME_MS).body,
      reminderNotice(english(), 1, REMINDER_LIFETIME_MS).body,
    ]);
    shown[0]?.act('dismissed');
    shown[1]?.act('snooze');
    expect(heard).toEqual([
      ['dismissed', false],
      ['snooze', true],
    ]);
  });
  it('a notifier that throws is logged, never passed on', () => {
    const { n } = notifier();
    n.fail = true;
    const log = vi.fn();
    const slot = new NoticeSlot(n, english, log);
    expect(() => slot.show(() => {})).not.toThrow();
    expect(() => slot.close()).not.toThrow();
    expect(log.mock.calls).toEqual([
      ['could not show a reminder: Error: no notification daemon'],
      ['could not close a reminder: Error: gone'],
    ]);
  });
});

describe('OneTimer', () => {
  function fakeTimer() {
    const armed = new Map<number, () => void>();
    let next = 0;
    const timer: SchedulerTimer = {
      set: (_delay, fire) => {
        armed.set(++next, fire);
        return next;
      },
      clear: (h) => armed.delete(h as number),
    };
    return { timer, armed };
  }
  it('setting again replaces the armed timer; clear disarms it; a fired timer is not cleared again', () => {
    const { timer, armed } = fakeTimer();
    const clear = vi.spyOn(timer, 'clear');
    const one = new OneTimer(timer);
    const fired = vi.fn();
    one.set(1000, fired);
    one.set(2000, fired);
    expect([...armed.keys()]).toEqual([2]);
    armed.get(2)?.();
    expect(fired).toHaveBeenCalledTimes(1);
    one.clear();
    expect(clear).toHaveBeenCalledTimes(1);
    one.set(10, fired);
    one.clear();
    expect(armed.size).toBe(1); // the fired one (a real timer forgets it by itself)
    expect(clear).toHaveBeenCalledTimes(2);
  });
});

describe('SerialRunner', () => {
  it('a request while running runs once more after, never nested; requests after stop are ignored', () => {
    let stopped = false;
    const order: string[] = [];
    let depth = 0;
    let runs = 0;
    const runner: SerialRunner = new SerialRunner(
      () => {
        depth++;
        order.push(`run ${runs} depth ${depth}`);
        if (runs++ === 0) {
          runner.request();
          runner.request();
        }
        depth--;
      },
      () => stopped,
    );
    runner.request();
    expect(order).toEqual(['run 0 depth 1', 'run 1 depth 1']);
    stopped = true;
    runner.request();
    expect(runs).toBe(2);
  });
  it('stopping during a run ends the loop; an error ends the run and the next request runs again', () => {
    let stopped = false;
    let runs = 0;
    const runner: SerialRunner = new SerialRunner(
      () => {
        runs++;
        runner.request();
        stopped = true;
      },
      () => stopped,
    );
    runner.request();
    expect(runs).toBe(1);
    const failing = new SerialRunner(
      () => {
        throw new Error('boom');
      },
      () => false,
    );
    expect(() => failing.request()).toThrow('boom');
    expect(() => failing.request()).toThrow('boom');
  });
});
