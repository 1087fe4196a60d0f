// The simulated person's busy periods (Do Not Disturb, full screen, camera, microphone) and the
// desktop's answers to the scheduler's busy readings, for the virtual world (engine.ts). A
// reading answers at once, or after `answerMs` through the world's task queue.
import type { BusyReading, BusySource } from '../../src/main/core/busy';

/** What makes the simulated person busy, as a scenario names it. */
export type SimBusyReason = 'dnd' | 'fullscreen' | 'camera' | 'microphone';

const SIGNAL: Record<SimBusyReason, keyof BusyReading> = {
  dnd: 'doNotDisturb',
  fullscreen: 'fullScreen',
  camera: 'camera',
  microphone: 'microphone',
};

export interface SimClock {
  now(): number;
  later(at: number, task: () => void): void;
  recordDetails(): boolean;
  /** After an answer that came later (the world checks its timer then). */
  answered(): void;
}

export class SimBusyDesktop {
  /** Busy readings the scheduler asked for, and when (true time; kept with `recordDetails`). */
  reads = 0;
  readonly readTimes: number[] = [];
  private readonly periods: { from: number; to: number; reason: SimBusyReason }[] = [];

  constructor(
    private readonly clock: SimClock,
    private readonly answerMs = 0,
  ) {}

  add(from: number, minutes: number, reason: SimBusyReason): void {
    this.periods.push({ from, to: from + minutes * 60_000, reason });
  }

  isBusy(reason: SimBusyReason, at: number): boolean {
    return this.periods.some((p) => p.reason === reason && p.from <= at && at < p.to);
  }

  source(): BusySource {
    return {
      read: (signals, done) => {
        this.reads++;
        if (this.clock.recordDetails()) this.readTimes.push(this.clock.now());
        const answer = () => {
          const reading: Partial<BusyReading> = {};
          for (const [reason, signal] of Object.entries(SIGNAL) as [SimBusyReason, keyof BusyReading][]) {
            if (signals.includes(signal)) reading[signal] = this.isBusy(reason, this.clock.now());
          }
          done(reading);
        };
        if (this.answerMs <= 0) answer();
        else
          this.clock.later(this.clock.now() + this.answerMs, () => {
            answer();
            this.clock.answered();
          });
      },
    };
  }
}
