// The reminder scheduler: pure, with the clock, the timer, idle time, settings and notifications
// injected. It keeps exactly one timer armed (while reminders are on), set for the next thing
// that can change: a reminder falling due, a typing-lull check, an idle sample, a notice
// expiring, active hours starting or ending, a pause ending. No fixed-period loop, no disk.
//
// Time: deadlines are wall-clock instants (epoch ms), because active hours and "paused until
// 15:00" are wall-clock ideas. Elapsed-time deadlines (the interval, snooze, the lull) are kept
// honest against a monotonic clock: when the wall clock jumps, they move with it, so a jump
// neither brings a reminder early nor causes a burst.
import type { PauseChoice, ReminderStatus } from '../../shared/app-state';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { ActiveHours, type TimeWindow } from './active-hours';
import { AWAY_CHECK_MS, backWithoutSignal } from './away-gate';
import type { BusySource } from './busy';
import { BUSY_RELEASE_MS, BusyGate } from './gates/busy-gate';
import { LullGate } from './gates/lull-gate';
import { usableTimeZone } from './local-time';
import { type Notifier, type ReminderAction, reminderNotice } from './notifier';
import { notifyAll } from './notify-all';
import type { Reminders } from './reminders';

export interface SchedulerClock {
  /** Wall-clock time, epoch ms (may jump). */
  wall(): number;
  /** Monotonic ms; does not jump with the wall clock (and may stand still during sleep). */
  mono(): number;
  /** The IANA time zone local time is read in, e.g. "Europe/Berlin". */
  timeZone(): string;
}

export interface SchedulerTimer {
  set(delayMs: number, fire: () => void): unknown;
  clear(handle: unknown): void;
}

export interface IdleSource {
  /**
   * Seconds since the last keyboard or mouse input, system-wide; null when that can't be told
   * here (then natural breaks and the typing lull are off, and reminders come on time).
   */
  idleSeconds(): number | null;
}

export interface SettingsSource {
  get(): Settings;
  update(patch: SettingsPatch): unknown;
  subscribe(listener: (settings: Settings) => void): () => void;
}

export interface SchedulerDeps {
  clock: SchedulerClock;
  timer: SchedulerTimer;
  idle: IdleSource;
  settings: SettingsSource;
  notifier: Notifier;
  /** Do Not Disturb, full screen, camera or microphone (issue 12); none: never busy. */
  busy?: BusySource;
  /** Opens the practice (the notice's "Start", or a click on it). */
  startPractice: () => void;
  log?: (message: string) => void;
}

/** How long a shown reminder counts as due; the notice expires after the same time. */
export const REMINDER_LIFETIME_MS = 2 * 60_000;
/** The longest the timer sleeps, so a clock or time-zone change is noticed within the hour. */
export const MAX_TIMER_MS = 60 * 60_000;
/** Wall and monotonic clocks disagreeing by more than this is a clock jump. */
export const JUMP_TOLERANCE_MS = 5_000;
/** A practice that never reports its end stops holding reminders back after this long. */
export const PRACTICE_LIMIT_MS = 60 * 60_000;
/** Idle readings are whole seconds; allow for rounding when telling "still away" from "back". */
const IDLE_SLACK_MS = 3_000;

const MINUTE = 60_000;
const PAUSE_MINUTES: Record<Exclude<PauseChoice, 'tomorrow'>, number> = { '30m': 30, '1h': 60, '2h': 120 };

export class Scheduler implements Reminders {
  private readonly listeners = new Set<(status: ReminderStatus) => void>();
  private readonly hours: ActiveHours;
  private readonly unsubscribe: () => void;
  /** Holds a due reminder while the person is busy; owns every busy reading. */
  private readonly busyGate: BusyGate;
  private current: ReminderStatus = { kind: 'off' };
  private currentKey = '';
  private handle: unknown = null;
  private disposed = false;
  private stepping = false;
  private again = false;
  private writingSettings = false;

  private base: { wall: number; mono: number } | null = null;
  private tz: string;

  /** When reminders are paused until (wall ms, mirrored in settings), or null. */
  private pausedUntil: number | null;
  /** Start of the running interval; null when none runs (off, paused, outside hours). */
  private intervalStart: number | null = null;
  private snoozeUntil: number | null = null;
  /** A reminder fell due while the person was typing: it waits for a lull (gates/lull-gate.ts). */
  private readonly lull = new LullGate();
  /** A shown reminder counts as due until then. */
  private dueUntil: number | null = null;
  private noticeId = 0;
  private shown = 0;
  private lastSample = 0;
  /** Idle long enough for a natural break: the person has been away since then. */
  private awaySince: number | null = null;
  private asleepSince: number | null = null;
  private lockedSince: number | null = null;
  private practiceSince: number | null = null;

