// The scheduler's gates, each alone: the busy gate (hold, re-read at most once a minute, let
// through once, time-outs, late answers) and the typing-lull gate.
import { describe, expect, it } from 'vitest';
import type { BusyReading, BusySource } from '../../../../src/main/core/busy';
import {
  BUSY_READ_TIMEOUT_MS,
  BUSY_RECHECK_MS,
  BUSY_RELEASE_MS,
  BusyGate,
} from '../../../../src/main/core/gates/busy-gate';
import { LULL_SECONDS, LullGate } from '../../../../src/main/core/gates/lull-gate';

const ALL = { doNotDisturb: true, fullScreen: true, cameraOrMicrophone: true };

/** A desktop whose answer the test sets; answers at once unless `later` holds the callbacks. */
function desktop(answer: Partial<BusyReading>) {
  const state = { answer, reads: [] as string[][], later: null as null | ((r: Partial<BusyReading>) => void)[] };
  const source: BusySource = {
    read(signals, done) {
      state.reads.push([...signals]);
      if (state.later) state.later.push(done);
      else done(state.answer);
    },
  };
  return { state, source };
}

describe('BusyGate', () => {
  it('not busy: one reading lets the reminder through, and the next attempt reads again', () => {
    const { state, source } = desktop({ doNotDisturb: false });
    const gate = new BusyGate(source, () => {});
    expect(gate.check(0, ALL)).toEqual({ kind: 'clear', busySeenAt: null });
    expect(gate.check(1000, ALL)).toEqual({ kind: 'clear', busySeenAt: null });
    expect(state.reads).toHaveLength(2);
    expect(gate.nextCheck()).toBeNull();
  });

  it('busy: held; re-read only once a minute has passed; released with when busy was last seen', () => {
    const { state, source } = desktop({ camera: true });
    const gate = new BusyGate(source, () => {});
    expect(gate.check(0, ALL)).toEqual({ kind: 'held', reason: 'call' });
    expect(gate.nextCheck()).toBe(BUSY_RECHECK_MS);
    expect(gate.check(30_000, ALL)).toEqual({ kind: 'held', reason: 'call' });
    expect(state.reads).toHaveLength(1);
    expect(gate.check(BUSY_RECHECK_MS, ALL).kind).toBe('held');
    expect(state.reads).toHaveLength(2);
    state.answer = { camera: false };
    expect(gate.check(2 * BUSY_RECHECK_MS, ALL)).toEqual({ kind: 'clear', busySeenAt: BUSY_RECHECK_MS });
    expect(gate.lastSeenBusy()).toBe(BUSY_RECHECK_MS);
    gate.reset();
    expect(gate.lastSeenBusy()).toBeNull();
    expect(gate.heldReason()).toBeNull();
  });

  it('reads only the signals switched on, and nothing when all are off', () => {
    const { state, source } = desktop({ fullScreen: true });
    const gate = new BusyGate(source, () => {});
    expect(gate.check(0, { ...ALL, fullScreen: false }).kind).toBe('clear');
    expect(state.reads).toEqual([['doNotDisturb', 'camera', 'microphone']]);
    expect(gate.check(1000, { doNotDisturb: false, fullScreen: false, cameraOrMicrophone: false }).kind).toBe('clear');
    expect(state.reads).toHaveLength(1);
    expect(new BusyGate(null, () => {}).check(0, ALL).kind).toBe('clear');
  });

  it('a late answer wakes the scheduler once; an answer after a reset or a time-out changes nothing', () => {
    const { state, source } = desktop({ dnd: true } as Partial<BusyReading>);
    state.later = [];
    let woken = 0;
    const gate = new BusyGate(source, () => woken++);
    expect(gate.check(0, ALL)).toEqual({ kind: 'reading' });
    expect(gate.nextCheck()).toBe(BUSY_READ_TIMEOUT_MS);
    state.later[0]?.({ doNotDisturb: true });
    expect(woken).toBe(1);
    expect(gate.check(100, ALL)).toEqual({ kind: 'held', reason: 'dnd' });
    gate.reset();
    expect(gate.check(200, ALL)).toEqual({ kind: 'reading' });
    gate.reset();
    state.later[1]?.({ doNotDisturb: true });
    expect(woken).toBe(1);
    expect(gate.check(300, ALL)).toEqual({ kind: 'reading' });
    // No answer within the time-out: can't tell, so the reminder goes through.
    expect(gate.check(300 + BUSY_READ_TIMEOUT_MS, ALL)).toEqual({ kind: 'clear', busySeenAt: null });
    state.later[2]?.({ doNotDisturb: true });
    expect(woken).toBe(1);
  });

  it("a reader that throws can't tell; a clock jump moves every instant", () => {
    const gate = new BusyGate(
      {
        read() {
          throw new Error('boom');
        },
      },
      () => {},
    );
    expect(gate.check(0, ALL).kind).toBe('clear');
    const { source } = desktop({ camera: true });
    const held = new BusyGate(source, () => {});
    held.check(0, ALL);
    held.shift(5000);
    expect(held.nextCheck()).toBe(BUSY_RECHECK_MS + 5000);
  });
});

describe('LullGate', () => {
  it('typing: waits, looking again once a lull could have begun; a lull lets it through', () => {
    const gate = new LullGate();
    gate.begin(0, 60_000, null);
    expect(gate.check(0, 0, 0)).toEqual({ kind: 'wait' });
    expect(gate.nextCheck()).toBe(LULL_SECONDS * 1000);
    expect(gate.check(5000, 2000, 0)).toEqual({ kind: 'wait' });
    expect(gate.nextCheck()).toBe(8000);
    expect(gate.check(8000, LULL_SECONDS * 1000, 0)).toEqual({ kind: 'pass' });
  });

  it("never past the lull time, nor past the busy gate's release time", () => {
    const gate = new LullGate();
    gate.begin(0, 60_000, null);
    expect(gate.check(60_000, 0, 0)).toEqual({ kind: 'pass' });
    const released = new LullGate();
    released.begin(0, 600_000, BUSY_RELEASE_MS - 30_000);
    expect(released.check(0, 0, 0).kind).toBe('wait');
    expect(released.check(BUSY_RELEASE_MS - 30_000, 0, 0)).toEqual({ kind: 'pass' });
  });

  it("long enough idle is away; idle that can't be told passes", () => {
    const gate = new LullGate();
    gate.begin(0, 60_000, null);
    expect(gate.check(1000, 300_000, 300_000)).toEqual({ kind: 'away', since: -299_000 });
    expect(gate.check(1000, null, 300_000)).toEqual({ kind: 'pass' });
    expect(gate.wantsIdle(1000, 0)).toBe(true);
    expect(gate.wantsIdle(70_000, 0)).toBe(false);
    expect(gate.wantsIdle(70_000, 300_000)).toBe(true);
  });
});
