// Busy: the person is in a call, presenting, watching something full screen or has asked their
// desktop for quiet. Desktop adapters (src/main/adapters/desktop/busy-*.ts) each answer one
// signal with true, false or null ("this desktop can't tell"); this pure module combines the
// answers with the person's settings. Only whether something is in use is ever known here —
// never which app, never a window title — and nothing about busy time is stored.
import type { BusyReason } from '../../shared/app-state';
import type { Settings } from '../../shared/settings';

export type { BusyReason };

export type WaitWhileBusy = Settings['schedule']['waitWhileBusy'];

/** One answer per signal: true (busy), false (not), null (this desktop can't tell). */
export interface BusyReading {
  doNotDisturb: boolean | null;
  fullScreen: boolean | null;
  camera: boolean | null;
  microphone: boolean | null;
}
export type BusySignal = keyof BusyReading;
export const BUSY_SIGNALS: readonly BusySignal[] = ['doNotDisturb', 'fullScreen', 'camera', 'microphone'];

/** Reads the signals asked for, once; answers through `done` (at once or later, exactly once). */
export interface BusySource {
  read(signals: readonly BusySignal[], done: (reading: Partial<BusyReading>) => void): void;
}

/** The signals the person's settings ask Attune to read (none read when all are off). */
export function wantedSignals(wait: WaitWhileBusy): BusySignal[] {
  const out: BusySignal[] = [];
  if (wait.doNotDisturb) out.push('doNotDisturb');
  if (wait.fullScreen) out.push('fullScreen');
  if (wait.cameraOrMicrophone) out.push('camera', 'microphone');
  return out;
}

/**
 * The one combining rule: busy when a signal the person left on answers true. "Can't tell"
 * (null or missing) never holds a reminder back. Returns the reason, or null when not busy.
 */
export function busyReason(reading: Partial<BusyReading>, wait: WaitWhileBusy): BusyReason | null {
  if (wait.cameraOrMicrophone && (reading.camera === true || reading.microphone === true)) return 'call';
  if (wait.fullScreen && reading.fullScreen === true) return 'fullscreen';
  if (wait.doNotDisturb && reading.doNotDisturb === true) return 'dnd';
  return null;
}
