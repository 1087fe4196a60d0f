// The busy gate: a reminder that falls due while the person is busy is held — not shown, not
// dropped — and let through once busy ends. The scheduler passes a due reminder through it and
// arms its one timer for `nextCheck()`; the gate itself never sets a timer.
//
// Rules (issue 12): busy is read only when a reminder is about to be shown, then at most once
// a minute while one is held; once busy ends the reminder is shown within 2 minutes (the typing
// lull still applies, inside that limit) and only once. `reset()` forgets everything: the
// scheduler calls it when the reminder is shown or dropped (outside active hours, paused,
// skipped, a practice, a natural break).
import {
  type BusyReading,
  type BusyReason,
  type BusySignal,
  type BusySource,
  busyReason,
  type WaitWhileBusy,
  wantedSignals,
} from '../busy';

/** While a reminder is held, busy is read again this often. */
export const BUSY_RECHECK_MS = 60_000;
/** Once busy ends, the held reminder is shown within this long. */
export const BUSY_RELEASE_MS = 2 * 60_000;
/** A reading that never answers counts as "can't tell" after this long. */
export const BUSY_READ_TIMEOUT_MS = 10_000;

export type BusyVerdict =
  /**
   * Not busy: pass on. After a hold, `busySeenAt` is the last time busy was seen: the reminder
   * is shown by `busySeenAt + BUSY_RELEASE_MS`, and input-free time before it is not a break.
   */
  | { kind: 'clear'; busySeenAt: number | null }
  /** Asked the desktop; the answer comes through `onAnswer`. */
  | { kind: 'reading' }
  | { kind: 'held'; reason: BusyReason };

export class BusyGate {
  /** The last answer, stamped with when it was asked for. */
  private last: { at: number; reason: BusyReason | null } | null = null;
  private pending: { since: number; seq: number } | null = null;
  /** The reminder is held: when busy was last seen, and why. */
  private held: { seenAt: number; reason: BusyReason } | null = null;
  /** After a hold: when busy was last seen. */
  private busySeenAt: number | null = null;
  private seq = 0;

  constructor(
    private readonly source: BusySource | null,
    /** Called when an answer arrives later than the read was asked for. */
    private readonly onAnswer: () => void,
  ) {}

  /**
   * A due reminder is about to be shown at `now`. Busy is read for it — unless it is held and
   * was read less than a minute ago — and a reading lets one reminder through at most: the next
   * attempt reads again, so a reminder is never shown on an old answer.
   */
  check(now: number, wait: WaitWhileBusy): BusyVerdict {
    const signals = wantedSignals(wait);
    if (!this.source || signals.length === 0) return this.release();
    if (this.pending) {
      if (now - this.pending.since < BUSY_READ_TIMEOUT_MS) return { kind: 'reading' };
      this.answer(this.pending.seq, now, null); // no answer in time: can't tell
    }
    const limit = this.held ? BUSY_RECHECK_MS : BUSY_READ_TIMEOUT_MS;
    if (!this.last || now - this.last.at >= limit) {
      this.ask(now, signals, wait);
      if (this.pending) return { kind: 'reading' };
    }
    const reason = this.last?.reason ?? null;
    if (reason === null) {
      this.last = null; // used: the next attempt reads afresh
      return this.release();
    }
    this.held = { seenAt: this.last?.at ?? now, reason };
    this.busySeenAt = null;
    return { kind: 'held', reason };
  }

  /** After a hold has ended: when busy was last seen (input-free time before it is not a break). */
  lastSeenBusy(): number | null {
    return this.busySeenAt;
  }

  /** Why the reminder is held, or null when it is not. */
  heldReason(): BusyReason | null {
    return this.held?.reason ?? null;
  }

  /** When the gate wants to be asked again (a re-read, or a read's time-out), or null. */
  nextCheck(): number | null {
    if (this.pending) return this.pending.since + BUSY_READ_TIMEOUT_MS;
    if (this.held && this.last) return this.last.at + BUSY_RECHECK_MS;
    return null;
  }

  /** The reminder was shown or dropped: the next one starts afresh. A late answer is ignored. */
  reset(): void {
    this.seq++;
    this.last = null;
    this.pending = null;
    this.held = null;
    this.busySeenAt = null;
  }

  /** The wall clock jumped by `d` ms: move every instant along with it. */
  shift(d: number): void {
    if (this.last) this.last = { ...this.last, at: this.last.at + d };
    if (this.pending) this.pending = { ...this.pending, since: this.pending.since + d };
    if (this.held) this.held = { ...this.held, seenAt: this.held.seenAt + d };
    if (this.busySeenAt !== null) this.busySeenAt += d;
  }

  private release(): BusyVerdict {
    if (this.held) {
      this.busySeenAt = this.held.seenAt;
      this.held = null;
    }
    return { kind: 'clear', busySeenAt: this.busySeenAt };
  }

  private ask(now: number, signals: BusySignal[], wait: WaitWhileBusy): void {
    const seq = ++this.seq;
    this.pending = { since: now, seq };
    let returned = false;
    const done = (reading: Partial<BusyReading>) => {
      if (this.pending?.seq !== seq) return; // reset, or timed out: a late answer changes nothing
      this.answer(seq, now, busyReason(reading, wait));
      if (returned) this.onAnswer();
    };
    try {
      (this.source as BusySource).read(signals, done);
    } catch {
      this.answer(seq, now, null); // a reader that throws can't tell
    }
    returned = true;
  }

  private answer(seq: number, at: number, reason: BusyReason | null): void {
    if (this.pending?.seq !== seq) return;
    this.pending = null;
    this.last = { at, reason };
  }
}
