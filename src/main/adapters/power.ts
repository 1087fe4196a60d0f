// The scheduler's view of the machine: Electron's powerMonitor (sleep, wake, screen lock,
// system idle time), the wall clock, a monotonic clock to tell clock jumps from elapsed time,
// the current time zone, and Node's one-shot timer. No logic here.
import { readlinkSync } from 'node:fs';
import { fallbackTimeZone, isValidTimeZone } from '../core/local-time';
import type { IdleSource, SchedulerClock, SchedulerTimer } from '../core/scheduler';

/** The part of Electron's powerMonitor used here (the test fake has the same shape). */
export interface PowerMonitorLike {
  on(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
  getSystemIdleTime(): number;
}

export interface PowerListener {
  suspend(): void;
  wake(): void;
  lock(): void;
  unlock(): void;
}

/** Forwards sleep, wake and screen lock to `listener`; returns a function that stops. */
export function watchPower(monitor: PowerMonitorLike, listener: PowerListener): () => void {
  const handlers: [string, () => void][] = [
    ['suspend', () => listener.suspend()],
    ['resume', () => listener.wake()],
    ['lock-screen', () => listener.lock()],
    ['unlock-screen', () => listener.unlock()],
  ];
  for (const [event, fn] of handlers) monitor.on(event, fn);
  return () => {
    for (const [event, fn] of handlers) monitor.removeListener(event, fn);
  };
}

export function systemIdle(monitor: PowerMonitorLike): IdleSource {
  return { idleSeconds: () => monitor.getSystemIdleTime() };
}

export interface ResolvedTimeZone {
  /** A zone Intl accepts, always. */
  zone: string;
  /** The zone the runtime reported when Intl rejects it (then `zone` is a fallback); else null. */
  unusable: string | null;
}

/**
 * The zone the person's clock is set to now. V8 may keep the zone it started with, so on
 * Linux and macOS the /etc/localtime link is read (one cheap system call per wake-up). When
 * nothing gives a zone Intl accepts, the current UTC offset (or UTC) stands in.
 */
export function resolveTimeZone(
  readLink: (p: string) => string = readlinkSync,
  runtimeZone: () => string = () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  offsetMinutes: () => number = () => new Date().getTimezoneOffset(),
): ResolvedTimeZone {
  const fromEnv = process.env.TZ?.replace(/^:/, '');
  if (fromEnv && isValidTimeZone(fromEnv)) return { zone: fromEnv, unusable: null };
  if (process.platform !== 'win32') {
    try {
      const target = readLink('/etc/localtime');
      const zone = /zoneinfo\/(.+)$/.exec(target)?.[1];
      if (zone && isValidTimeZone(zone)) return { zone, unusable: null };
    } catch {
      // not a link (or not there): fall back to what the runtime says
    }
  }
  const runtime = runtimeZone();
  if (isValidTimeZone(runtime)) return { zone: runtime, unusable: null };
  return { zone: fallbackTimeZone(offsetMinutes()), unusable: String(runtime) };
}

export function currentTimeZone(readLink: (p: string) => string = readlinkSync): string {
  return resolveTimeZone(readLink).zone;
}

export const systemClock: SchedulerClock = {
  wall: () => Date.now(),
  // Monotonic: does not follow changes to the wall clock (and stands still while asleep).
  mono: () => performance.now(),
  timeZone: () => currentTimeZone(),
};

export const nodeTimer: SchedulerTimer = {
  // unref: the tray keeps the app alive, never a pending reminder (matters for tests and quit).
  set: (delayMs, fire) => setTimeout(fire, delayMs).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
