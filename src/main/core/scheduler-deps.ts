// What the scheduler is given: the clock, its one timer, idle time, settings, notifications and
// busy signals. Adapters implement these (adapters/power.ts, adapters/desktop/); the simulator
// and the tests pass virtual ones. Types only.
import type { Translator } from '../../shared/i18n/translator';
import type { Settings, SettingsPatch } from '../../shared/settings';
import type { BusySource } from './busy';
import type { Notifier } from './notifier';

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
  /** The language reminders speak, read for each one (it switches live); default English. */
  words?: () => Translator;
  /** Do Not Disturb, full screen, camera or microphone (issue 12); none: never busy. */
  busy?: BusySource;
  /** Opens the practice (the notice's "Start", or a click on it). */
  startPractice: () => void;
  log?: (message: string) => void;
}
