// The reminder scheduler: pure, with the clock, the timer, idle time, settings and notifications
// injected (scheduler-deps.ts). It keeps exactly one timer armed (while reminders are on), set for
// the next thing that can change (timer-deadline.ts). No fixed-period loop, no disk.
//
// This class decides whether an interval may run now — reminders on, inside active hours
// (active-hours.ts), not paused (pause-record.ts), no practice (practice-record.ts), the person
// present (presence.ts) — and its parts do the rest: the running interval and its reminder
// (reminder-cycle.ts, with the gates in gates/ and natural breaks in natural-break.ts), the
// status (reminder-status.ts, status-feed.ts). Time: deadlines are wall-clock instants;
// elapsed-time ones (the interval, snooze, the lull) move with a jump of the wall clock
// (ClockReading in clock-jump.ts), so a jump neither brings a reminder early nor causes a burst.
import type { PauseChoice, ReminderStatus } from '../../shared/app-state';
import type { Settings } from '../../shared/settings';
import { ActiveHours, type TimeWindow } from './active-hours';
import { ClockReading } from './clock-jump';
import { englishWords } from './english-words';
import { BusyGate } from './gates/busy-gate';
import { isNaturalBreak } from './natural-break';
import { NoticeSlot } from './notice-slot';
import type { ReminderAction } from './notifier';
import { OneTimer } from './one-timer';
import { PauseRecord, pauseEnd } from './pause-record';
import { PracticeRecord } from './practice-record';
import { Presence } from './presence';
import { ReminderCycle } from './reminder-cycle';
import { statusNow } from './reminder-status';
import type { Reminders } from './reminders';
import type { SchedulerDeps } from './scheduler-deps';
import { SerialRunner } from './serial-runner';
import { StatusFeed } from './status-feed';
import { nextDeadline } from './timer-deadline';

export { JUMP_TOLERANCE_MS } from './clock-jump';
export { REMINDER_LIFETIME_MS } from './notice-slot';
export { PRACTICE_LIMIT_MS } from './practice-record';
export type { IdleSource, SchedulerClock, SchedulerDeps, SchedulerTimer, SettingsSource } from './scheduler-deps';
export { MAX_TIMER_MS } from './timer-deadline';

const MINUTE = 60_000;

export class Scheduler implements Reminders {
  private readonly feed: StatusFeed;
  private readonly hours: ActiveHours;
  private readonly unsubscribe: () => void;
  /** Holds a due reminder while the person is busy; owns every busy reading. */
  private readonly busyGate: BusyGate;
  /** When reminders are paused until (wall ms, mirrored in settings). */
  private readonly pauses: PauseRecord;
  private readonly timer: OneTimer;
  private readonly presence = new Presence();
  private readonly stepper = new SerialRunner(
    () => this.stepOnce(),
    () => this.disposed,
  );
  private disposed = false;

  /** The running interval, its reminder and the gates it passes (reminder-cycle.ts). */
  private readonly cycle: ReminderCycle;
  private readonly practice = new PracticeRecord();
  /** The wall clock; a jump of it moves the interval, the lock's start and the practice's. */
  private readonly clock: ClockReading;

  constructor(private readonly deps: SchedulerDeps) {
    const log = (message: string) => deps.log?.(message);
    this.feed = new StatusFeed(log);
    this.timer = new OneTimer(deps.timer);
    this.clock = new ClockReading(
      deps.clock,
      () => this.presence.asleep,
      () => [this.cycle, this.presence, this.practice],
    );
    const s = deps.settings.get();
    const save = (until: number | null) => deps.settings.update({ remindersPausedUntil: until });
    this.pauses = new PauseRecord(s.remindersPausedUntil, save, log);
    this.hours = new ActiveHours(s.schedule.activeHours, this.clock.timeZone);
    this.busyGate = new BusyGate(deps.busy ?? null, () => this.step());
    this.cycle = new ReminderCycle({
      busyGate: this.busyGate,
      notice: new NoticeSlot(deps.notifier, deps.words ?? englishWords, log),
      idleSeconds: () => deps.idle.idleSeconds(),
      onNoticeAction: (action, latest) => this.onNoticeAction(action, latest),
    });
    this.unsubscribe = deps.settings.subscribe((next) => this.onSettings(next));
    this.step();
  }

  // ----- Reminders (what the rest of main uses) ---------------------------------------------

  status(): ReminderStatus {
    return this.feed.get();
  }

  subscribe(listener: (status: ReminderStatus) => void): () => void {
    return this.feed.subscribe(listener);
  }

  pause(choice: PauseChoice): void {
    const now = this.clock.read();
    this.hours.configure(this.deps.settings.get().schedule.activeHours, this.clock.timeZone);
    this.pauseUntil(pauseEnd(choice, now, (t) => this.hours.tomorrowStart(t)));
  }

  /** Pauses for any number of minutes (the replay harness uses this). */
  pauseFor(minutes: number): void {
    this.pauseUntil(this.clock.read() + minutes * MINUTE);
  }

  /** Throws (changing nothing) when the change cannot be saved. */
  resume(): void {
    this.clock.read();
    if (this.pauses.until !== null) {
      this.pauses.set(null);
      this.cycle.startAfresh();
    }
    this.step();
  }

  practiceStarted(): void {
    const now = this.clock.read();
    this.practice.started(now);
    this.cycle.clear(true);
    this.step();
  }

  practiceFinished(): void {
    this.clock.read();
    this.practice.finished();
    // A pause ends: the next interval starts now (if reminders can run now).
    this.cycle.startAfresh();
    this.cycle.clear(true);
    this.step();
  }

  dispose(): void {
    this.disposed = true;
    this.busyGate.reset();
    this.timer.clear();
    this.unsubscribe();
    this.feed.close();
  }

