// One window per purpose (practice, reading, settings), created on demand and destroyed on close,
// so an idle Attune runs no renderer process. Opening a purpose that is open focuses it.
import type { BrowserWindow, WebContents, WebFrameMain } from 'electron';
import type { EventChannel, Events } from '../../shared/contract';
import englishCommon from '../../shared/i18n/catalogs/en/common.json' with { type: 'json' };
import type { MessageId } from '../../shared/i18n/translator';
import { type Purpose, parseRoute, purposeOf, ROUTE_TITLES } from '../../shared/routes';
import { createSecureWindow, lockDownContents } from './secure-window';
import { bringToFront, revealWhenReady } from './window-reveal';

const SIZES: Record<Purpose, { width: number; height: number; minWidth: number; minHeight: number }> = {
  practice: { width: 560, height: 680, minWidth: 380, minHeight: 480 },
  read: { width: 780, height: 880, minWidth: 420, minHeight: 480 },
  settings: { width: 860, height: 760, minWidth: 480, minHeight: 480 },
};

export interface WindowManagerOptions {
  preloadPath: string;
  /** The page every window loads: app://attune/index.html, or the dev server in development. */
  pageUrl: string;
  /** Origins a trusted frame may have (app://attune, plus the dev server in development). */
  trustedOrigins: readonly string[];
  iconPath?: string;
  backgroundColor: () => string;
  /** A route title in the language in use (the page then keeps its title in step); English by default. */
  translate?: (id: MessageId) => string;
}

const inEnglish = (id: MessageId): string => (englishCommon as Record<string, string>)[id] ?? id;

export class WindowManager {
  private readonly windows = new Map<Purpose, BrowserWindow>();
  /** The route last asked for while a window was still loading its first page. */
  private readonly routeAfterLoad = new Map<BrowserWindow, string>();

  constructor(private readonly options: WindowManagerOptions) {}

  /** Opens (or focuses) the window for `route`'s purpose. Returns null for a route we don't have. */
  open(route: string): BrowserWindow | null {
    const parsed = parseRoute(route);
    if (!parsed) return null;
    const purpose = purposeOf(parsed.name);
    const existing = this.windows.get(purpose);
    if (existing && !existing.isDestroyed()) {
      // A page still loading is never reloaded (rapid tray clicks): the route it should show is
      // kept and sent once the page has loaded (the preload holds it until the page listens).
      if (existing.webContents.isLoading()) this.routeAfterLoad.set(existing, route);
      else this.send(existing.webContents, 'navigate', route);
      bringToFront(existing);
      return existing;
    }
    const size = SIZES[purpose];
    const win = createSecureWindow(
      {
        ...size,
        title: `${(this.options.translate ?? inEnglish)(ROUTE_TITLES[parsed.name])} — Attune`,
        show: false,
        backgroundColor: this.options.backgroundColor(),
        autoHideMenuBar: true,
        ...(this.options.iconPath && { icon: this.options.iconPath }),
      },
      this.options.preloadPath,
    );
    lockDownContents(win.webContents);
    this.windows.set(purpose, win);
    // The first time: shown as soon as it can be on this desktop (see window-reveal.ts).
    revealWhenReady(win, (w) => bringToFront(w));
    win.on('closed', () => {
      if (this.windows.get(purpose) === win) this.windows.delete(purpose);
      this.routeAfterLoad.delete(win);
    });
    win.webContents.on('did-finish-load', () => {
      const wanted = this.routeAfterLoad.get(win);
      this.routeAfterLoad.delete(win);
      if (wanted !== undefined && wanted !== route) this.send(win.webContents, 'navigate', wanted);
    });
    win.loadURL(`${this.options.pageUrl}${route}`).catch((err: unknown) => {
      // Closing the window while it loads aborts the load (ERR_ABORTED): nothing to say then.
      if ((err as { code?: unknown }).code !== 'ERR_ABORTED') console.warn('attune: a window could not load:', err);
    });
    return win;
  }

  get(purpose: Purpose): BrowserWindow | undefined {
    return this.windows.get(purpose);
  }

  openCount(): number {
    return this.windows.size;
  }

  /**
   * Closes every window as its close button would (on quit): each page unloads first, so what it
   * still had to say — a pause in progress, a note typed a moment ago — reaches main before the
   * window goes. destroy() would skip the page's unload handlers and lose that.
   */
  closeAll(): void {
    for (const win of this.windows.values()) if (!win.isDestroyed()) win.close();
  }

  /** Closes the window that owns `contents` (the renderer's "close" button and Esc). */
  closeFor(contents: WebContents): void {
    for (const win of this.windows.values()) if (win.webContents === contents) win.close();
  }

  broadcast<E extends EventChannel>(event: E, data: Events[E]): void {
    for (const win of this.windows.values()) if (!win.isDestroyed()) this.send(win.webContents, event, data);
  }

  /** True only for the top frame of one of our windows, showing one of our pages. */
  isTrustedSender(sender: WebContents, frame: WebFrameMain | null | undefined): boolean {
    if (!frame || frame.parent !== null) return false;
    const ours = [...this.windows.values()].some((w) => !w.isDestroyed() && w.webContents === sender);
    if (!ours) return false;
    let origin: string;
    try {
      const url = new URL(frame.url);
      origin = url.protocol === 'app:' ? `app://${url.host}` : url.origin;
    } catch {
      return false;
    }
    return this.options.trustedOrigins.includes(origin);
  }

  private send<E extends EventChannel>(contents: WebContents, event: E, data: Events[E]): void {
    if (!contents.isDestroyed()) contents.send(event, data);
  }
}
