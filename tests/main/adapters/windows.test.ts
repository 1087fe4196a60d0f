// WindowManager with the Electron fake: every window is created with the secure options, one
// window per purpose (opening an open one focuses it), references dropped when a window closes,
// and only the top frame of one of our windows showing one of our pages is a trusted sender.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WindowManager, type WindowManagerOptions } from '../../../src/main/adapters/windows';
import { ROUTES } from '../../../src/shared/routes';
import {
  asElectron,
  BrowserWindow,
  type FakeBrowserWindow,
  FakeWebContents,
  type FakeWebFrame,
  resetElectronFake,
} from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

const PAGE = 'app://attune/index.html';
const options = (over: Partial<WindowManagerOptions> = {}): WindowManagerOptions => ({
  preloadPath: '/app/out/preload/index.cjs',
  pageUrl: PAGE,
  trustedOrigins: ['app://attune'],
  iconPath: '/app/resources/icons/attune-256.png',
  backgroundColor: () => '#f7f4ef',
  ...over,
});
const nextMacrotask = () => new Promise((r) => setImmediate(r));

beforeEach(() => resetElectronFake({ ready: true }));

describe('secure options', () => {
  it.each(ROUTES.map((r) => `#/${r}`))('the window for %s is sandboxed, isolated and has no Node', (route) => {
    new WindowManager(options()).open(route);
    expect(BrowserWindow.created).toHaveLength(1);
    const prefs = BrowserWindow.created[0]?.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A quick break opens straight into breathing: its optional tone must not wait for a click.
      autoplayPolicy: 'no-user-gesture-required',
    });
    expect(prefs?.enableBlinkFeatures ?? '').toBe('');
    // Nothing that would loosen the above may appear at all.
    for (const key of ['nodeIntegration', 'enableRemoteModule', 'additionalArguments'] as const)
      expect((prefs as Record<string, unknown>)[key] ?? false).toBe(false);
  });

  it('every window of every purpose, opened any number of times, gets them', () => {
    const wm = new WindowManager(options());
    for (let round = 0; round < 3; round++) {
      for (const r of ROUTES) wm.open(`#/${r}`);
      wm.closeAll();
    }
    expect(BrowserWindow.created.length).toBe(9);
    for (const w of BrowserWindow.created) {
      expect(w.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    }
  });

  it('windows start hidden, with a title, icon and background, and show when ready', async () => {
    const win = new WindowManager(options()).open('#/read') as unknown as FakeBrowserWindow;
    expect(win.options).toMatchObject({
      show: false,
      title: 'Forget Loving Yourself — Attune',
      icon: '/app/resources/icons/attune-256.png',
      backgroundColor: '#f7f4ef',
    });
    expect(win.isVisible()).toBe(false);
    await nextMacrotask();
    expect(win.isVisible()).toBe(true);
    expect(win.isFocused()).toBe(true);
  });

  it('each window loads our page at its route, and its contents are locked down', () => {
    const win = new WindowManager(options()).open(
      '#/practice/breathe?minutes=1&kind=breathe',
    ) as unknown as FakeBrowserWindow;
    expect(win.loadedURLs).toEqual([`${PAGE}#/practice/breathe?minutes=1&kind=breathe`]);
    expect(win.webContents.tryOpenWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(win.webContents.emitPreventable('will-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('one window per purpose', () => {
  it('practice, reading and settings each get their own window', () => {
    const wm = new WindowManager(options());
    const practice = wm.open('#/practice');
    const read = wm.open('#/read');
    const settings = wm.open('#/settings');
    expect(new Set([practice, read, settings]).size).toBe(3);
    expect(wm.openCount()).toBe(3);
    expect(wm.get('practice')).toBe(practice);
    expect(wm.get('read')).toBe(read);
    expect(wm.get('settings')).toBe(settings);
  });

  it('settings, history and about share the settings window; opening one focuses it and shows the route', async () => {
    const wm = new WindowManager(options());
    const first = wm.open('#/settings') as unknown as FakeBrowserWindow;
    await nextMacrotask();
    first.blur();
    first.minimize();
    const again = wm.open('#/about') as unknown as FakeBrowserWindow;
    expect(again).toBe(first);
    expect(BrowserWindow.created).toHaveLength(1);
    expect(first.isFocused()).toBe(true);
    expect(first.isMinimized()).toBe(false);
    expect(first.webContents.sent).toEqual([{ channel: 'navigate', args: ['#/about'] }]);
    expect(first.loadedURLs).toHaveLength(1);
  });

  it('a window still loading is never reloaded: the route asked for last is sent once it has loaded', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    try {
      const wm = new WindowManager(options());
      const win = wm.open('#/practice') as unknown as FakeBrowserWindow;
      expect(win.webContents.isLoading()).toBe(true);
      // Rapid tray clicks while the first page loads.
      for (let i = 0; i < 5; i++) wm.open('#/practice');
      wm.open('#/practice/breathe?cycles=3&kind=three-breaths');
      expect(win.loadedURLs).toEqual([`${PAGE}#/practice`]);
      expect(win.webContents.sent).toEqual([]);
      await nextMacrotask();
      expect(win.webContents.sent).toEqual([
        { channel: 'navigate', args: ['#/practice/breathe?cycles=3&kind=three-breaths'] },
      ]);
      wm.open('#/practice/acknowledge');
      expect(win.loadedURLs).toHaveLength(1);
      expect(win.webContents.sent.at(-1)).toEqual({ channel: 'navigate', args: ['#/practice/acknowledge'] });
      await nextMacrotask();
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it('clicks for the same route while it loads send nothing once loaded', async () => {
    const wm = new WindowManager(options());
    const win = wm.open('#/read') as unknown as FakeBrowserWindow;
    wm.open('#/read');
    wm.open('#/read');
    await nextMacrotask();
    expect(win.loadedURLs).toEqual([`${PAGE}#/read`]);
    expect(win.webContents.sent).toEqual([]);
  });

  it('a window closed while loading: the aborted load is handled, nothing is left unhandled', async () => {
    BrowserWindow.autoReadyToShow = false;
    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    try {
      const wm = new WindowManager(options());
      const win = wm.open('#/settings') as unknown as FakeBrowserWindow;
      // Another navigation aborts the first load, as Electron does (ERR_ABORTED, -3).
      const second = win.loadURL(`${PAGE}#/about`);
      win.finishLoad();
      await second;
      await nextMacrotask();
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it('the practice routes share the practice window', () => {
    const wm = new WindowManager(options());
    const a = wm.open('#/practice');
    expect(wm.open('#/practice/breathe?cycles=3&kind=three-breaths')).toBe(a);
    expect(wm.open('#/practice/acknowledge')).toBe(a);
    expect(BrowserWindow.created).toHaveLength(1);
  });

  it('a route that is not ours opens nothing', () => {
    const wm = new WindowManager(options());
    for (const r of ['', '#/', '#/nope', 'https://example.com/', '#/read/../settings', '#/read?x=<b>', 'javascript:1'])
      expect(wm.open(r), r).toBeNull();
    expect(BrowserWindow.created).toHaveLength(0);
  });

  it('a closed window is forgotten, and the next open makes a new one', () => {
    const wm = new WindowManager(options());
    const first = wm.open('#/read') as unknown as FakeBrowserWindow;
    first.close();
    expect(first.isDestroyed()).toBe(true);
    expect(wm.get('read')).toBeUndefined();
    expect(wm.openCount()).toBe(0);
    const second = wm.open('#/read');
    expect(second).not.toBe(first);
    expect(BrowserWindow.created).toHaveLength(2);
  });

  it('an idle Attune has no windows: closeAll closes every one (as its close button would)', () => {
    const wm = new WindowManager(options());
    wm.open('#/practice');
    wm.open('#/read');
    wm.open('#/about');
    // Closed, not destroyed: 'close' runs (and with it the page's unload handlers in Electron).
    const closing: string[] = [];
    for (const w of BrowserWindow.created) w.on('close', () => closing.push(w.getTitle()));
    wm.closeAll();
    expect(closing).toHaveLength(3);
    expect(wm.openCount()).toBe(0);
    expect(BrowserWindow.getAllWindows()).toEqual([]);
    expect(BrowserWindow.created.every((w) => w.webContents.isDestroyed())).toBe(true);
  });

  it('closeFor closes only the window that owns the contents', () => {
    const wm = new WindowManager(options());
    const read = wm.open('#/read') as unknown as FakeBrowserWindow;
    const settings = wm.open('#/settings') as unknown as FakeBrowserWindow;
    wm.closeFor(asElectron(settings.webContents));
    expect(settings.isDestroyed()).toBe(true);
    expect(read.isDestroyed()).toBe(false);
    wm.closeFor(asElectron(new FakeWebContents()));
    expect(read.isDestroyed()).toBe(false);
  });

  it('broadcast reaches every open window and skips closed ones', () => {
    const wm = new WindowManager(options());
    const read = wm.open('#/read') as unknown as FakeBrowserWindow;
    const practice = wm.open('#/practice') as unknown as FakeBrowserWindow;
    practice.destroy();
    wm.broadcast('state:changed', { reminder: { kind: 'off' } });
    expect(read.webContents.sent).toEqual([{ channel: 'state:changed', args: [{ reminder: { kind: 'off' } }] }]);
    expect(practice.webContents.sent).toEqual([]);
  });
});

describe('trusted senders', () => {
  function opened(over: Partial<WindowManagerOptions> = {}) {
    const wm = new WindowManager(options(over));
    const win = wm.open('#/settings') as unknown as FakeBrowserWindow;
    return {
      wm,
      win,
      trusted: (sender: FakeWebContents, frame: FakeWebFrame | null) =>
        wm.isTrustedSender(asElectron(sender), asElectron(frame)),
    };
  }

  it('the top frame of our window showing our page is trusted', () => {
    const { win, trusted } = opened();
    expect(trusted(win.webContents, win.webContents.mainFrame)).toBe(true);
  });

  it('another webContents is not, even showing our page', () => {
    const { trusted } = opened();
    const stranger = new FakeWebContents(`${PAGE}#/settings`);
    expect(trusted(stranger, stranger.mainFrame)).toBe(false);
  });

  it('a subframe of our window is not, even from our origin', () => {
    const { win, trusted } = opened();
    expect(trusted(win.webContents, win.webContents.addSubframe('app://attune/index.html'))).toBe(false);
    expect(trusted(win.webContents, win.webContents.addSubframe('https://example.com/'))).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://attune.evil/index.html',
    'about:blank',
    'data:text/html,hi',
    'not a url',
  ])('our window after navigating to %s is not', (url) => {
    const { win, trusted } = opened();
    win.webContents.navigateTo(url);
    expect(trusted(win.webContents, win.webContents.mainFrame)).toBe(false);
  });

  it('a missing frame (navigated away or destroyed) is not', () => {
    const { win, trusted } = opened();
    expect(trusted(win.webContents, null)).toBe(false);
  });

  it('a closed window is not', () => {
    const { win, trusted } = opened();
    const frame = win.webContents.mainFrame;
    win.close();
    expect(trusted(win.webContents, frame)).toBe(false);
  });

  it('in development the dev server origin is trusted too, and nothing else on localhost', () => {
    const dev = 'http://localhost:5173';
    const { win, trusted } = opened({ pageUrl: `${dev}/`, trustedOrigins: ['app://attune', dev] });
    expect(win.loadedURLs).toEqual([`${dev}/#/settings`]);
    expect(trusted(win.webContents, win.webContents.mainFrame)).toBe(true);
    win.webContents.navigateTo('http://localhost:5174/');
    expect(trusted(win.webContents, win.webContents.mainFrame)).toBe(false);
  });
});
