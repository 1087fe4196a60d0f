// A virtual world for the real scheduler: a true clock that only moves when told, a wall clock
// that can jump, a monotonic clock that stands still while the machine sleeps, timers that
// fire in order (never while asleep), a simulated person's idle time, an in-memory settings
// store and a notifier that records what it would show. The replay harness, the unit tests,
// the property tests and the benchmark all drive the scheduler through this one world.

import { englishWords } from '../../src/main/core/english-words';
import type { Notifier, ReminderAction, ReminderNotice } from '../../src/main/core/notifier';
import { Scheduler } from '../../src/main/core/scheduler';
import { SettingsService } from '../../src/main/core/settings-service';
import { statusLine } from '../../src/main/core/status-text';
import type { PauseChoice, ReminderStatus } from '../../src/shared/app-state';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import { SimBusyDesktop, type SimBusyReason } from './busy-desktop';

export interface ShownNotice {
  /** True time. */
  at: number;
  /** The wall clock the app read, and the zone it was in, when it showed the notice. */
  wall: number;
  timezone: string;
  notice: ReminderNotice;
  respond: (action: ReminderAction) => void;
}

export interface StateChange {
  at: number;
  status: ReminderStatus;
  line: string;
}

export interface WorldOptions {
  timezone: string;
  start: number;
  settings?: Settings;
  /** Seconds of system idle time while the person is present and not typing. */
  presentIdleSeconds?: number;
  /** A real notifier to show reminders through as well (the notification tests use notify-send). */
  notifier?: Notifier;
  /** How long the desktop takes to answer a busy reading (0: at once, as a cached answer would). */
  busyAnswerMs?: number;
  /**
   * What the idle source reports, given the person's true idle seconds and the true time: e.g.
   * always 0 (a stuck source) or null (can't tell). Default: the truth.
   */
  idleReport?: (trueIdleSeconds: number, now: number) => number | null;
}

export type { SimBusyReason };

interface Timer {
  id: number;
  /** Monotonic ms at which it fires. */
  due: number;
  fire: () => void;
}

export class World {
  /** True time, epoch ms: what events and output are stamped with. */
  now: number;
  timezone: string;
  wallOffset = 0;
  readonly settings: SettingsService;
  /** What the settings file would hold (saved on every accepted change). */
  saved: Settings;
  scheduler: Scheduler;

  wakeups = 0;
  idleChecks = 0;
  /** The person's busy periods and the desktop's answers (busy-desktop.ts). */
  readonly busyDesktop: SimBusyDesktop;
  /** When each idle reading was taken (true time); kept only when `recordDetails` is on. */
  readonly idleCheckTimes: number[] = [];
  readonly notices: ShownNotice[] = [];
  /** How often the scheduler took a notice down. */
  noticesClosed = 0;
  readonly states: StateChange[] = [];
  readonly practiceStarts: number[] = [];
  /** Most timers ever armed at once, and every moment the count was checked. */
  maxArmed = 0;
  readonly armedLog: { at: number; armed: number; enabled: boolean }[] = [];
  recordDetails = false;
  onNotice?: (n: ShownNotice) => void;
  onState?: (s: StateChange) => void;

  private timers = new Map<number, Timer>();
  /** Things the simulated person does at a given true time (e.g. answer a notice). */
  private tasks: { at: number; seq: number; run: () => void }[] = [];
  private taskSeq = 0;
  private nextTimerId = 1;
  private sleptMs = 0;
  private asleepAt: number | null = null;
  private lockedAt: number | null = null;
  private periods: { from: number; to: number; kind: 'idle' | 'typing' }[] = [];
  private readonly presentIdle: number;
  private readonly realNotifier: Notifier | null;
  private readonly idleReport: (trueIdleSeconds: number, now: number) => number | null;

