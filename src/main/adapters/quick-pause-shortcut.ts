// The global shortcut for a quick pause: registered with Electron's globalShortcut, refused
// with a plain message when the system holds the combination, and routed through the desktop's
// GlobalShortcuts portal on Wayland. Status texts are for Settings.
import type { App, GlobalShortcut } from 'electron';
import { isAccelerator, shortcutLabel } from '../../shared/accelerator';
import type { ShortcutStatus } from '../../shared/contract';
import type { Translator } from '../../shared/i18n/translator';

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

/** A status whose message is put into words when asked for, in the language in use then. */
type StatusInWords = Omit<ShortcutStatus, 'message'> & { message: ((tr: Translator) => string) | null };

/** What Settings says beside the shortcut on Wayland, before anything goes wrong. */
const waylandNote = (tr: Translator) => tr.t('main.shortcut.waylandNote');

export class QuickPauseShortcut {
  private active: string | null = null;
  private current: StatusInWords;

  constructor(
    private readonly shortcuts: Pick<GlobalShortcut, 'register' | 'unregister'>,
    private readonly onPress: () => void,
    private readonly platform: NodeJS.Platform,
    private readonly wayland: boolean,
    /** The words in use now: a status reads in the language of the moment it is asked for. */
    private readonly words: () => Translator,
  ) {
    this.current = this.settled(null);
  }

  /** The status for a shortcut in use (or none), with the Wayland note where it applies. */
  private settled(accelerator: string | null): StatusInWords {
    return { accelerator, state: accelerator ? 'active' : 'off', message: this.wayland ? waylandNote : null };
  }

  status(): ShortcutStatus {
    const { message, ...rest } = this.current;
    return { ...rest, message: message ? message(this.words()) : null };
  }

  /**
   * Makes `accelerator` the shortcut (null: none). When the system refuses it, the shortcut in
   * use before stays in use and the status says why.
   */
  apply(accelerator: string | null): ShortcutStatus {
    if (accelerator === null) {
      this.release();
      this.current = this.settled(null);
      return this.status();
    }
    if (!isAccelerator(accelerator)) {
      return this.refuse(accelerator, (tr) => tr.t('main.shortcut.notUsable', { shortcut: accelerator }));
    }
    if (accelerator === this.active) return this.status();
    const previous = this.active;
    this.release();
    if (this.shortcuts.register(accelerator, this.onPress)) {
      this.active = accelerator;
      this.current = this.settled(accelerator);
      return this.status();
    }
    if (previous && this.shortcuts.register(previous, this.onPress)) this.active = previous;
    return this.refuse(accelerator, this.refusalText(accelerator));
  }

  dispose(): void {
    this.release();
  }

  private refuse(accelerator: string, message: (tr: Translator) => string): ShortcutStatus {
    const state = this.wayland ? 'unavailable' : 'refused';
    // What Settings shows: the refused combination, and the one still working (if any).
    this.current = { accelerator: this.active, state, message, refused: accelerator };
    return this.status();
  }

  private refusalText(accelerator: string): (tr: Translator) => string {
    const shortcut = shortcutLabel(accelerator, this.platform === 'darwin');
    return (tr) => tr.t(this.wayland ? 'main.shortcut.refusedWayland' : 'main.shortcut.taken', { shortcut });
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
