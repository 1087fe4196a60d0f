// The app process's side of the harness: answers the test process's requests — page requests
// through main's own app:// handler (after the session's webRequest guard), IPC from pages through
// the preload, tray clicks, second launches, the clock — and exits when the app quits.
import {
  app,
  FakeBrowserWindow,
  type FakeTray,
  type FakeWebFrame,
  nativeTheme,
  powerMonitor,
  preventableEvent,
  protocol,
  session,
  Tray,
} from '../../fakes/electron';
import type { FakeMenu } from '../../fakes/electron/menu';
import { ChromiumWindow } from './chromium-window';
import { listen, send } from './link';
import type { NetReply, TestRequest, TrayItem, TraySnapshot } from './messages';
import { PreloadInstance } from './preload-host';

/** The part of @sinonjs/fake-timers' clock the harness drives. */
export interface DrivableClock {
  tickAsync(ms: number): Promise<number>;
  now: number;
}

export interface AppHostOptions {
  /**
   * The per-user application data folder. Electron's app.getPath('appData') is "$XDG_CONFIG_HOME
   * or ~/.config on Linux" (Electron docs, api/app.md, app.getPath); userData is appData + the
   * app's name, and main itself moves it to `<appData>/Attune Dev` when not packaged
   * (src/main/adapters/dev-identity.ts), so the harness sets appData, never userData.
   */
  appData: string;
  appPath: string;
  /** False for a second launch: the lock is held by the running app. */
  lockAvailable: boolean;
  clock: DrivableClock | null;
  /** The desktop prefers dark colours (nativeTheme; the pages get prefers-color-scheme: dark). */
  dark: boolean;
}

/** Playwright's resource types → Electron's webRequest resourceType names. */
const RESOURCE_TYPES: Record<string, string> = {
  document: 'mainFrame',
  stylesheet: 'stylesheet',
  script: 'script',
  image: 'image',
  font: 'font',
  fetch: 'xhr',
  xhr: 'xhr',
  media: 'media',
  websocket: 'webSocket',
};

export function startAppHost(options: AppHostOptions): void {
  app.setPath('appData', options.appData);
  app.appPath = options.appPath;
  app.lockAvailable = options.lockAvailable;
  nativeTheme.shouldUseDarkColors = options.dark;
  // Windows show on 'ready-to-show' once the real page has loaded (ChromiumWindow), not by timer.
  FakeBrowserWindow.autoReadyToShow = false;

  // app.exit: "Exits immediately with exitCode … the before-quit and will-quit events will not be
  // emitted" (electron.d.ts, App.exit). 'quit': "Emitted when the application is quitting";
  // the process ends after it.
  const fakeExit = app.exit.bind(app);
  app.exit = (code = 0) => {
    fakeExit(code);
    exit(code);
  };
  app.on('quit', () => setImmediate(() => exit(0)));
  app.quit = quitLikeElectron;

  listen((request) => handle(request, options));
  // Started: once 'ready' has been handled (main's start() runs in its whenReady callback).
  void app.whenReady().then(() => setImmediate(() => send({ type: 'started' })));
}

let exiting = false;
function exit(code: number): void {
  if (exiting) return;
  exiting = true;
  send({ type: 'exiting', code, lockRequests: app.lockRequests }, () => process.exit(code));
}

/**
 * app.quit(): "Try to close all windows. The before-quit event will be emitted first. If all
 * windows are successfully closed, the will-quit event will be emitted and by default the
 * application will terminate. This method guarantees that all beforeunload and unload event
 * handlers are correctly executed. It is possible that a window cancels the quitting"
 * (electron.d.ts, App.quit). The plain fake emits the three events at once; with windows that
 * are real pages, closing them takes a moment, so here quitting waits for them.
 */
function quitLikeElectron(): void {
  app.quitCalls++;
  const before = preventableEvent();
  app.emit('before-quit', before);
  if (before.defaultPrevented) return;
  const open = FakeBrowserWindow.getAllWindows();
  const closed = open.map(
    (w) => new Promise<void>((resolve) => (w.isDestroyed() ? resolve() : w.once('closed', () => resolve()))),
  );
  for (const w of open) w.close();
  void Promise.race([Promise.all(closed), new Promise((r) => setTimeout(r, 10_000))]).then(() => {
    // A window that stayed open cancelled the quit.
    if (FakeBrowserWindow.getAllWindows().length > 0) return;
    const willQuit = preventableEvent();
    app.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    app.emit('quit', preventableEvent(), 0);
  });
}

