// IPC through ipcMain, as main wires it: one handler per contract channel, the sender checked
// against Attune's own windows (top frame, our origin), and every payload validated. Refusals
// come back as a clear error and change nothing: handlers never run, settings stay as they were.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../src/main/adapters/ipc';
import { WindowManager } from '../../../src/main/adapters/windows';
import { createDispatcher, type Handlers } from '../../../src/main/core/ipc-dispatch';
import { SettingsService } from '../../../src/main/core/settings-service';
import { type Envelope, REQUEST_CHANNELS, type RequestChannel } from '../../../src/shared/contract';
import { defaultSettings, type Settings } from '../../../src/shared/settings';
import {
  asElectron,
  type FakeBrowserWindow,
  FakeWebContents,
  type FakeWebFrame,
  invokeEvent,
  ipcMain,
  resetElectronFake,
} from '../../fakes/electron';
import { invalidPayload, invalidSettingsPatch, VALID } from '../../support/ipc-payloads';

vi.mock('electron', () => import('../../fakes/electron'));

const REFUSED = 'request refused: it did not come from an Attune window';

function setup() {
  resetElectronFake({ ready: true });
  const saved: Settings[] = [];
  const settings = new SettingsService(defaultSettings(), (s) => saved.push(s));
  const ran: RequestChannel[] = [];
  const handlers = Object.fromEntries(
    REQUEST_CHANNELS.map((c) => [
      c,
      (payload: unknown) => {
        ran.push(c);
        if (c === 'settings:update') return settings.update(payload);
        if (c === 'settings:get') return settings.get();
        return `ran ${c}`;
      },
    ]),
  ) as unknown as Handlers<Electron.IpcMainInvokeEvent>;
  const windows = new WindowManager({
    preloadPath: '/preload.cjs',
    pageUrl: 'app://attune/index.html',
    trustedOrigins: ['app://attune'],
    backgroundColor: () => '#000',
  });
  registerIpc(asElectron(ipcMain), createDispatcher(handlers), (e) => windows.isTrustedSender(e.sender, e.senderFrame));
  const win = windows.open('#/settings') as unknown as FakeBrowserWindow;
  const before = settings.get();
  const send = (
    channel: string,
    payload: unknown,
    from: { sender?: FakeWebContents; senderFrame?: FakeWebFrame | null } = { sender: win.webContents },
  ) => ipcMain.invoke(channel, invokeEvent(from), payload) as Promise<Envelope<unknown>>;
  return { settings, saved, ran, win, windows, before, send };
}

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});

describe('registration', () => {
  it('registers exactly one handler per contract channel, and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect(ipcMain.listenerCount('message')).toBe(0);
  });

  it('a channel outside the contract has no handler at all', async () => {
    for (const c of ['settings:set', 'shell:openExternal', 'electron-store-get-data', 'app:quit'])
      await expect(t.send(c, undefined)).rejects.toThrow(`No handler registered for '${c}'`);
  });
});

describe('valid requests from our window', () => {
  it.each(Object.entries(VALID))('%s reaches its handler', async (c, payload) => {
    const result = await t.send(c, payload);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(t.ran).toEqual([c]);
  });

  it('a valid settings change is kept and saved', async () => {
    const result = await t.send('settings:update', { schedule: { intervalMinutes: 25 } });
    expect(result).toMatchObject({ ok: true });
    expect(t.settings.get().schedule.intervalMinutes).toBe(25);
    expect(t.saved).toHaveLength(1);
  });
});

describe('untrusted senders are refused and change nothing', () => {
  const expectNothingChanged = () => {
    expect(t.ran).toEqual([]);
    expect(t.settings.get()).toBe(t.before);
    expect(t.saved).toEqual([]);
  };
  const change = { schedule: { intervalMinutes: 25 } };

  it('another webContents (not one of our windows), even showing our page', async () => {
    const stranger = new FakeWebContents('app://attune/index.html#/settings');
    expect(await t.send('settings:update', change, { sender: stranger })).toEqual({ ok: false, error: REFUSED });
    expectNothingChanged();
  });

  it('a subframe inside our window, from our origin or another', async () => {
    for (const url of ['app://attune/index.html', 'https://example.com/']) {
      const frame = t.win.webContents.addSubframe(url);
      expect(await t.send('settings:update', change, { sender: t.win.webContents, senderFrame: frame })).toEqual({
        ok: false,
        error: REFUSED,
      });
    }
    expectNothingChanged();
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///home/me/evil.html',
    'app://evil/index.html',
    'data:text/html,x',
  ])('our window after it somehow navigated to %s', async (url) => {
    t.win.webContents.navigateTo(url);
    expect(await t.send('settings:update', change)).toEqual({ ok: false, error: REFUSED });
    expectNothingChanged();
  });

  it('a frame that is gone (null senderFrame)', async () => {
    expect(await t.send('settings:update', change, { sender: t.win.webContents, senderFrame: null })).toEqual({
      ok: false,
      error: REFUSED,
    });
    expectNothingChanged();
  });

  it('a window that has been closed', async () => {
    const contents = t.win.webContents;
    t.win.close();
    expect(await t.send('settings:update', change, { sender: contents })).toEqual({ ok: false, error: REFUSED });
    expectNothingChanged();
  });

  it('every channel refuses a stranger', async () => {
    const stranger = new FakeWebContents('app://attune/index.html');
    for (const [c, p] of Object.entries(VALID))
      expect(await t.send(c, p, { sender: stranger }), c).toEqual({ ok: false, error: REFUSED });
    expectNothingChanged();
  });
});

describe('random malformed payloads through ipcMain', () => {
  it.each(REQUEST_CHANNELS)(
    '%s: 200 invalid payloads get a clear error; nothing runs, settings unchanged',
    async (c) => {
      await fc.assert(
        fc.asyncProperty(invalidPayload(c), async (payload) => {
          const result = await t.send(c, payload);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error).toMatch(/^invalid request: \S.*/);
        }),
        { numRuns: 200 },
      );
      expect(t.ran).toEqual([]);
      expect(t.settings.get()).toBe(t.before);
      expect(t.saved).toEqual([]);
    },
  );

  it('settings changes that are objects but not valid settings are refused with the field named; nothing saved', async () => {
    await fc.assert(
      fc.asyncProperty(invalidSettingsPatch, async (patch) => {
        const result = await t.send('settings:update', patch);
        expect(result.ok, JSON.stringify(patch)).toBe(false);
        if (!result.ok) expect(result.error).toMatch(/settings|version/);
      }),
      { numRuns: 300 },
    );
    expect(t.settings.get()).toEqual(defaultSettings());
    expect(t.settings.get()).toBe(t.before);
    expect(t.saved).toEqual([]);
  });
});
