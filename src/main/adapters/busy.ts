// The busy signals of this desktop, put together: which readers (src/main/adapters/desktop/)
// answer each signal on this platform and session, the BusySource the scheduler asks when a
// reminder is about to be shown, what Settings says this desktop can tell, and the doctor's
// `busy` section. Nothing here keeps an answer: each read is used once and forgotten.

import os from 'node:os';
import type { BusySupport } from '../../shared/app-state';
import type { Translator } from '../../shared/i18n/translator';
import type { BusyReading, BusySignal, BusySource } from '../core/busy';
import { type BusyProbe, type Combined, combine, NOTHING, type RunCommand, runCommand } from './desktop/busy-probe';
import { linuxCamera } from './desktop/camera-linux';
import type { DbusConnection } from './desktop/dbus';
import { dunstPaused } from './desktop/dnd-dunst';
import { freedesktopInhibited } from './desktop/dnd-freedesktop';
import { gnomeShowBanners, isGnome } from './desktop/dnd-gnome';
import { xfceDoNotDisturb } from './desktop/dnd-xfce';
import { gnomeIdleInhibited } from './desktop/fullscreen-gnome';
import { isX11Session, x11FullScreen } from './desktop/fullscreen-x11';
import { macFocus } from './desktop/macos-focus';
import { pulseCapture } from './desktop/microphone-pulse';
import { windowsConsentStore } from './desktop/windows-consent-store';
import { windowsFocusAssist, windowsFullScreen, windowsNotificationState } from './desktop/windows-notification-state';

export type BusyReaders = Record<BusySignal, BusyProbe[]>;

export interface BusyEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** The session bus (Linux); the shared connection from desktop/dbus.ts. */
  sessionBus?: () => Promise<DbusConnection | null>;
  run?: RunCommand;
  home?: string;
  /** os.release(): the Darwin version on macOS. */
  release?: string;
}

/** The readers for each signal on this platform and session (none: this desktop can't tell). */
export function busyReaders(e: BusyEnvironment): BusyReaders {
  const run = e.run ?? runCommand;
  const none = (): BusyReaders => ({ doNotDisturb: [], fullScreen: [], camera: [], microphone: [] });
  if (e.platform === 'linux') {
    const bus = e.sessionBus ?? (async () => null);
    const wayland = !!e.env.WAYLAND_DISPLAY || e.env.XDG_SESSION_TYPE === 'wayland';
    return {
      doNotDisturb: [
        freedesktopInhibited(bus),
        dunstPaused(bus),
        ...(isGnome(e.env) ? [gnomeShowBanners(run, e.env)] : []),
        xfceDoNotDisturb(bus),
      ],
      fullScreen: isX11Session(e.env)
        ? [x11FullScreen(run, e.env)]
        : wayland && isGnome(e.env)
          ? [gnomeIdleInhibited(bus)]
          : [],
      camera: [linuxCamera()],
      microphone: [pulseCapture(run, e.env)],
    };
  }
  if (e.platform === 'win32') {
    const state = windowsNotificationState(run);
    return {
      doNotDisturb: [windowsFocusAssist(state)],
      fullScreen: [windowsFullScreen(state)],
      camera: [windowsConsentStore(run, 'webcam')],
      microphone: [windowsConsentStore(run, 'microphone')],
    };
  }
  if (e.platform === 'darwin') {
    return { ...none(), doNotDisturb: [macFocus(run, e.home ?? os.homedir(), e.release ?? os.release())] };
  }
  return none();
}

export type BusyReport = Record<BusySignal, { source: string; active: boolean | null }>;

/**
 * What can't be told here, in plain words in `tr`'s language: reminders then don't wait for that
 * signal. Camera and microphone together are one thing to the person (a call): named once when
 * neither can be told, not at all when either can.
 */
export function busyProblems(tr: Translator, report: BusyReport): string[] {
  const out: string[] = [];
  const tried = (s: BusySignal) => (report[s].source === NOTHING ? tr.t('main.doctor.nothingSays') : report[s].source);
  for (const signal of ['doNotDisturb', 'fullScreen'] as const) {
    if (report[signal].active === null)
      out.push(tr.t('main.doctor.problem.cantTell', { signal, tried: tried(signal) }));
  }
  if (report.camera.active === null && report.microphone.active === null)
    out.push(
      tr.t('main.doctor.problem.cantTellCalls', {
        tried: [...new Set([tried('camera'), tried('microphone')])].join('; '),
      }),
    );
  return out;
}

export interface BusyDesktop {
  /** For the scheduler: reads only the signals asked for, once. */
  source: BusySource;
  /** For Settings: which settings this desktop can tell (reads every signal once). */
  support(): Promise<BusySupport>;
  /** For the doctor: each signal's source and answer, and what can't be told here. */
  report(tr: Translator): Promise<{ busy: BusyReport; problems: string[] }>;
}

export function createBusyDesktop(readers: BusyReaders): BusyDesktop {
  const readAll = async (signals: readonly BusySignal[]) => {
    const results = await Promise.all(signals.map((s) => combine(readers[s])));
    return Object.fromEntries(signals.map((s, i) => [s, results[i] as Combined])) as Record<BusySignal, Combined>;
  };
  const all: BusySignal[] = ['doNotDisturb', 'fullScreen', 'camera', 'microphone'];
  return {
    source: {
      read(signals, done) {
        readAll(signals).then(
          (r) => {
            const reading: Partial<BusyReading> = {};
            for (const s of signals) reading[s] = r[s].active;
            done(reading);
          },
          () => done({}),
        );
      },
    },
    async support() {
      const r = await readAll(all);
      return {
        doNotDisturb: r.doNotDisturb.active !== null,
        fullScreen: r.fullScreen.active !== null,
        cameraOrMicrophone: r.camera.active !== null || r.microphone.active !== null,
      };
    },
    async report(tr) {
      const r = await readAll(all);
      const busy = Object.fromEntries(all.map((s) => [s, { source: r[s].source, active: r[s].active }])) as BusyReport;
      return { busy, problems: busyProblems(tr, busy) };
    },
  };
}
