// The fake BrowserWindow.
import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';
import { app } from './app';
import { FakeWebContents } from './contents';
import { isMac, isWayland, isWindows } from './platform';
import { nextId, notReady, preventableEvent } from './shared';

type WindowApi = Pick<
  Electron.BrowserWindow,
  | 'id'
  | 'loadURL'
  | 'show'
  | 'showInactive'
  | 'hide'
  | 'focus'
  | 'blur'
  | 'isVisible'
  | 'isFocused'
  | 'isMinimized'
  | 'minimize'
  | 'restore'
  | 'close'
  | 'destroy'
  | 'isDestroyed'
  | 'setTitle'
  | 'getTitle'
  | 'center'
  | 'moveTop'
  | 'setAlwaysOnTop'
  | 'isAlwaysOnTop'
  | 'setMenuBarVisibility'
  | 'removeMenu'
  | 'flashFrame'
  | 'getBounds'
  | 'setBounds'
>;

export class FakeBrowserWindow extends EventEmitter implements WindowApi {
  /** Every window created since the last reset, in order (destroyed ones too). */
  static created: FakeBrowserWindow[] = [];
  /** When true (default), loadURL emits 'did-finish-load' and 'ready-to-show' on the next macrotask. */
  static autoReadyToShow = true;
  /**
   * win32 mode: another program holds the foreground and Attune did not receive the last input
   * (e.g. a toast's click arrives through SnoreToast's process). Windows then refuses
   * SetForegroundWindow and flashes the taskbar button instead (Microsoft: SetForegroundWindow,
   * "Remarks"). Default false.
   */
  static foregroundLocked = false;

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.created.filter((w) => !w.isDestroyed());
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows().find((w) => w.webContents === contents) ?? null;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows().find((w) => w.focused) ?? null;
  }

  readonly id = nextId();
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly webContents: FakeWebContents;
  loadedURLs: string[] = [];
  visible: boolean;
  focused = false;
  focusCount = 0;
  minimized = false;
  alwaysOnTop = false;
  title: string;
  bounds: Electron.Rectangle;
  /** Where loading was when the window was first shown: 'painted' means after 'ready-to-show'. */
  firstShown: 'loading' | 'loaded' | 'painted' | null = null;
  /** The last flashFrame() flag (the taskbar button flashing on Windows, the Dock icon on macOS). */
  flashing = false;
  moveTopCount = 0;
  private destroyed = false;
  private readyToShowSent = false;
  private loadedOnce = false;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    if (!app.isReady()) throw notReady('Cannot create BrowserWindow');
    this.options = options;
    this.visible = options.show !== false;
    this.title = options.title ?? 'Attune';
    this.alwaysOnTop = options.alwaysOnTop ?? false;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.created.push(this);
    this.webContents = new FakeWebContents();
  }

  /**
   * As Electron's webContents.loadURL (lib/browser/api/web-contents.ts): the promise resolves on
   * 'did-finish-load'; when another loadURL starts a new main-frame navigation first, the earlier
   * promise rejects with Error("ERR_ABORTED (-3) loading '<url>'") carrying errno -3, code
   * 'ERR_ABORTED' and url. (Electron also attaches a no-op catch to its own copy of the promise.)
   */
  loadURL(url: string): Promise<void> {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.pendingLoad?.reject(
      Object.assign(new Error(`ERR_ABORTED (-3) loading '${this.pendingLoad.url}'`), {
        errno: -3,
        code: 'ERR_ABORTED',
        url: this.pendingLoad.url,
      }),
    );
    this.loadedURLs.push(url);
    this.webContents.navigateTo(url);
    this.webContents.loading = true;
    const promise = new Promise<void>((resolve, reject) => {
      this.pendingLoad = { url, resolve, reject };
    });
    if (FakeBrowserWindow.autoReadyToShow) setImmediate(() => this.finishLoad());
    return promise;
  }
  private pendingLoad: { url: string; resolve: () => void; reject: (err: Error) => void } | null = null;
  /**
   * Fake only: the page finished loading: 'did-finish-load', then 'ready-to-show' the first time.
   * Happens by itself a macrotask after loadURL unless autoReadyToShow is off.
   */
  finishLoad(): void {
    if (this.destroyed || !this.webContents.loading) return;
    this.webContents.loading = false;
    this.loadedOnce = true;
    this.pendingLoad?.resolve();
    this.pendingLoad = null;
    this.webContents.emit('did-finish-load');
    // linux-wayland: a window created with show: false gets no first frame from the compositor
    // until it is shown (its wl_surface has no role yet), so 'ready-to-show' does not come
    // (electron/electron#48859, open since Electron 38; diagnosed in pingdotgg/t3code#2217:
    // after win.show() 'ready-to-show' then fired).
    if (isWayland() && !this.visible) return;
    this.sendReadyToShow();
  }
  private sendReadyToShow(): void {
    if (this.readyToShowSent || this.destroyed) return;
    this.readyToShowSent = true;
    this.emit('ready-to-show');
  }
  private noteShown(): void {
    if (this.firstShown) return;
    this.firstShown = this.readyToShowSent ? 'painted' : this.loadedOnce ? 'loaded' : 'loading';
    // linux-wayland: once shown, the compositor drives frames and 'ready-to-show' follows.
    if (isWayland() && this.loadedOnce) setImmediate(() => this.sendReadyToShow());
  }
  show(): void {
    this.visible = true;
    this.noteShown();
    this.emit('show');
  }
  showInactive(): void {
    this.visible = true;
    this.noteShown();
  }
  hide(): void {
    this.visible = false;
    this.emit('hide');
  }
  focus(): void {
    // win32: a background process cannot take the foreground; Windows flashes the taskbar
    // button instead (Microsoft docs, SetForegroundWindow). macOS 14+: NativeWindowMac::Focus
    // asks for activation cooperatively (activateIgnoringOtherApps:NO), which the system may
    // decline while another app is active; app.focus({ steal: true }) activates (electron.d.ts,
    // FocusOptions.steal: "even if another app is currently active").
    if ((isWindows() && FakeBrowserWindow.foregroundLocked) || (isMac() && !app.isActive())) {
      if (isWindows()) this.flashing = true;
      return;
    }
    for (const w of FakeBrowserWindow.getAllWindows()) if (w !== this) w.focused = false;
    this.focused = true;
    this.focusCount++;
    this.webContents.focus();
    this.emit('focus');
  }
  blur(): void {
    this.focused = false;
    this.emit('blur');
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  close(): void {
    if (this.destroyed) return;
    const event = preventableEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.focused = false;
    this.webContents.destroyContents();
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  center(): void {}
  moveTop(): void {
    this.moveTopCount++;
  }
  setAlwaysOnTop(flag: boolean): void {
    this.alwaysOnTop = flag;
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }
  setMenuBarVisibility(): void {}
  removeMenu(): void {}
  flashFrame(flag: boolean): void {
    this.flashing = flag;
  }
  getBounds(): Electron.Rectangle {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Electron.Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
}
