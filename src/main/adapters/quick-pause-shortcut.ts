// The global shortcut for a quick pause: registered with Electron's globalShortcut, refused
// with a plain message when the system holds the combination, and routed through the desktop's
// GlobalShortcuts portal on Wayland. Status texts are for Settings.
import type { App, GlobalShortcut } from 'electron';
import { isAccelerator, shortcutLabel } from '../../shared/accelerator';
import type { ShortcutStatus } from '../../shared/contract';

/**
 * On native Wayland there are no global key grabs; Electron 35+ registers shortcuts through the
 * xdg-desktop-portal GlobalShortcuts interface when Chromium's GlobalShortcutsPortal feature is
 * on (electron/electron#45171; Electron docs, api/global-shortcut, which appends exactly this
 * switch before ready). Chromium honours only one --enable-features, so an existing list is kept.
 * Call before app ready.
 */
export function enableShortcutsPortal(app: Pick<App, 'commandLine'>, wayland: boolean): void {
  if (!wayland) return;
  const current = app.commandLine.getSwitchValue('enable-features');
  const features = current ? current.split(',') : [];
  if (!features.includes('GlobalShortcutsPortal')) features.push('GlobalShortcutsPortal');
  app.commandLine.appendSwitch('enable-features', features.join(','));
}

/** What Settings says beside the shortcut on Wayland, before anything goes wrong. */
export const WAYLAND_NOTE =
  'On Wayland your desktop handles global shortcuts through its Global Shortcuts portal, and may ask you to confirm.';

export class QuickPauseShortcut {
  private active: string | null = null;
  private current: ShortcutStatus;

  constructor(
    private readonly shortcuts: Pick<GlobalShortcut, 'register' | 'unregister'>,
    private readonly onPress: () => void,
    private readonly platform: NodeJS.Platform,
    private readonly wayland: boolean,
  ) {
    this.current = this.settled(null);
  }

  /** The status for a shortcut in use (or none), with the Wayland note where it applies. */
  private settled(accelerator: string | null): ShortcutStatus {
    return { accelerator, state: accelerator ? 'active' : 'off', message: this.wayland ? WAYLAND_NOTE : null };
  }

  status(): ShortcutStatus {
    return this.current;
  }

  /**
   * Makes `accelerator` the shortcut (null: none). When the system refuses it, the shortcut in
   * use before stays in use and the status says why.
   */
  apply(accelerator: string | null): ShortcutStatus {
    if (accelerator === null) {
      this.release();
      this.current = this.settled(null);
      return this.current;
    }
    if (!isAccelerator(accelerator)) {
      return this.refuse(
        accelerator,
        `“${accelerator}” is not a shortcut Attune can use. Try a letter with Ctrl or Alt.`,
      );
    }
    if (accelerator === this.active) return this.current;
    const previous = this.active;
    this.release();
    if (this.shortcuts.register(accelerator, this.onPress)) {
      this.active = accelerator;
      this.current = this.settled(accelerator);
      return this.current;
    }
    if (previous && this.shortcuts.register(previous, this.onPress)) this.active = previous;
    return this.refuse(accelerator, this.refusalText(accelerator));
  }

  dispose(): void {
    this.release();
  }

  private refuse(accelerator: string, message: string): ShortcutStatus {
    const state = this.wayland ? 'unavailable' : 'refused';
    // What Settings shows: the refused combination, and the one still working (if any).
    this.current = { accelerator: this.active, state, message, refused: accelerator };
    return this.current;
  }

  private refusalText(accelerator: string): string {
    const label = shortcutLabel(accelerator, this.platform === 'darwin');
    if (this.wayland)
      return (
        `Your desktop did not accept ${label}. On Wayland, shortcuts go through the desktop’s Global Shortcuts ` +
        'portal (GNOME 48 and later, KDE Plasma); where there is none, you can add a shortcut in your ' +
        'desktop’s keyboard settings that runs: attune --break breathe'
      );
    return `${label} is already taken by another program. Choose a different combination.`;
  }

  private release(): void {
    if (this.active) this.shortcuts.unregister(this.active);
    this.active = null;
  }
}

/** The two IPC handlers Settings uses: set (saved only when the system accepts it) and status. */
export function shortcutHandlers(
  shortcut: QuickPauseShortcut,
  save: (accelerator: string | null) => void,
): { set: (p: { accelerator: string | null }) => ShortcutStatus; status: () => ShortcutStatus } {
  return {
    set: ({ accelerator }) => {
      const status = shortcut.apply(accelerator);
      if (status.state === 'active' || status.state === 'off') save(accelerator);
      return status;
    },
    status: () => shortcut.status(),
  };
}