  constructor(private readonly deps: SchedulerDeps) {
    this.tz = usableTimeZone(deps.clock.timeZone());
    const s = deps.settings.get();
    this.pausedUntil = s.remindersPausedUntil;
    this.hours = new ActiveHours(s.schedule.activeHours, this.tz);
    this.busyGate = new BusyGate(deps.busy ?? null, () => this.step());
    this.unsubscribe = deps.settings.subscribe((next) => this.onSettings(next));
    this.step();
  }

  // ----- Reminders (what the rest of main uses) ---------------------------------------------

  status(): ReminderStatus {
    return this.current;
  }

  subscribe(listener: (status: ReminderStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  pause(choice: PauseChoice): void {
    const now = this.observeClock();
    this.hours.configure(this.deps.settings.get().schedule.activeHours, this.tz);
    const until = choice === 'tomorrow' ? this.hours.tomorrowStart(now) : now + PAUSE_MINUTES[choice] * MINUTE;
    this.pauseUntil(until);
  }

  /** Pauses for any number of minutes (the replay harness uses this). */
  pauseFor(minutes: number): void {
    this.pauseUntil(this.observeClock() + minutes * MINUTE);
  }

  /** Throws (changing nothing) when the change cannot be saved. */
  resume(): void {
    this.observeClock();
    if (this.pausedUntil !== null) {
      this.setPause(null);
      this.intervalStart = null;
    }
    this.step();
  }

  practiceStarted(): void {
    const now = this.observeClock();
    this.practiceSince ??= now;
    this.clearReminder(true);
    this.step();
  }

  practiceFinished(): void {
    this.observeClock();
    this.practiceSince = null;
    // A pause ends: the next interval starts now (if reminders can run now).
    this.intervalStart = null;
    this.clearReminder(true);
    this.step();
  }

  dispose(): void {
    this.disposed = true;
    this.busyGate.reset();
    this.disarm();
    this.unsubscribe();
    this.listeners.clear();
  }

  // ----- What the person did with a notice -------------------------------------------------

  act(action: Exclude<ReminderAction, 'dismissed'>): void {
    if (this.disposed) return;
    const now = this.observeClock();
    const s = this.deps.settings.get().schedule;
    switch (action) {
      case 'start':
        this.practiceStarted();
        this.deps.startPractice();
        return;
      case 'snooze':
        if (this.intervalStart !== null) {
          this.clearReminder(false);
          this.awaySince = null;
          this.snoozeUntil = now + s.snoozeMinutes * MINUTE;
        }
        break;
      case 'skip':
        if (this.intervalStart !== null) this.startInterval(now);
        break;
    }
    this.step();
  }

  // ----- Power and session events ----------------------------------------------------------

  suspend(): void {
    const now = this.observeClock();
    this.asleepSince ??= now;
    this.lull.reset();
    this.step();
  }

  /** The machine woke up (named so as not to clash with resuming reminders). */
  wake(): void {
    this.base = null; // the monotonic clock may have stood still: start afresh
    const now = this.observeClock();
    if (this.asleepSince !== null) {
      const slept = now - this.asleepSince;
      this.asleepSince = null;
      this.cameBack(slept);
    }
    this.step();
  }

  lock(): void {
    const now = this.observeClock();
    this.lockedSince ??= now;
    this.lull.reset();
    this.step();
  }

  unlock(): void {
    const now = this.observeClock();
    if (this.lockedSince !== null) {
      const locked = now - this.lockedSince;
      this.lockedSince = null;
      this.cameBack(locked);
    }
    this.step();
  }

  // ----- The one place decisions are made ---------------------------------------------------

  private step(): void {
    if (this.disposed) return;
    if (this.stepping) {
      this.again = true;
      return;
    }
    this.stepping = true;
    try {
      do {
        this.again = false;
        this.stepOnce();
      } while (this.again && !this.disposed);
    } finally {
      this.stepping = false;
    }
  }

  private stepOnce(): void {
    const now = this.observeClock();
    const s = this.deps.settings.get().schedule;
    this.hours.configure(s.activeHours, this.tz);

    if (this.practiceSince !== null && now - this.practiceSince >= PRACTICE_LIMIT_MS) {
      this.practiceSince = null;
      this.intervalStart = null;
    }
    if (!s.enabled) {
      this.stopInterval();
      this.disarm();
      this.publish(this.practiceSince !== null ? { kind: 'practising' } : { kind: 'off' });
      return;
    }
    if (this.pausedUntil !== null && now >= this.pausedUntil) {
      this.pauseEnded();
      this.intervalStart = null; // a fresh interval begins when a pause ends
    }
    const win = this.hours.windowAt(now);
    const paused = this.pausedUntil !== null;
    if (!win || paused) this.stopInterval();
    const present = this.asleepSince === null && this.lockedSince === null;
    const active = win !== null && !paused && this.practiceSince === null && present;
    if (active) {
      if (this.intervalStart === null) this.startInterval(now);
      this.runInterval(now, s);
    }
    this.arm(now, win, paused, active, s);
    this.publish(this.statusNow(now, win, paused, present, s));
  }

  private runInterval(now: number, s: Settings['schedule']): void {
    const reset = s.idleResetMinutes * MINUTE;
    // Busy is not a natural break: no idle time counts while a reminder is held.
    if (this.busyGate.heldReason() !== null) this.lastSample = now;
    else if (reset > 0 && now - this.lastSample >= reset / 2) this.sampleIdle(now, reset);
    if (this.awaySince !== null) return;
    // Unanswered for its lifetime: take the notice down (some desktops ignore expiry times).
    if (this.dueUntil !== null && now >= this.dueUntil) this.clearReminder(true);
    if (this.dueUntil !== null) return;
    if (now < this.target(s)) return;
    this.offer(now, s, reset);
  }

  /**
   * A reminder is due. The gates, in order: the typing lull (and away), then busy
   * (gates/busy-gate.ts), read at the moment of showing. A held reminder skips the lull until
   * busy ends; then the lull applies again, inside the release time.
   */
  private offer(now: number, s: Settings['schedule'], reset: number): void {
    const wasHeld = this.busyGate.heldReason() !== null;
    if (!wasHeld && !this.passesLull(now, s, reset)) return;
    const busy = this.busyGate.check(now, s.waitWhileBusy);
    if (busy.kind !== 'clear') {
      this.lull.reset();
      return;
    }
    if (wasHeld && !this.passesLull(now, s, reset)) return;
    this.show(now);
  }

  /** The typing-lull gate: true when the reminder may be shown now; may find the person away. */
  private passesLull(now: number, s: Settings['schedule'], reset: number): boolean {
    const busySeenAt = this.busyGate.lastSeenBusy();
    this.lull.begin(now, s.waitForLullSeconds * 1000, busySeenAt === null ? null : busySeenAt + BUSY_RELEASE_MS);
    const read = this.lull.wantsIdle(now, reset) ? this.readIdle(now) : null;
    // Time without input while busy (a call, a film) is not time away.
    const verdict = this.lull.check(
      now,
      read === null || busySeenAt === null ? read : Math.min(read, now - busySeenAt),
      reset,
    );
    if (verdict.kind === 'away') this.beginAway(verdict.since);
    return verdict.kind === 'pass';
  }

  private show(now: number): void {
    const id = ++this.noticeId;
    const notice = reminderNotice(this.shown++, REMINDER_LIFETIME_MS);
    this.dueUntil = now + REMINDER_LIFETIME_MS;
    // An ignored reminder is not repeated: the next one is a whole interval away.
    this.intervalStart = now;
    this.snoozeUntil = null;
    this.lull.reset();
    this.busyGate.reset();
    try {
      this.deps.notifier.show(notice, (action) => this.onNoticeAction(id, action));
    } catch (err) {
      this.deps.log?.(`could not show a reminder: ${String(err)}`);
    }
  }

  private onNoticeAction(id: number, action: ReminderAction): void {
    if (this.disposed) return;
    if (action !== 'dismissed') {
      this.act(action);
      return;
    }
    if (id === this.noticeId && this.dueUntil !== null) {
      this.observeClock();
      this.dueUntil = null;
      this.step();
    }
  }

  /** Natural-break detection: one idle reading. */
  private sampleIdle(now: number, reset: number): void {
    const idleMs = this.readIdle(now);
    if (idleMs === null) {
      // Idle time can't be told any more: no natural break can be seen; reminders run on time.
      if (this.awaySince !== null) this.startInterval(now);
      return;
    }
    if (this.awaySince !== null) {
      if (idleMs < now - this.awaySince - IDLE_SLACK_MS) {
        // Input since we last looked: the break ended when that input happened.
        const back = Math.max(now - idleMs, this.awaySince);
        this.awaySince = null;
        this.startInterval(back);
        this.lastSample = now;
      }
    } else if (idleMs >= reset) {
      this.beginAway(now - idleMs);
    }
  }

  /** Idle ms now; null when it can't be told (no natural breaks, no waiting for a lull). */
  private readIdle(now: number): number | null {
    this.lastSample = now;
    const seconds = this.deps.idle.idleSeconds();
    if (seconds === null) return null;
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
  }

  private beginAway(since: number): void {
    this.clearReminder(true);
    this.awaySince = since;
  }

  /** Back from sleep or a locked screen that lasted `awayMs`. */
  private cameBack(awayMs: number): void {
    const reset = this.deps.settings.get().schedule.idleResetMinutes * MINUTE;
    if (awayMs >= reset) {
      // A natural break: the next interval starts once reminders can run again.
      this.clearReminder(true);
      this.intervalStart = null;
    }
    // Otherwise the interval kept running; if a reminder fell due meanwhile, the next step
    // offers it once — never a burst.
  }

  private target(s: Settings['schedule']): number {
    return this.snoozeUntil ?? (this.intervalStart ?? 0) + s.intervalMinutes * MINUTE;
  }

  private startInterval(at: number): void {
    this.clearReminder(true);
    this.awaySince = null;
    this.intervalStart = at;
    this.lastSample = Math.max(this.lastSample, at);
  }

  private stopInterval(): void {
    this.clearReminder(true);
    this.awaySince = null;
    this.intervalStart = null;
  }

  /** Forgets a pending or shown reminder; `withdraw` also closes the notice on screen. */
  private clearReminder(withdraw: boolean): void {
    if (withdraw && this.dueUntil !== null) {
      try {
        this.deps.notifier.close();
      } catch (err) {
        this.deps.log?.(`could not close a reminder: ${String(err)}`);
      }
    }
    this.dueUntil = null;
    this.snoozeUntil = null;
    this.lull.reset();
    this.busyGate.reset(); // a held reminder is dropped with it
  }

  private pauseUntil(until: number): void {
    this.setPause(until);
    this.stopInterval();
    this.step();
  }

  /**
   * Pauses or resumes, saved so it survives a restart: saved and applied, or (when the settings
   * cannot be written) neither — the error goes to whoever asked, so the person can be told.
   */
  private setPause(until: number | null): void {
    this.writingSettings = true;
    try {
      this.deps.settings.update({ remindersPausedUntil: until });
    } finally {
      this.writingSettings = false;
    }
    this.pausedUntil = until;
  }

  /** A pause ran out. A time in the past on disk means the same as none, so a refused write is fine. */
  private pauseEnded(): void {
    this.pausedUntil = null;
    this.writingSettings = true;
    try {
      this.deps.settings.update({ remindersPausedUntil: null });
    } catch (err) {
      this.deps.log?.(`could not note that the pause ended: ${String(err)}`);
    } finally {
      this.writingSettings = false;
    }
  }

  private onSettings(next: Settings): void {
    if (this.writingSettings || this.disposed) return;
    const now = this.observeClock();
    // A pause that already ended is no pause (its end may not have been written).
    const until =
      next.remindersPausedUntil !== null && next.remindersPausedUntil > now ? next.remindersPausedUntil : null;
    if (until !== this.pausedUntil) {
      // Paused or resumed from elsewhere (the settings window, or the file restored by hand).
      this.pausedUntil = until;
      this.stopInterval();
    }
    if (!next.schedule.enabled) this.stopInterval();
    this.step();
  }

  // ----- Clock ----------------------------------------------------------------------------

  /** Reads the clocks; a jump of the wall clock moves elapsed-time deadlines along with it. */
  private observeClock(): number {
    const wall = this.deps.clock.wall();
    const mono = this.deps.clock.mono();
    if (this.base && this.asleepSince === null) {
      const drift = wall - this.base.wall - (mono - this.base.mono);
      if (Math.abs(drift) > JUMP_TOLERANCE_MS) this.shift(drift);
    }
    this.base = { wall, mono };
    this.tz = usableTimeZone(this.deps.clock.timeZone());
    return wall;
  }

  private shift(d: number): void {
    const move = (v: number | null) => (v === null ? null : v + d);
    this.intervalStart = move(this.intervalStart);
    this.snoozeUntil = move(this.snoozeUntil);
    this.dueUntil = move(this.dueUntil);
    this.awaySince = move(this.awaySince);
    this.lockedSince = move(this.lockedSince);
    this.practiceSince = move(this.practiceSince);
    this.lastSample += d;
    this.busyGate.shift(d);
    this.lull.shift(d);
  }

  // ----- Timer ----------------------------------------------------------------------------

  private arm(now: number, win: TimeWindow | null, paused: boolean, active: boolean, s: Settings['schedule']): void {
    const at: number[] = [now + MAX_TIMER_MS];
    if (paused && this.pausedUntil !== null) at.push(this.pausedUntil);
    if (this.practiceSince !== null) at.push(this.practiceSince + PRACTICE_LIMIT_MS);
    if (!paused) {
      if (win) at.push(win.end);
      else {
        const next = this.hours.nextStart(now);
        if (next !== null) at.push(next);
      }
    }
    if (active) {
      const reset = s.idleResetMinutes * MINUTE;
      if (reset > 0 && this.busyGate.heldReason() === null) at.push(this.lastSample + reset / 2);
      if (this.awaySince === null) {
        const busyCheck = this.busyGate.nextCheck();
        const lullCheck = this.lull.nextCheck();
        if (this.dueUntil !== null) at.push(this.dueUntil);
        else if (busyCheck !== null) at.push(busyCheck);
        else if (lullCheck !== null) at.push(lullCheck);
        else at.push(this.target(s));
      }
    }
    // Believed away: look again soon, in case the resume or unlock never comes (away-gate.ts).
    if (this.asleepSince !== null || this.lockedSince !== null) at.push(now + AWAY_CHECK_MS);
    const delay = Math.max(0, Math.min(...at) - now);
    this.disarm();
    this.handle = this.deps.timer.set(delay, () => {
      this.handle = null;
      if (this.backUnannounced()) return;
      this.step();
    });
  }

  /**
   * The timer fired while the person was believed asleep or locked away: if input was seen since,
   * they are back, and the missing resume or unlock is taken as given. True when it stepped.
   */
  private backUnannounced(): boolean {
    const since = this.asleepSince ?? this.lockedSince;
    if (since === null) return false;
    const now = this.deps.clock.wall();
    if (backWithoutSignal(since, now, this.readIdle(now)) === null) return false;
    this.deps.log?.(`back without a ${this.asleepSince !== null ? 'resume' : 'unlock'} event: carrying on`);
    if (this.asleepSince !== null) this.wake();
    if (this.lockedSince !== null) this.unlock();
    return true;
  }

  private disarm(): void {
    if (this.handle !== null) {
      this.deps.timer.clear(this.handle);
      this.handle = null;
    }
  }

  // ----- Status -----------------------------------------------------------------------------

  private statusNow(
    now: number,
    win: TimeWindow | null,
    paused: boolean,
    present: boolean,
    s: Settings['schedule'],
  ): ReminderStatus {
    if (this.practiceSince !== null) return { kind: 'practising' };
    if (paused) return { kind: 'paused', until: this.pausedUntil };
    if (!win) return { kind: 'outside-hours' };
    if (!present || this.awaySince !== null) return { kind: 'away' };
    const held = this.busyGate.heldReason();
    if (held !== null) return { kind: 'held', reason: held };
    if (this.dueUntil !== null) return { kind: 'due' };
    if (this.snoozeUntil !== null) return { kind: 'snoozed', until: this.snoozeUntil };
    return { kind: 'waiting', nextAt: this.nextReminderAt(now, win, s) };
  }

  /** When the next reminder comes if nothing else happens, across the end of today's hours. */
  private nextReminderAt(now: number, win: TimeWindow, s: Settings['schedule']): number {
    const target = this.target(s);
    if (target < win.end) return target;
    const interval = s.intervalMinutes * MINUTE;
    const later = this.hours.windows(now).find((w) => w.start >= win.end && w.end - w.start > interval);
    return later ? later.start + interval : target;
  }

  private publish(status: ReminderStatus): void {
    const key = JSON.stringify(status);
    if (key === this.currentKey) return;
    this.current = status;
    this.currentKey = key;
    notifyAll(this.listeners, [status], (err) =>
      this.deps.log?.(`a listener of the reminder state threw: ${String(err)}`),
    );
  }
}