  // ----- What the person did with a notice -------------------------------------------------

  act(action: Exclude<ReminderAction, 'dismissed'>): void {
    if (this.disposed) return;
    const now = this.clock.read();
    const s = this.deps.settings.get().schedule;
    switch (action) {
      case 'start':
        this.practiceStarted();
        this.deps.startPractice();
        return;
      case 'snooze':
        if (this.cycle.running) this.cycle.snooze(now + s.snoozeMinutes * MINUTE);
        break;
      case 'skip':
        if (this.cycle.running) this.cycle.start(now);
        break;
    }
    this.step();
  }

  // ----- Power and session events ----------------------------------------------------------

  suspend(): void {
    this.presence.suspend(this.clock.read());
    this.cycle.stopWaitingForLull();
    this.step();
  }

  /** The machine woke up (named so as not to clash with resuming reminders). */
  wake(): void {
    this.clock.forget();
    const slept = this.presence.wake(this.clock.read());
    if (slept !== null) this.cameBack(slept);
    this.step();
  }

  lock(): void {
    this.presence.lock(this.clock.read());
    this.cycle.stopWaitingForLull();
    this.step();
  }

  unlock(): void {
    const locked = this.presence.unlock(this.clock.read());
    if (locked !== null) this.cameBack(locked);
    this.step();
  }

  // ----- The one place decisions are made ---------------------------------------------------

  private step(): void {
    this.stepper.request();
  }

  private stepOnce(): void {
    const now = this.clock.read();
    const s = this.deps.settings.get().schedule;
    this.hours.configure(s.activeHours, this.clock.timeZone);

    if (this.practice.overran(now)) this.cycle.startAfresh();
    if (!s.enabled) {
      this.cycle.stop();
      this.timer.clear();
      this.feed.publish(this.practice.active ? { kind: 'practising' } : { kind: 'off' });
      return;
    }
    if (this.pauses.until !== null && now >= this.pauses.until) {
      this.pauses.ended();
      this.cycle.startAfresh(); // a fresh interval begins when a pause ends
    }
    const win = this.hours.windowAt(now);
    const paused = this.pauses.until !== null;
    if (!win || paused) this.cycle.stop();
    const present = this.presence.present;
    const active = win !== null && !paused && !this.practice.active && present;
    if (active) {
      if (!this.cycle.running) this.cycle.start(now);
      this.cycle.run(now, s);
    }
    this.arm(now, win, paused, active, s);
    this.feed.publish(this.statusNow(now, win, paused, present, s));
  }

  private onNoticeAction(action: ReminderAction, latest: boolean): void {
    if (this.disposed) return;
    if (action !== 'dismissed') {
      this.act(action);
      return;
    }
    if (latest && this.cycle.due) {
      this.clock.read();
      this.cycle.dismissed();
      this.step();
    }
  }

  /** Back from sleep or a locked screen that lasted `awayMs`. */
  private cameBack(awayMs: number): void {
    const reset = this.deps.settings.get().schedule.idleResetMinutes * MINUTE;
    if (isNaturalBreak(awayMs, reset)) {
      // A natural break: the next interval starts once reminders can run again.
      this.cycle.clear(true);
      this.cycle.startAfresh();
    }
    // Otherwise the interval kept running; if a reminder fell due meanwhile, the next step
    // offers it once — never a burst.
  }

  private pauseUntil(until: number): void {
    this.pauses.set(until);
    this.cycle.stop();
    this.step();
  }

  private onSettings(next: Settings): void {
    if (this.pauses.writing || this.disposed) return;
    // Paused or resumed from elsewhere (the settings window, or the file restored by hand).
    if (this.pauses.adopt(next.remindersPausedUntil, this.clock.read())) this.cycle.stop();
    if (!next.schedule.enabled) this.cycle.stop();
    this.step();
  }

  // ----- Timer ----------------------------------------------------------------------------

  private arm(now: number, win: TimeWindow | null, paused: boolean, active: boolean, s: Settings['schedule']): void {
    const at = nextDeadline({
      now,
      paused,
      pausedUntil: this.pauses.until,
      practiceEndsAt: this.practice.limitAt,
      window: win,
      nextWindowStart: () => this.hours.nextStart(now),
      active,
      ...this.cycle.deadlineFacts(s),
      believedAway: !this.presence.present,
    });
    this.timer.set(Math.max(0, at - now), () => {
      if (!this.backUnannounced()) this.step();
    });
  }

  /**
   * The timer fired while the person was believed asleep or locked away: if input was seen since,
   * they are back, and the missing resume or unlock is taken as given. True when it stepped.
   */
  private backUnannounced(): boolean {
    if (this.presence.present) return false;
    // Through clock.read(): a jump of the wall clock while away must move the lock's start first,
    // or the jump itself would look like input seen after the lock.
    const now = this.clock.read();
    const missing = this.presence.missingEvent(now, this.cycle.readIdle(now));
    if (missing === null) return false;
    this.deps.log?.(`back without a ${missing} event: carrying on`);
    if (this.presence.asleep) this.wake();
    if (this.presence.locked) this.unlock();
    return true;
  }

  // ----- Status -----------------------------------------------------------------------------

  private statusNow(
    now: number,
    win: TimeWindow | null,
    paused: boolean,
    present: boolean,
    s: Settings['schedule'],
  ): ReminderStatus {
    return statusNow({
      now,
      practising: this.practice.active,
      paused,
      pausedUntil: this.pauses.until,
      window: win,
      present,
      ...this.cycle.statusFacts(s),
      intervalMs: s.intervalMinutes * MINUTE,
      windows: (t) => this.hours.windows(t),
    });
  }
}