function windowById(id: number): ChromiumWindow {
  const win = FakeBrowserWindow.getAllWindows().find((w) => w.id === id);
  if (!(win instanceof ChromiumWindow)) throw new Error(`window ${id} is gone`);
  return win;
}

function handle(request: TestRequest, options: AppHostOptions): unknown {
  switch (request.type) {
    case 'net':
      return serve(request);
    case 'ipc': {
      // A destroyed window's renderer is gone: nothing it sent reaches main.
      const win = windowById(request.id);
      const preload = win.preload;
      if (!preload) throw new Error(`window ${request.id} has no preload`);
      const frame: FakeWebFrame = request.mainFrame
        ? win.webContents.mainFrame
        : PreloadInstance.subframe(win.webContents, request.frameUrl);
      const c = request.call;
      if (c.op === 'invoke') return preload.invoke(frame, c.channel, c.payload);
      if (c.op === 'on')
        return preload.subscribe(c.event, c.subId, (data) =>
          send({ type: 'deliver', id: win.id, subId: c.subId, data }),
        );
      return preload.unsubscribe(c.subId);
    }
    case 'loaded':
      windowById(request.id).finishLoad();
      return null;
    case 'navigated':
      // The frame main checks (event.senderFrame.url) follows the page, hash changes included.
      windowById(request.id).webContents.navigateTo(request.url);
      return null;
    case 'will-navigate':
      // 'will-navigate': "Emitted when a user or the page wants to start navigation on the main
      // frame … Calling event.preventDefault() will prevent the navigation" — and not for
      // loadURL or in-page (hash) navigations (electron.d.ts, WebContents 'will-navigate').
      return windowById(request.id).webContents.emitPreventable('will-navigate', request.url);
    case 'user-close':
      windowById(request.id).close();
      return null;
    case 'tray':
      return traySnapshot();
    case 'tray:click':
      currentTray().contextMenu?.click(...request.path);
      return traySnapshot();
    case 'second-instance':
      app.emitSecondInstance(request.argv, request.additionalData);
      return null;
    case 'clock:tick':
      if (!options.clock) throw new Error('this app process has no drivable clock');
      return options.clock.tickAsync(request.ms).then(() => Date.now());
    case 'clock:now':
      return Date.now();
    case 'idle':
      powerMonitor.idleSeconds = request.seconds;
      return null;
    case 'quit':
      app.quit();
      return null;
  }
}

/** A page request: the session's onBeforeRequest listener first, then the scheme's handler. */
async function serve(request: Extract<TestRequest, { type: 'net' }>): Promise<NetReply> {
  const type = RESOURCE_TYPES[request.resourceType] ?? 'other';
  const verdict = await session.defaultSession.beforeRequest(request.url, type);
  if (verdict.cancel) return { cancel: true };
  const scheme = request.url.slice(0, Math.max(0, request.url.indexOf(':')));
  // Only registered schemes are served: this machine has no network for anything else.
  if (!protocol.handlers.has(scheme)) return { cancel: true };
  const response = await protocol.request(request.url, { method: request.method, headers: request.headers });
  const body = request.method === 'HEAD' ? null : new Uint8Array(await response.arrayBuffer());
  return { cancel: false, status: response.status, headers: Object.fromEntries(response.headers), body };
}

function currentTray(): FakeTray {
  const tray = Tray.instances.at(-1);
  if (!tray) throw new Error('the app made no tray');
  return tray;
}

function traySnapshot(): TraySnapshot {
  const tray = currentTray();
  return {
    tooltip: tray.tooltip,
    image: (typeof tray.image === 'string' ? tray.image : tray.image.path) ?? '',
    items: tray.contextMenu ? menuItems(tray.contextMenu) : [],
    destroyed: tray.isDestroyed(),
  };
}

function menuItems(menu: FakeMenu): TrayItem[] {
  return menu.items.map((i) => ({
    label: i.type === 'separator' ? '---' : i.label,
    type: i.type,
    enabled: i.enabled,
    ...(i.submenu && { submenu: menuItems(i.submenu) }),
  }));
}
