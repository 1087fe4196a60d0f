// The stand-in services answer in the shapes the real ones use (logind, the screensavers,
// Mutter, the StatusNotifierWatcher), and the private desktop runs real dunst.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBus, type DbusConnection } from '../../src/main/adapters/desktop/dbus';
import { type PrivateDesktop, startDesktop } from './support/desktop';
import { encodePathLabel, logind, mutterIdleMonitor, notificationServer, screenSaver } from './support/services';

let desk: PrivateDesktop;
let session: DbusConnection;
let system: DbusConnection;

beforeAll(async () => {
  desk = await startDesktop({ dunst: true });
  const [s, y] = await Promise.all([connectBus('session', { env: desk.env }), connectBus('system', { env: desk.env })]);
  if (!s || !y) throw new Error('private buses unreachable');
  session = s;
  system = y;
});
afterAll(async () => {
  session?.close();
  system?.close();
  await desk?.stop();
});

describe('stand-in services', () => {
  it('encodes session ids as logind does', () => {
    expect(encodePathLabel('2')).toBe('_32');
    expect(encodePathLabel('c12')).toBe('c12');
    expect(encodePathLabel('a-b')).toBe('a_2db');
  });

  it('logind finds the session and reports Lock and LockedHint', async () => {
    const login = await logind(desk.systemAddress, { sessionId: '2' });
    const mgr = { destination: 'org.freedesktop.login1', path: '/org/freedesktop/login1' };
    const reply = await system.call({
      ...mgr,
      interface: 'org.freedesktop.login1.Manager',
      member: 'GetSession',
      signature: 's',
      body: ['2'],
    });
    expect(reply).toEqual(['/org/freedesktop/login1/session/_32']);
    expect(
      await system.call({
        ...mgr,
        interface: 'org.freedesktop.login1.Manager',
        member: 'GetSession',
        signature: 's',
        body: ['9'],
      }),
    ).toBeNull();
    const heard: string[] = [];
    await system.subscribe({ interface: 'org.freedesktop.login1.Session', member: 'Lock' }, () => heard.push('Lock'));
    login.lock();
    await expect.poll(() => heard).toEqual(['Lock']);
    const hint = () =>
      system.getProperty('org.freedesktop.login1', login.sessionPath, 'org.freedesktop.login1.Session', 'LockedHint');
    expect(await hint()).toBe(true);
    login.unlock();
    expect(await hint()).toBe(false);
    await login.stop();
  });

  it('the screensavers and Mutter answer idle time in milliseconds', async () => {
    const kde = await screenSaver(desk.sessionAddress, 'freedesktop');
    const mutter = await mutterIdleMonitor(desk.sessionAddress);
    kde.idleMs = 4200;
    mutter.idleMs = 90_000;
    const idle = await session.call({
      destination: 'org.freedesktop.ScreenSaver',
      path: '/org/freedesktop/ScreenSaver',
      interface: 'org.freedesktop.ScreenSaver',
      member: 'GetSessionIdleTime',
    });
    expect(idle).toEqual([4200]);
    const mutterIdle = await session.call({
      destination: 'org.gnome.Mutter.IdleMonitor',
      path: '/org/gnome/Mutter/IdleMonitor/Core',
      interface: 'org.gnome.Mutter.IdleMonitor',
      member: 'GetIdletime',
    });
    expect(mutterIdle).toEqual([90_000]);
    await kde.stop();
    await mutter.stop();
  });
});

describe('the private desktop', () => {
  it('runs real dunst, which owns org.freedesktop.Notifications and has actions', async () => {
    const info = await session.call({
      destination: 'org.freedesktop.Notifications',
      path: '/org/freedesktop/Notifications',
      interface: 'org.freedesktop.Notifications',
      member: 'GetServerInformation',
    });
    expect(info?.[0]).toBe('dunst');
    const caps = await session.call({
      destination: 'org.freedesktop.Notifications',
      path: '/org/freedesktop/Notifications',
      interface: 'org.freedesktop.Notifications',
      member: 'GetCapabilities',
    });
    expect(caps?.[0]).toContain('actions');
  });

  it('a minimal notification server without actions can stand in when dunst is gone', async () => {
    await desk.stopDunst();
    const server = await notificationServer(desk.sessionAddress);
    const caps = await session.call({
      destination: 'org.freedesktop.Notifications',
      path: '/org/freedesktop/Notifications',
      interface: 'org.freedesktop.Notifications',
      member: 'GetCapabilities',
    });
    expect(caps).toEqual([['body']]);
    await server.stop();
  });
});