  constructor(opts: WorldOptions) {
    this.now = opts.start;
    this.timezone = opts.timezone;
    this.presentIdle = opts.presentIdleSeconds ?? 10;
    this.realNotifier = opts.notifier ?? null;
    this.busyDesktop = new SimBusyDesktop(
      {
        now: () => this.now,
        later: (at, task) => this.later(at, task),
        recordDetails: () => this.recordDetails,
        answered: () => this.checkArmed(),
      },
      opts.busyAnswerMs ?? 0,
    );
    this.idleReport = opts.idleReport ?? ((seconds) => seconds);
    this.saved = structuredClone(opts.settings ?? defaultSettings());
    this.settings = new SettingsService(structuredClone(this.saved), (s) => {
      this.saved = structuredClone(s);
    });
    this.scheduler = this.boot();
  }

  get asleep(): boolean {
    return this.asleepAt !== null;
  }

  /** The monotonic clock: true time minus time spent asleep. */
  mono(): number {
    return this.now - this.sleptMs - (this.asleepAt === null ? 0 : this.now - this.asleepAt);
  }

  wall(): number {
    return this.now + this.wallOffset;
  }

  armed(): number {
    return this.timers.size;
  }

  /** Runs `task` at true time `at` (not before now), in order with timers. */
  later(at: number, task: () => void): void {
    this.tasks.push({ at: Math.max(at, this.now), seq: this.taskSeq++, run: task });
  }

  /**
   * Moves true time to `t`, firing every timer that falls due on the way (none while asleep)
   * and running tasks in order with them (a task first when both fall at the same moment).
   */
  advanceTo(t: number): void {
    if (t < this.now) throw new Error('time only moves forward');
    for (;;) {
      let next: Timer | null = null;
      if (this.asleepAt === null) {
        for (const timer of this.timers.values()) {
          if (!next || timer.due < next.due || (timer.due === next.due && timer.id < next.id)) next = timer;
        }
      }
      const fireAt = next ? this.now + Math.max(0, next.due - this.mono()) : Number.POSITIVE_INFINITY;
      let task: (typeof this.tasks)[number] | null = null;
      for (const k of this.tasks) if (!task || k.at < task.at || (k.at === task.at && k.seq < task.seq)) task = k;
      if (task && task.at <= t && task.at <= fireAt) {
        this.now = task.at;
        this.tasks.splice(this.tasks.indexOf(task), 1);
        task.run();
        continue;
      }
      if (!next || fireAt > t) break;
      this.now = fireAt;
      this.timers.delete(next.id);
      this.wakeups++;
      next.fire();
      this.checkArmed();
    }
    this.now = t;
  }

  advance(minutes: number): void {
    this.advanceTo(this.now + minutes * 60_000);
  }

  // The person and the machine -----------------------------------------------------------

  suspend(): void {
    this.asleepAt = this.now;
    this.scheduler.suspend();
    this.checkArmed();
  }

  /** The machine wakes; `unreported`: the app is not told (Electron sometimes sends no `resume`). */
  resume(unreported = false): void {
    if (this.asleepAt !== null) {
      this.sleptMs += this.now - this.asleepAt;
      this.asleepAt = null;
    }
    if (!unreported) this.scheduler.wake();
    this.checkArmed();
  }

  lock(): void {
    this.lockedAt = this.now;
    this.scheduler.lock();
    this.checkArmed();
  }

  /** The screen unlocks; `unreported`: the app is not told (no `unlock-screen` event). */
  unlock(unreported = false): void {
    this.lockedAt = null;
    if (!unreported) this.scheduler.unlock();
    this.checkArmed();
  }

  /** The person steps away (no input) for `minutes`, starting now. */
  idle(minutes: number): void {
    this.periods.push({ from: this.now, to: this.now + minutes * 60_000, kind: 'idle' });
  }

  /** The person types steadily for `minutes`, starting now. */
  typing(minutes: number): void {
    this.periods.push({ from: this.now, to: this.now + minutes * 60_000, kind: 'typing' });
  }

  /** The person is busy for `minutes` from now: Do Not Disturb, full screen, camera or microphone. */
  busy(minutes: number, reason: SimBusyReason): void {
    this.busyDesktop.add(this.now, minutes, reason);
  }

  /** Whether the person is busy for `reason` at true time `at` (the desktop's answer). */
  isBusy(reason: SimBusyReason, at = this.now): boolean {
    return this.busyDesktop.isBusy(reason, at);
  }

