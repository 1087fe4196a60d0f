// The fake's platform modes keep their promises (each cited in the fake where it is implemented).
import { afterEach, describe, expect, it } from 'vitest';
import {
  app,
  BrowserWindow,
  fakePlatform,
  globalShortcut,
  Notification,
  powerMonitor,
  resetElectronFake,
} from './electron';

afterEach(() => resetElectronFake());
const macrotask = () => new Promise((r) => setImmediate(r));

describe('environment', () => {
  it('each mode sets process.platform and the session variables; a reset without one restores the host', () => {
    const hostPlatform = process.platform;
    const hostSession = process.env.XDG_SESSION_TYPE;
    resetElectronFake({ platform: 'linux-wayland', desktop: 'KDE' });
    expect([process.platform, process.env.XDG_SESSION_TYPE, process.env.XDG_CURRENT_DESKTOP]).toEqual([
      'linux',
      'wayland',
      'KDE',
    ]);
    expect(process.env.WAYLAND_DISPLAY).toBe('wayland-0');
    resetElectronFake({ platform: 'darwin' });
    expect(process.platform).toBe('darwin');
    expect(process.env.XDG_SESSION_TYPE).toBeUndefined();
    expect(fakePlatform()).toBe('darwin');
    resetElectronFake();
    expect(process.platform).toBe(hostPlatform);
    expect(process.env.XDG_SESSION_TYPE).toBe(hostSession);
  });

  it('app.dock exists on macOS only', () => {
    resetElectronFake({ platform: 'win32' });
    expect(app.dock).toBeUndefined();
    resetElectronFake({ platform: 'darwin' });
    expect(app.dock).toBeDefined();
  });
});

describe('windows', () => {
  it('linux-wayland: a hidden window never reports ready-to-show until it is shown', async () => {
    resetElectronFake({ ready: true, platform: 'linux-wayland' });
    const win = new BrowserWindow({ show: false });
    const events: string[] = [];
    win.on('ready-to-show', () => events.push('ready-to-show'));
    win.webContents.on('did-finish-load', () => events.push('did-finish-load'));
    void win.loadURL('app://attune/index.html');
    await macrotask();
    await macrotask();
    expect(events).toEqual(['did-finish-load']);
    win.show();
    await macrotask();
    expect(events).toEqual(['did-finish-load', 'ready-to-show']);
  });

  it.each(['linux-x11', 'darwin', 'win32'] as const)('%s: ready-to-show follows the load', async (platform) => {
    resetElectronFake({ ready: true, platform });
    const win = new BrowserWindow({ show: false });
    let ready = false;
    win.once('ready-to-show', () => {
      ready = true;
    });
    void win.loadURL('app://attune/index.html');
    await macrotask();
    expect(ready).toBe(true);
  });
});

describe('power', () => {
  it.each([
    ['darwin', true],
    ['win32', true],
    ['linux-x11', false],
    ['linux-wayland', false],
  ] as const)('%s: lock-screen emitted: %s', (platform, emitted) => {
    resetElectronFake({ ready: true, platform });
    let heard = 0;
    powerMonitor.on('lock-screen', () => heard++);
    powerMonitor.on('unlock-screen', () => heard++);
    powerMonitor.lockScreen();
    powerMonitor.unlockScreen();
    expect(heard).toBe(emitted ? 2 : 0);
  });

  it('GNOME on Wayland reports 0 s idle however long the person is away; KDE and X11 do not', () => {
    resetElectronFake({ ready: true, platform: 'linux-wayland' });
    powerMonitor.idleSeconds = 900;
    expect(powerMonitor.getSystemIdleTime()).toBe(0);
    resetElectronFake({ ready: true, platform: 'linux-wayland', desktop: 'KDE' });
    powerMonitor.idleSeconds = 900;
    expect(powerMonitor.getSystemIdleTime()).toBe(900);
    resetElectronFake({ ready: true, platform: 'linux-x11' });
    powerMonitor.idleSeconds = 900;
    expect(powerMonitor.getSystemIdleTime()).toBe(900);
  });
});

describe('app', () => {
  it('darwin: opening again emits activate, never second-instance; elsewhere second-instance', () => {
    for (const [platform, want] of [
      ['darwin', 'activate'],
      ['linux-x11', 'second-instance'],
      ['win32', 'second-instance'],
    ] as const) {
      resetElectronFake({ ready: true, platform });
      const heard: string[] = [];
      app.on('activate', () => heard.push('activate'));
      app.on('second-instance', () => heard.push('second-instance'));
      app.launchAgain();
      expect(heard).toEqual([want]);
    }
  });

  it('setName does not move userData; the lock follows userData', () => {
    resetElectronFake({ platform: 'linux-x11' });
    const before = app.getPath('userData');
    app.setName('Attune Dev');
    expect(app.getPath('userData')).toBe(before);
    app.locksHeldElsewhere.add(before);
    expect(app.requestSingleInstanceLock()).toBe(false);
    app.setPath('userData', `${before} Dev`);
    expect(app.requestSingleInstanceLock()).toBe(true);
  });

  it('darwin: only app.focus({ steal: true }) activates while another app is active', () => {
    resetElectronFake({ ready: true, platform: 'darwin' });
    app.otherAppActive = true;
    const win = new BrowserWindow();
    win.focus();
    expect(win.isFocused()).toBe(false);
    app.focus();
    win.focus();
    expect(win.isFocused()).toBe(false);
    app.focus({ steal: true });
    win.focus();
    expect(win.isFocused()).toBe(true);
  });
});

describe('globalShortcut', () => {
  it('refuses a combination another program holds, and exists only after ready', () => {
    resetElectronFake({ platform: 'linux-x11' });
    expect(() => globalShortcut.register('Control+Alt+P', () => {})).toThrow(/before app is ready/);
    app.markReady();
    globalShortcut.takenElsewhere.add('Control+Alt+T');
    expect(globalShortcut.register('Control+Alt+T', () => {})).toBe(false);
    expect(globalShortcut.register('Control+Alt+P', () => {})).toBe(true);
  });

  it('linux-wayland: needs the GlobalShortcutsPortal feature and a desktop with the portal', () => {
    resetElectronFake({ ready: true, platform: 'linux-wayland', shortcutsPortal: true });
    expect(globalShortcut.register('Control+Alt+P', () => {})).toBe(false);
    app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal');
    expect(globalShortcut.register('Control+Alt+P', () => {})).toBe(true);
    resetElectronFake({ ready: true, platform: 'linux-wayland', shortcutsPortal: false });
    app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal');
    expect(globalShortcut.register('Control+Alt+P', () => {})).toBe(false);
  });
});

describe('notifications', () => {
  it('buttons can be pressed on macOS and Windows only', () => {
    for (const [platform, ok] of [
      ['darwin', true],
      ['win32', true],
      ['linux-wayland', false],
    ] as const) {
      resetElectronFake({ ready: true, platform });
      const n = new Notification({ title: 't', actions: [{ type: 'button', text: 'Start' }] });
      if (ok) expect(() => n.pressAction(0)).not.toThrow();
      else expect(() => n.pressAction(0)).toThrow();
    }
  });
});
