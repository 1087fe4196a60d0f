// The fake's own promises, so tests that lean on it can trust it: Electron's ordering rules,
// reset, menus, quit, IPC registration, images.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import electron, {
  app,
  BrowserWindow,
  invokeEvent,
  ipcMain,
  Menu,
  nativeImage,
  protocol,
  resetElectronFake,
  session,
  Tray,
} from './electron';

beforeEach(() => resetElectronFake());

describe('ready rules, as in Electron', () => {
  it('windows, trays, protocol.handle and the session refuse to exist before ready', () => {
    expect(() => new BrowserWindow()).toThrow(/before app is ready/);
    expect(() => new Tray(nativeImage.createEmpty())).toThrow(/before app is ready/);
    expect(() => protocol.handle('app', () => new Response(''))).toThrow(/before app is ready/);
    expect(() => session.defaultSession).toThrow(/before app is ready/);
  });

  it('privileged schemes can only be registered before ready', async () => {
    protocol.registerSchemesAsPrivileged([{ scheme: 'app' }]);
    let readied = false;
    void app.whenReady().then(() => {
      readied = true;
    });
    app.markReady();
    await app.whenReady();
    expect(readied).toBe(true);
    expect(() => protocol.registerSchemesAsPrivileged([{ scheme: 'x' }])).toThrow(/before app is ready/);
  });
});

describe('reset', () => {
  it('forgets windows, listeners, handlers and paths', () => {
    resetElectronFake({ ready: true });
    new BrowserWindow();
    app.on('second-instance', () => {});
    ipcMain.handle('x', () => 1);
    const userData = app.getPath('userData');
    expect(existsSync(userData)).toBe(true);
    resetElectronFake({ ready: true });
    expect(BrowserWindow.created).toEqual([]);
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(existsSync(userData)).toBe(false);
    expect(app.getPath('userData')).not.toBe(userData);
  });
});

describe('app', () => {
  it('quit emits before-quit, will-quit and quit; before-quit can stop it', () => {
    const order: string[] = [];
    for (const e of ['before-quit', 'will-quit', 'quit']) app.on(e, () => order.push(e));
    app.quit();
    expect(order).toEqual(['before-quit', 'will-quit', 'quit']);
    app.removeAllListeners();
    app.on('before-quit', (e: { preventDefault(): void }) => e.preventDefault());
    app.on('quit', () => order.push('quit again'));
    app.quit();
    expect(order).toHaveLength(3);
    expect(app.quitCalls).toBe(2);
  });

  it('the single-instance lock records what was sent and answers as configured', () => {
    expect(app.requestSingleInstanceLock({ argv: ['--read'] })).toBe(true);
    app.lockAvailable = false;
    expect(app.requestSingleInstanceLock()).toBe(false);
    expect(app.lockRequests).toEqual([{ argv: ['--read'] }, undefined]);
  });

  it('the default export carries the same objects (electron-store imports it that way)', () => {
    expect(electron.app).toBe(app);
    expect(electron.ipcMain).toBe(ipcMain);
  });
});

describe('windows', () => {
  it('a window emits web-contents-created, closes through close → closed, and leaves getAllWindows', () => {
    resetElectronFake({ ready: true });
    const created: unknown[] = [];
    app.on('web-contents-created', (_e: unknown, wc: unknown) => created.push(wc));
    const w = new BrowserWindow({ show: false });
    expect(created).toEqual([w.webContents]);
    const events: string[] = [];
    w.on('close', () => events.push('close'));
    w.on('closed', () => events.push('closed'));
    w.close();
    expect(events).toEqual(['close', 'closed']);
    expect(BrowserWindow.getAllWindows()).toEqual([]);
    expect(BrowserWindow.fromWebContents(w.webContents)).toBeNull();
  });
});

describe('menus', () => {
  it('click finds items by label path and refuses what a person could not click', () => {
    const clicked: string[] = [];
    const menu = Menu.buildFromTemplate([
      { label: 'Status', enabled: false },
      { type: 'separator' },
      { label: 'More', submenu: [{ label: 'Inner', click: () => clicked.push('inner') }] },
      { label: 'Inert' },
    ]);
    expect(menu.labels()).toEqual(['Status', '---', 'More', 'Inert']);
    menu.click('More', 'Inner');
    expect(clicked).toEqual(['inner']);
    expect(() => menu.click('Status')).toThrow(/disabled/);
    expect(() => menu.click('Inert')).toThrow(/no click handler/);
    expect(() => menu.click('Nope')).toThrow(/no menu item "Nope"/);
  });
});

describe('ipcMain', () => {
  it('refuses a second handler for a channel and invokes with the event', async () => {
    ipcMain.handle('c', (event, a) => [event.senderFrame?.url, a]);
    expect(() => ipcMain.handle('c', () => 0)).toThrow("Attempted to register a second handler for 'c'");
    expect(await ipcMain.invoke('c', invokeEvent(), 5)).toEqual(['app://attune/index.html', 5]);
    await expect(ipcMain.invoke('d', invokeEvent())).rejects.toThrow("No handler registered for 'd'");
  });
});

describe('nativeImage', () => {
  it('reads PNG size and @2x siblings; a missing file is an empty image', () => {
    const img = nativeImage.createFromPath(path.resolve('resources/icons/tray/tray.png'));
    expect(img.getSize()).toEqual({ width: 16, height: 16 });
    expect(img.scaleFactors).toEqual([1, 2]);
    expect(nativeImage.createFromPath('/no/such.png').isEmpty()).toBe(true);
  });
});
