// The preload exposes exactly one frozen object, `attune`, built from the contract: channels
// outside it are refused before anything reaches main, errors arrive as Errors with main's
// message, and listeners get plain data — never the IPC event (which would leak ipcRenderer).
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AttuneApi, EVENT_CHANNELS, REQUEST_CHANNELS } from '../../src/shared/contract';
import { contextBridge, ipcRenderer } from '../fakes/electron';

vi.mock('electron', () => import('../fakes/electron'));

let attune: AttuneApi;
// The untyped view a hostile page has of the same object.
let loose: { invoke: (c: unknown, p?: unknown) => Promise<unknown>; on: (e: unknown, l: unknown) => () => void };

beforeAll(async () => {
  await import('../../src/preload/index');
  attune = contextBridge.exposed.get('attune') as AttuneApi;
  loose = attune as unknown as typeof loose;
});

beforeEach(() => {
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoked = [];
  ipcRenderer.respond = (channel) => ({ ok: true, value: `answer from ${channel}` });
});

describe('what the page sees', () => {
  it('exactly one object, `attune`, with invoke and on only', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['attune']);
    expect(Object.keys(attune).sort()).toEqual(['invoke', 'on']);
    expect(typeof attune.invoke).toBe('function');
    expect(typeof attune.on).toBe('function');
  });

  it('is frozen: the page cannot swap or add methods', () => {
    expect(Object.isFrozen(attune)).toBe(true);
    expect(() => {
      (attune as unknown as Record<string, unknown>).invoke = () => 'hijacked';
    }).toThrow(TypeError);
    expect(() => {
      (attune as unknown as Record<string, unknown>).send = () => {};
    }).toThrow(TypeError);
  });

  it('no ipcRenderer, event or Node object is reachable from it', () => {
    const values = Object.values(attune);
    expect(values).not.toContain(ipcRenderer);
    expect(JSON.stringify(Object.getOwnPropertyNames(attune))).not.toMatch(/ipc|require|process|send/i);
  });
});

describe('invoke', () => {
  it.each(REQUEST_CHANNELS)('%s goes to main on the same channel with the payload', async (c) => {
    await expect(loose.invoke(c, { x: 1 })).resolves.toBe(`answer from ${c}`);
    expect(ipcRenderer.invoked).toEqual([{ channel: c, args: [{ x: 1 }] }]);
  });

  it.each([
    'settings:set',
    'electron-store-get-data',
    '',
    '__proto__',
    'toString',
    'constructor',
    'ELECTRON_BROWSER_REQUIRE',
  ])('refuses %j without reaching main', async (c) => {
    await expect(loose.invoke(c)).rejects.toThrow(`Attune: unknown channel "${c}"`);
    expect(ipcRenderer.invoked).toEqual([]);
  });

  it('refuses channel names that are not text', async () => {
    for (const c of [42, null, undefined, {}, ['app:info']])
      await expect(loose.invoke(c)).rejects.toThrow(/unknown channel/);
    expect(ipcRenderer.invoked).toEqual([]);
  });

  it('a very long channel name is cut short in the message', async () => {
    const error = await loose.invoke('x'.repeat(10_000)).catch((e: Error) => e);
    expect((error as Error).message.length).toBeLessThan(120);
  });

  it("main's refusal arrives as an Error with main's message", async () => {
    ipcRenderer.respond = () => ({
      ok: false,
      error: 'invalid request: window:open.route must be one of Attune’s routes',
    });
    await expect(attune.invoke('window:open', { route: '#/nope' })).rejects.toThrow(
      'invalid request: window:open.route must be one of Attune’s routes',
    );
  });

  it('only the first payload argument is sent', async () => {
    await (attune.invoke as unknown as (...a: unknown[]) => Promise<unknown>)('settings:update', { a: 1 }, 'extra', 3);
    expect(ipcRenderer.invoked).toEqual([{ channel: 'settings:update', args: [{ a: 1 }] }]);
  });
});

describe('on', () => {
  it.each(EVENT_CHANNELS)('%s: the listener receives the data only, never the IPC event', (e) => {
    const received: unknown[][] = [];
    attune.on(e, (...args: unknown[]) => received.push(args));
    ipcRenderer.deliver(e, { some: 'data' });
    expect(received).toEqual([[{ some: 'data' }]]);
  });

  it('unsubscribing stops delivery and removes the IPC listener', () => {
    const received: unknown[] = [];
    const off = attune.on('state:changed', (d) => received.push(d));
    expect(ipcRenderer.listenerCount('state:changed')).toBe(1);
    off();
    expect(ipcRenderer.listenerCount('state:changed')).toBe(0);
    ipcRenderer.deliver('state:changed', { reminder: { kind: 'off' } });
    expect(received).toEqual([]);
  });

  it.each(['ELECTRON_BROWSER_REQUIRE', 'settings:get', 'electron-store-get-data', '', 'toString'])(
    'refuses to subscribe to %j',
    (e) => {
      expect(() => loose.on(e, () => {})).toThrow(`Attune: unknown event "${e}"`);
      expect(ipcRenderer.eventNames()).toEqual([]);
    },
  );

  it('refuses a listener that is not a function', () => {
    for (const l of [undefined, null, 'alert(1)', {}, 42])
      expect(() => loose.on('state:changed', l)).toThrow('Attune: listener must be a function');
    expect(ipcRenderer.eventNames()).toEqual([]);
  });
});
