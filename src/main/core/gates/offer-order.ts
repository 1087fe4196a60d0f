// The order of the gates a due reminder passes: the typing lull (which may find the person away),
// then busy (busy-gate.ts), read at the moment of showing. A held reminder skips the lull until
// busy ends; then the lull applies again, inside the busy gate's release time. Time without
// input while busy (a call, a film) is not time away. The scheduler reads idle time through
// `readIdle` only when the lull gate wants a reading. Pure.
import type { WaitWhileBusy } from '../busy';
import { BUSY_RELEASE_MS, type BusyGate } from './busy-gate';
import type { LullGate } from './lull-gate';

export type OfferVerdict = { kind: 'show' } | { kind: 'wait' } | { kind: 'away'; since: number };

export interface OfferRules {
  /** The longest a reminder waits for a typing lull (ms). */
  lullMs: number;
  waitWhileBusy: WaitWhileBusy;
  /** Idle this long is a natural break (ms; 0: natural breaks off). */
  resetMs: number;
}

/** Whether a due reminder may be shown at `now`, waits, or finds the person away. */
export function offerVerdict(
  now: number,
  rules: OfferRules,
  gates: { busy: BusyGate; lull: LullGate },
  readIdle: () => number | null,
): OfferVerdict {
  const wasHeld = gates.busy.heldReason() !== null;
  if (!wasHeld) {
    const lull = lullVerdict(now, rules, gates, readIdle);
    if (lull.kind !== 'show') return lull;
  }
  if (gates.busy.check(now, rules.waitWhileBusy).kind !== 'clear') {
    gates.lull.reset();
    return { kind: 'wait' };
  }
  return wasHeld ? lullVerdict(now, rules, gates, readIdle) : { kind: 'show' };
}

function lullVerdict(
  now: number,
  rules: OfferRules,
  gates: { busy: BusyGate; lull: LullGate },
  readIdle: () => number | null,
): OfferVerdict {
  const busySeenAt = gates.busy.lastSeenBusy();
  gates.lull.begin(now, rules.lullMs, busySeenAt === null ? null : busySeenAt + BUSY_RELEASE_MS);
  const read = gates.lull.wantsIdle(now, rules.resetMs) ? readIdle() : null;
  const idleMs = read === null || busySeenAt === null ? read : Math.min(read, now - busySeenAt);
  const verdict = gates.lull.check(now, idleMs, rules.resetMs);
  return verdict.kind === 'pass' ? { kind: 'show' } : verdict;
}
