// One reminder interval at a time: when it started, a snooze, the reminder on screen (due until
// its lifetime ends), a natural break (away since), the last idle sample, and the gates a due
// reminder passes (gates/). The scheduler decides whether an interval may run now (reminders on,
// active hours, no pause, no practice, the person present) and when to look again; this part
// runs the interval. Pure apart from the injected idle source and notice slot.
import type { Settings } from '../../shared/settings';
import { shifted } from './clock-jump';
import type { BusyGate } from './gates/busy-gate';
import { LullGate } from './gates/lull-gate';
import { offerVerdict } from './gates/offer-order';
import { idleMsFromSeconds, idleSampleVerdict } from './natural-break';
import { type NoticeSlot, REMINDER_LIFETIME_MS } from './notice-slot';
import type { ReminderAction } from './notifier';
import type { StatusFacts } from './reminder-status';
import type { DeadlineFacts } from './timer-deadline';

const MINUTE = 60_000;

export interface CycleParts {
  /** Holds a due reminder while the person is busy; owns every busy reading. */
  busyGate: BusyGate;
  notice: NoticeSlot;
  /** Seconds since the last input, or null when that can't be told (IdleSource). */
  idleSeconds: () => number | null;
  /** What the person did with a notice, and whether it is still the latest one. */
  onNoticeAction: (action: ReminderAction, latest: boolean) => void;
}

export class ReminderCycle {
  /** Start of the running interval; null when none runs (off, paused, outside hours). */
  private intervalStart: number | null = null;
  private snoozeUntil: number | null = null;
  /** A reminder fell due while the person was typing: it waits for a lull (gates/lull-gate.ts). */
  private readonly lull = new LullGate();
  /** A shown reminder counts as due until then. */
  private dueUntil: number | null = null;
  private lastSample = 0;
  /** Idle long enough for a natural break: the person has been away since then. */
  private awaySince: number | null = null;

  constructor(private readonly parts: CycleParts) {}

  /** An interval runs (it may be on a natural break). */
  get running(): boolean {
    return this.intervalStart !== null;
  }

  /** A shown reminder still counts as due. */
  get due(): boolean {
    return this.dueUntil !== null;
  }

  /** Starts the interval at `at`, dropping any reminder. */
  start(at: number): void {
    this.clear(true);
    this.awaySince = null;
    this.intervalStart = at;
    this.lastSample = Math.max(this.lastSample, at);
  }

  /** No interval runs until reminders can run again. */
  stop(): void {
    this.clear(true);
    this.awaySince = null;
    this.intervalStart = null;
  }

  /** The next interval starts afresh, the next time reminders can run. */
  startAfresh(): void {
    this.intervalStart = null;
  }

  /** Forgets a pending or shown reminder; `withdraw` also closes the notice on screen. */
  clear(withdraw: boolean): void {
    if (withdraw && this.dueUntil !== null) this.parts.notice.close();
    this.dueUntil = null;
    this.snoozeUntil = null;
    this.lull.reset();
    this.parts.busyGate.reset(); // a held reminder is dropped with it
  }

  /** "Later": the reminder comes back at `until`. */
  snooze(until: number): void {
    this.clear(false);
    this.awaySince = null;
    this.snoozeUntil = until;
  }

  /** The notice was dismissed: the reminder no longer counts as due. */
  dismissed(): void {
    this.dueUntil = null;
  }

  /** Asleep or locked: a wait for a typing lull ends. */
  stopWaitingForLull(): void {
    this.lull.reset();
  }

  /** When the next reminder falls due (the end of the interval, or of the snooze). */
  target(s: Settings['schedule']): number {
    return this.snoozeUntil ?? (this.intervalStart ?? 0) + s.intervalMinutes * MINUTE;
  }

  /** The running interval at `now`: idle samples, the notice's lifetime, a reminder falling due. */
  run(now: number, s: Settings['schedule']): void {
    const reset = s.idleResetMinutes * MINUTE;
    // Busy is not a natural break: no idle time counts while a reminder is held.
    if (this.parts.busyGate.heldReason() !== null) this.lastSample = now;
    else if (reset > 0 && now - this.lastSample >= reset / 2) this.sampleIdle(now, reset);
    if (this.awaySince !== null) return;
    // Unanswered for its lifetime: take the notice down (some desktops ignore expiry times).
    if (this.dueUntil !== null && now >= this.dueUntil) this.clear(true);
    if (this.dueUntil !== null) return;
    if (now < this.target(s)) return;
    const rules = { lullMs: s.waitForLullSeconds * 1000, waitWhileBusy: s.waitWhileBusy, resetMs: reset };
    const gates = { busy: this.parts.busyGate, lull: this.lull };
    const verdict = offerVerdict(now, rules, gates, () => this.readIdle(now));
    if (verdict.kind === 'away') this.beginAway(verdict.since);
    else if (verdict.kind === 'show') this.show(now);
  }

  /** Idle ms now; null when it can't be told (no natural breaks, no waiting for a lull). */
  readIdle(now: number): number | null {
    this.lastSample = now;
    return idleMsFromSeconds(this.parts.idleSeconds());
  }

  /** The wall clock jumped by `d` ms: every instant moves with it. */
  shift(d: number): void {
    this.intervalStart = shifted(this.intervalStart, d);
    this.snoozeUntil = shifted(this.snoozeUntil, d);
    this.dueUntil = shifted(this.dueUntil, d);
    this.awaySince = shifted(this.awaySince, d);
    this.lastSample += d;
    this.parts.busyGate.shift(d);
    this.lull.shift(d);
  }

  /** What the timer deadline needs to know of the interval. */
  deadlineFacts(
    s: Settings['schedule'],
  ): Pick<DeadlineFacts, IntervalFact | 'nextSampleAt' | 'busyCheckAt' | 'lullCheckAt'> {
    const reset = s.idleResetMinutes * MINUTE;
    return {
      nextSampleAt: reset > 0 && this.parts.busyGate.heldReason() === null ? this.lastSample + reset / 2 : null,
      onBreak: this.awaySince !== null,
      dueUntil: this.dueUntil,
      busyCheckAt: this.parts.busyGate.nextCheck(),
      lullCheckAt: this.lull.nextCheck(),
      reminderAt: this.target(s),
    };
  }

  /** What the status needs to know of the interval. */
  statusFacts(s: Settings['schedule']): Pick<StatusFacts, IntervalFact | 'held' | 'snoozeUntil'> {
    return {
      onBreak: this.awaySince !== null,
      held: this.parts.busyGate.heldReason(),
      dueUntil: this.dueUntil,
      snoozeUntil: this.snoozeUntil,
      reminderAt: this.target(s),
    };
  }

  private show(now: number): void {
    this.dueUntil = now + REMINDER_LIFETIME_MS;
    // An ignored reminder is not repeated: the next one is a whole interval away.
    this.intervalStart = now;
    this.snoozeUntil = null;
    this.lull.reset();
    this.parts.busyGate.reset();
    this.parts.notice.show(this.parts.onNoticeAction);
  }

  /** Natural-break detection: one idle reading (natural-break.ts). */
  private sampleIdle(now: number, reset: number): void {
    const verdict = idleSampleVerdict(now, this.readIdle(now), this.awaySince, reset);
    if (verdict.kind === 'back') this.start(verdict.at);
    else if (verdict.kind === 'away') this.beginAway(verdict.since);
  }

  private beginAway(since: number): void {
    this.clear(true);
    this.awaySince = since;
  }
}

type IntervalFact = 'onBreak' | 'dueUntil' | 'reminderAt';
