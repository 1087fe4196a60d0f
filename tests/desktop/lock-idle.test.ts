// Lock, idle time and the tray host on Linux, against stand-ins for logind (on a private
// "system" bus), the screensavers, Mutter's idle monitor and a StatusNotifierWatcher (on a
// private session bus).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectBus, type DbusConnection } from '../../src/main/adapters/desktop/dbus';
import { chooseIdleSource } from '../../src/main/adapters/desktop/idle';
import { findLogindSession, type LockWatch, watchLinuxLock } from '../../src/main/adapters/desktop/lock';
import { probeTrayHost } from '../../src/main/adapters/desktop/tray-host';
import { type PrivateDesktop, startDesktop } from './support/desktop';
import { logind, mutterIdleMonitor, type Service, screenSaver, statusNotifierWatcher } from './support/services';

let desk: PrivateDesktop;
let session: DbusConnection;
let system: DbusConnection;
const services: Service[] = [];
const watches: LockWatch[] = [];
const started = <T extends Service>(s: T): T => {
  services.push(s);
  return s;
};

beforeAll(async () => {
  desk = await startDesktop();
  const [s, y] = await Promise.all([connectBus('session', { env: desk.env }), connectBus('system', { env: desk.env })]);
  if (!s || !y) throw new Error('private buses unreachable');
  session = s;
  system = y;
});
afterEach(async () => {
  for (const w of watches.splice(0)) w.stop();
  // Each name has left the bus before the next test.
  await Promise.all(services.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  session?.close();
  system?.close();
  await desk?.stop();
});

function recorder() {
  const events: string[] = [];
  return { events, listener: { lock: () => events.push('lock'), unlock: () => events.push('unlock') } };
}

async function watch(
  env: NodeJS.ProcessEnv,
  listener: { lock(): void; unlock(): void },
  buses: { system: DbusConnection | null; session: DbusConnection | null } = { system, session },
) {
  const w = await watchLinuxLock(buses, env, process.pid, listener);
  watches.push(w);
  return w;
}

describe('the logind session', () => {
  it('is found by XDG_SESSION_ID, else by PID, else as "auto"', async () => {
    const login = started(await logind(desk.systemAddress, { sessionId: '4' }));
    expect(await findLogindSession(system, { XDG_SESSION_ID: '4' }, 1)).toBe('/org/freedesktop/login1/session/_34');
    expect(login.calls).toEqual(['GetSession 4']);
    expect(await findLogindSession(system, {}, 1)).toBe('/org/freedesktop/login1/session/_34');
    expect(login.calls.slice(1)).toEqual(['GetSessionByPID 1', 'GetSession auto']);
  });

  it('a session id that is not an id is not sent', async () => {
    const login = started(await logind(desk.systemAddress, { sessionId: '4' }));
    await findLogindSession(system, { XDG_SESSION_ID: "4' or '1" }, 1);
    expect(login.calls[0]).toBe('GetSessionByPID 1');
  });

  it('Lock and Unlock reach the scheduler’s lock and unlock', async () => {
    const login = started(await logind(desk.systemAddress, { sessionId: '2' }));
    const { events, listener } = recorder();
    const w = await watch({ XDG_SESSION_ID: '2' }, listener);
    expect(w.source).toBe('logind');
    login.lock();
    await expect.poll(() => events).toEqual(['lock']);
    login.unlock();
    await expect.poll(() => events).toEqual(['lock', 'unlock']);
  });

  it('LockedHint alone (a locker that locked by itself) counts, and a session locked at start is seen', async () => {
    const login = started(await logind(desk.systemAddress, { sessionId: '2' }));
    login.setLockedHint(true);
    const { events, listener } = recorder();
    await watch({ XDG_SESSION_ID: '2' }, listener);
    expect(events).toEqual(['lock']);
    login.setLockedHint(false);
    await expect.poll(() => events).toEqual(['lock', 'unlock']);
  });

  it('signals for another session are not ours', async () => {
    const mine = started(await logind(desk.systemAddress, { sessionId: '2' }));
    const { events, listener } = recorder();
    await watch({ XDG_SESSION_ID: '2' }, listener);
    await mine.stop();
    await expect.poll(() => system.nameHasOwner('org.freedesktop.login1')).toBe(false);
    const other = started(await logind(desk.systemAddress, { sessionId: '7' }));
    other.lock();
    await system.nameHasOwner('x.y');
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual([]);
  });
});

describe('the screensavers', () => {
  it.each(['gnome', 'freedesktop'] as const)(
    'ActiveChanged from the %s screensaver locks and unlocks',
    async (flavour) => {
      const saver = started(await screenSaver(desk.sessionAddress, flavour));
      const { events, listener } = recorder();
      const w = await watch({}, listener);
      expect(w.source).toBe(flavour === 'gnome' ? 'org.gnome.ScreenSaver' : 'org.freedesktop.ScreenSaver');
      saver.setActive(true);
      await expect.poll(() => events).toEqual(['lock']);
      saver.setActive(false);
      await expect.poll(() => events).toEqual(['lock', 'unlock']);
    },
  );

  it('logind and a screensaver saying the same thing give one lock and one unlock', async () => {
    const login = started(await logind(desk.systemAddress, { sessionId: '2' }));
    const saver = started(await screenSaver(desk.sessionAddress, 'gnome'));
    const { events, listener } = recorder();
    const w = await watch({ XDG_SESSION_ID: '2' }, listener);
    expect(w.source).toBe('logind, org.gnome.ScreenSaver');
    saver.setActive(true);
    login.lock();
    await expect.poll(() => events).toEqual(['lock']);
    // The screensaver lifts, logind still says locked: still locked.
    saver.setActive(false);
    await Promise.all([session.nameHasOwner('x.y'), system.nameHasOwner('x.y')]);
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual(['lock']);
    login.unlock();
    await expect.poll(() => events).toEqual(['lock', 'unlock']);
  });

  it('nothing to hear: the source is "none"', async () => {
    const { listener } = recorder();
    expect((await watch({}, listener, { system: null, session: null })).source).toBe('none');
    expect((await watch({}, listener)).source).toBe('none');
  });
});

describe('idle time', () => {
  const bus = async () => session;

  it('X11 trusts powerMonitor without asking the bus', async () => {
    expect(await chooseIdleSource('x11', async () => null)).toMatchObject({
      source: 'electron-powerMonitor',
      trusted: true,
    });
  });

  it('Wayland on GNOME reads Mutter’s idle monitor, in ms', async () => {
    const mutter = started(await mutterIdleMonitor(desk.sessionAddress));
    mutter.idleMs = 42_000;
    const choice = await chooseIdleSource('wayland', bus);
    expect(choice).toMatchObject({ source: 'org.gnome.Mutter.IdleMonitor', trusted: true });
    expect(await choice.read?.()).toBe(42_000);
    mutter.idleMs = 10;
    expect(await choice.read?.()).toBe(10);
  });

  it('without Mutter, org.freedesktop.ScreenSaver’s GetSessionIdleTime', async () => {
    const kde = started(await screenSaver(desk.sessionAddress, 'freedesktop'));
    kde.idleMs = 7000;
    const choice = await chooseIdleSource('wayland', bus);
    expect(choice.source).toBe('org.freedesktop.ScreenSaver');
    expect(await choice.read?.()).toBe(7000);
  });

  it('Wayland with no D-Bus source (or one that refuses, as KDE on Wayland does) is untrusted', async () => {
    const kde = started(await screenSaver(desk.sessionAddress, 'freedesktop'));
    kde.idleMs = null;
    expect(await chooseIdleSource('wayland', bus)).toMatchObject({ source: 'electron-powerMonitor', trusted: false });
    expect(await chooseIdleSource('wayland', async () => null)).toMatchObject({ trusted: false });
    expect(await chooseIdleSource('tty', bus)).toMatchObject({ source: 'none', trusted: false });
  });

  it('a source that goes away reads as can’t tell', async () => {
    const mutter = started(await mutterIdleMonitor(desk.sessionAddress));
    const choice = await chooseIdleSource('wayland', bus);
    await mutter.stop();
    await expect.poll(() => session.nameHasOwner('org.gnome.Mutter.IdleMonitor')).toBe(false);
    expect(await choice.read?.()).toBeNull();
  });
});

describe('the tray host', () => {
  it('a watcher with a host registered: true; without a host: false', async () => {
    const yes = started(await statusNotifierWatcher(desk.sessionAddress, true));
    expect(await probeTrayHost(session, 'wayland')).toBe(true);
    await yes.stop();
    await expect.poll(() => session.nameHasOwner('org.kde.StatusNotifierWatcher')).toBe(false);
    started(await statusNotifierWatcher(desk.sessionAddress, false));
    expect(await probeTrayHost(session, 'x11')).toBe(false);
  });

  it('no watcher: false on Wayland, can’t tell on X11 (an XEmbed tray may be there), or without a bus', async () => {
    expect(await probeTrayHost(session, 'wayland')).toBe(false);
    expect(await probeTrayHost(session, 'x11')).toBeNull();
    expect(await probeTrayHost(null, 'wayland')).toBeNull();
  });
});