  /** Busy readings the scheduler asked for so far, and when (kept with `recordDetails`). */
  get busyReads(): number {
    return this.busyDesktop.reads;
  }

  get busyReadTimes(): readonly number[] {
    return this.busyDesktop.readTimes;
  }

  /** The wall clock jumps; true time does not. */
  clockJump(minutes: number): void {
    this.wallOffset += minutes * 60_000;
  }

  setTimeZone(timezone: string): void {
    this.timezone = timezone;
  }

  act(action: 'start' | 'snooze' | 'skip'): void {
    this.scheduler.act(action);
    this.checkArmed();
  }

  practiceEnd(): void {
    this.scheduler.practiceFinished();
    this.checkArmed();
  }

  pauseFor(minutes: number): void {
    this.scheduler.pauseFor(minutes);
    this.checkArmed();
  }

  pause(choice: PauseChoice): void {
    this.scheduler.pause(choice);
    this.checkArmed();
  }

  resumeReminders(): void {
    this.scheduler.resume();
    this.checkArmed();
  }

  updateSettings(patch: unknown): void {
    this.settings.update(patch);
    this.checkArmed();
  }

  /** Quits and starts the app again: the scheduler is rebuilt from what was saved. */
  restart(): void {
    this.scheduler.dispose();
    if (this.timers.size !== 0) throw new Error('a disposed scheduler left a timer armed');
    // Everything in memory is gone; only the saved settings remain.
    const restored = new SettingsService(structuredClone(this.saved), (s) => {
      this.saved = structuredClone(s);
    });
    (this as { settings: SettingsService }).settings = restored;
    this.scheduler = this.boot();
    this.checkArmed();
  }

  /** System idle time as the OS would report it now, in seconds. */
  idleSeconds(): number {
    const awayFrom = this.lockedAt ?? this.asleepAt;
    if (awayFrom !== null) return (this.now - awayFrom) / 1000;
    for (const p of this.periods) {
      if (p.from <= this.now && this.now < p.to) return p.kind === 'typing' ? 0 : (this.now - p.from) / 1000;
    }
    return this.presentIdle;
  }

  private boot(): Scheduler {
    const world = this;
    let armedHandle = 0;
    const notifier: Notifier = {
      show(notice, respond) {
        const shown = { at: world.now, wall: world.wall(), timezone: world.timezone, notice, respond };
        world.notices.push(shown);
        world.onNotice?.(shown);
        world.realNotifier?.show(notice, respond);
      },
      close() {
        world.noticesClosed++;
        world.realNotifier?.close();
      },
    };
    const scheduler = new Scheduler({
      clock: { wall: () => world.wall(), mono: () => world.mono(), timeZone: () => world.timezone },
      timer: {
        set(delayMs, fire) {
          armedHandle = world.nextTimerId++;
          world.timers.set(armedHandle, { id: armedHandle, due: world.mono() + delayMs, fire });
          world.maxArmed = Math.max(world.maxArmed, world.timers.size);
          return armedHandle;
        },
        clear(handle) {
          world.timers.delete(handle as number);
        },
      },
      idle: {
        idleSeconds() {
          world.idleChecks++;
          if (world.recordDetails) world.idleCheckTimes.push(world.now);
          return world.idleReport(world.idleSeconds(), world.now);
        },
      },
      settings: this.settings,
      notifier,
      busy: this.busyDesktop.source(),
      startPractice: () => world.practiceStarts.push(world.now),
    });
    scheduler.subscribe((status) => this.recordState(status));
    this.recordState(scheduler.status());
    return scheduler;
  }

  private recordState(status: ReminderStatus): void {
    // The tray's words, in a fixed locale so a scenario's output is the same on every machine.
    const line = statusLine(englishWords(), status, { timeZone: this.timezone, regional: 'en-GB', now: this.now });
    const last = this.states[this.states.length - 1];
    if (last && last.line === line) return;
    const change = { at: this.now, status, line };
    this.states.push(change);
    this.onState?.(change);
  }

  private checkArmed(): void {
    if (!this.recordDetails) return;
    this.armedLog.push({ at: this.now, armed: this.timers.size, enabled: this.settings.get().schedule.enabled });
  }
}
