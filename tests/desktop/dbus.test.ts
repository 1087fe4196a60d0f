// The D-Bus layer against a real dbus-daemon: every failure is "can't tell", never a throw.
import { mkdir, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busAddress, connectBus, type DbusConnection, parseBusAddress } from '../../src/main/adapters/desktop/dbus';
import { type PrivateDesktop, startDesktop } from './support/desktop';
import { screenSaver, statusNotifierWatcher } from './support/services';

let desk: PrivateDesktop;
const open: DbusConnection[] = [];
const connect = async (kind: 'session' | 'system', env = desk.env, timeoutMs?: number) => {
  const c = await connectBus(kind, { env, ...(timeoutMs ? { timeoutMs } : {}) });
  if (c) open.push(c);
  return c;
};

beforeAll(async () => {
  desk = await startDesktop();
});
afterAll(async () => {
  for (const c of open) c.close();
  await desk?.stop();
});

describe('addresses', () => {
  it('reads unix paths, abstract sockets and tcp, unescaping values', () => {
    expect(parseBusAddress('unix:path=/run/user/1000/bus,guid=ab')).toEqual([
      { kind: 'path', path: '/run/user/1000/bus' },
    ]);
    expect(parseBusAddress('unix:abstract=/tmp/dbus-x;tcp:host=127.0.0.1,port=5555')).toEqual([
      { kind: 'path', path: '\0/tmp/dbus-x' },
      { kind: 'tcp', host: '127.0.0.1', port: 5555 },
    ]);
    expect(parseBusAddress('unix:path=/tmp/a%20b')).toEqual([{ kind: 'path', path: '/tmp/a b' }]);
    expect(parseBusAddress('nonsense')).toEqual([]);
    expect(parseBusAddress('tcp:host=x,port=99999')).toEqual([]);
  });

  it('finds the session bus from the environment or systemd’s user bus, and the system bus', () => {
    expect(busAddress('session', { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/a' })).toBe('unix:path=/a');
    expect(busAddress('session', { XDG_RUNTIME_DIR: '/run/user/7' })).toBe('unix:path=/run/user/7/bus');
    expect(busAddress('session', {})).toBeNull();
    expect(busAddress('system', { DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/s' })).toBe('unix:path=/s');
    expect(busAddress('system', {})).toBe('unix:path=/var/run/dbus/system_bus_socket');
  });
});

describe('a reachable bus', () => {
  it('connects to both private buses, calls methods and reads properties', async () => {
    const session = await connect('session');
    const system = await connect('system');
    expect(session).not.toBeNull();
    expect(system).not.toBeNull();
    const watcher = await statusNotifierWatcher(desk.sessionAddress, true);
    try {
      expect(await session?.nameHasOwner('org.kde.StatusNotifierWatcher')).toBe(true);
      expect(await system?.nameHasOwner('org.kde.StatusNotifierWatcher')).toBe(false);
      expect(
        await session?.getProperty(
          'org.kde.StatusNotifierWatcher',
          '/StatusNotifierWatcher',
          'org.kde.StatusNotifierWatcher',
          'IsStatusNotifierHostRegistered',
        ),
      ).toBe(true);
    } finally {
      await watcher.stop();
    }
  });

  it('hears signals that fit the match rule and stops hearing them after unsubscribing', async () => {
    const session = await connect('session');
    const saver = await screenSaver(desk.sessionAddress, 'gnome');
    const heard: unknown[][] = [];
    const stop = await session?.subscribe(
      { interface: 'org.gnome.ScreenSaver', member: 'ActiveChanged', sender: 'org.gnome.ScreenSaver' },
      (body) => heard.push(body),
    );
    expect(stop).toBeTypeOf('function');
    saver.setActive(true);
    await expect.poll(() => heard).toEqual([[true]]);
    stop?.();
    // A round trip after RemoveMatch: anything sent later would have arrived before this reply.
    await session?.nameHasOwner('x.y');
    saver.setActive(false);
    await session?.nameHasOwner('x.y');
    expect(heard).toEqual([[true]]);
    await saver.stop();
  });

  it('answers null for a missing service, an unknown method and arguments that do not marshal', async () => {
    const session = await connect('session');
    const base = { destination: 'org.example.Nobody', path: '/', interface: 'org.example.Nobody', member: 'Hi' };
    expect(await session?.call(base)).toBeNull();
    expect(await session?.call({ ...base, signature: 's', body: [42] })).toBeNull();
    expect(await session?.getProperty('org.freedesktop.DBus', '/org/freedesktop/DBus', 'x.y', 'Z')).toBeNull();
    // Still usable afterwards.
    expect(await session?.nameHasOwner('org.freedesktop.DBus')).toBe(true);
  });

  it('answers null once closed, including calls in flight', async () => {
    const session = await connect('session');
    let closedHeard = false;
    session?.onClose(() => {
      closedHeard = true;
    });
    const saver = await screenSaver(desk.sessionAddress, 'freedesktop');
    const inFlight = session?.call({
      destination: 'org.freedesktop.ScreenSaver',
      path: '/org/freedesktop/ScreenSaver',
      interface: 'org.freedesktop.ScreenSaver',
      member: 'GetActive',
    });
    session?.close();
    session?.close();
    expect(await inFlight).toBeNull();
    expect(closedHeard).toBe(true);
    expect(await session?.nameHasOwner('org.freedesktop.DBus')).toBeNull();
    await saver.stop();
  });
});

describe('an unreachable bus', () => {
  it('is null when nothing listens at the address', async () => {
    const env = { DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(tmpdir(), 'attune-no-bus-here')}` };
    expect(await connect('session', env)).toBeNull();
  });

  it('an address of abstract sockets only (which Node 20 can’t reach) falls back to systemd’s user bus', async () => {
    const run = path.join(desk.dir, 'run');
    await mkdir(run, { recursive: true });
    const socketPath = /unix:path=([^,;]+)/.exec(desk.sessionAddress)?.[1] ?? '';
    await symlink(socketPath, path.join(run, 'bus'));
    const env = { DBUS_SESSION_BUS_ADDRESS: 'unix:abstract=/tmp/attune-nothing-here', XDG_RUNTIME_DIR: run };
    const conn = await connect('session', env);
    expect(await conn?.nameHasOwner('org.freedesktop.DBus')).toBe(true);
    // A path address that doesn't answer is not second-guessed.
    expect(
      await connect('session', { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent', XDG_RUNTIME_DIR: run }),
    ).toBeNull();
  });

  it('is null without an address at all', async () => {
    expect(await connect('session', {})).toBeNull();
  });

  it('is null, in time, when the socket accepts but never speaks D-Bus', async () => {
    const sock = path.join(desk.dir, 'silent.sock');
    const server: Server = createServer(() => {});
    await new Promise<void>((r) => server.listen(sock, r));
    try {
      const started = Date.now();
      expect(await connect('session', { DBUS_SESSION_BUS_ADDRESS: `unix:path=${sock}` }, 300)).toBeNull();
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      server.close();
    }
  });
});
