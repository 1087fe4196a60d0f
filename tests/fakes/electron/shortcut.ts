// Fake globalShortcut.
import type * as Electron from 'electron';
import { app } from './app';
import { isWayland, platformState } from './platform';
import { notReady } from './shared';

type GlobalShortcutApi = Pick<Electron.GlobalShortcut, 'register' | 'unregister' | 'unregisterAll' | 'isRegistered'>;

export class FakeGlobalShortcut implements GlobalShortcutApi {
  /** Combinations another program holds: register() returns false for them. */
  takenElsewhere = new Set<string>();
  /** Our registrations: accelerator → callback. */
  registered = new Map<string, () => void>();
  /** Every register() call and its answer, in order. */
  attempts: { accelerator: string; ok: boolean }[] = [];

  register(accelerator: string, callback: () => void): boolean {
    // "This module cannot be used before the ready event of the app module is emitted."
    if (!app.isReady()) throw notReady('globalShortcut.register');
    const ok = this.canRegister(accelerator);
    this.attempts.push({ accelerator, ok });
    if (ok) this.registered.set(accelerator, callback);
    return ok;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
  unregisterAll(): void {
    this.registered.clear();
  }
  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  }

  /** Fake only: the person presses `accelerator` anywhere on the desktop. */
  press(accelerator: string): boolean {
    const callback = this.registered.get(accelerator);
    callback?.();
    return callback !== undefined;
  }

  private canRegister(accelerator: string): boolean {
    // Already held by another program: "this call will silently fail" and returns false
    // (electron.d.ts, GlobalShortcut.register / isRegistered).
    if (this.takenElsewhere.has(accelerator)) return false;
    // Native Wayland has no global key grabs. Electron 35+ routes shortcuts through the
    // xdg-desktop-portal GlobalShortcuts interface only with --enable-features=GlobalShortcutsPortal
    // (electron/electron#45171; Electron docs, global-shortcut), and only where the desktop
    // has that portal (GNOME 48+, KDE Plasma; not e.g. elementary/portals#185).
    if (isWayland()) {
      const features = app.commandLine.getSwitchValue('enable-features').split(',');
      return features.includes('GlobalShortcutsPortal') && platformState.shortcutsPortal;
    }
    return true;
  }

  resetState(): void {
    this.takenElsewhere = new Set();
    this.registered = new Map();
    this.attempts = [];
  }
}

export const globalShortcut = new FakeGlobalShortcut();
