// The desktop put together (src/main/adapters/desktop/index.ts) on private buses: the facts the
// tray and Settings show, idle time read over D-Bus just before the scheduler looks, the trust
// gate, and lock from logind reaching the listener.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { busProvider } from '../../src/main/adapters/desktop/dbus-provider';
import { createDesktop, type Desktop } from '../../src/main/adapters/desktop/index';
import { STUCK_AFTER_MS, STUCK_READINGS } from '../../src/main/core/idle-trust';
import type { SchedulerTimer } from '../../src/main/core/scheduler';
import { type PrivateDesktop, startDesktop } from './support/desktop';
import { logind, mutterIdleMonitor, notificationServer, type Service, statusNotifierWatcher } from './support/services';

let desk: PrivateDesktop;
const services: Service[] = [];
const desktops: Desktop[] = [];
const started = <T extends Service>(s: T): T => {
  services.push(s);
  return s;
};

beforeAll(async () => {
  desk = await startDesktop();
});
afterEach(async () => {
  for (const d of desktops.splice(0)) d.dispose();
  // Each name has left the bus before the next test.
  await Promise.all(services.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await desk?.stop();
});

function fakePower(seconds = 0) {
  return {
    idle: seconds,
    on: () => {},
    removeListener: () => {},
    getSystemIdleTime() {
      return this.idle;
    },
  };
}

function make(env: NodeJS.ProcessEnv, power = fakePower(), now?: () => number): Desktop {
  const d = createDesktop({
    platform: 'linux',
    env: { ...desk.env, ...env },
    iconPath: '/icon.png',
    powerMonitor: power,
    log: () => {},
    ...(now ? { now } : {}),
  });
  desktops.push(d);
  return d;
}

/** A timer that fires only when told to. */
function manualTimer() {
  const armed: { delay: number; fire: () => void }[] = [];
  const timer: SchedulerTimer = {
    set: (delay, fire) => {
      const t = { delay, fire };
      armed.push(t);
      return t;
    },
    clear: (h) => {
      armed.splice(armed.indexOf(h as (typeof armed)[number]), 1);
    },
  };
  return { timer, armed };
}

describe('facts for the tray and Settings', () => {
  it('GNOME Wayland with Mutter, a notification server and no tray host', async () => {
    started(await mutterIdleMonitor(desk.sessionAddress));
    started(await notificationServer(desk.sessionAddress, ['body', 'actions']));
    const d = make({ XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' });
    expect((await d.idleChoice).source).toBe('org.gnome.Mutter.IdleMonitor');
    expect(await d.trayHost).toBe(false);
    await expect
      .poll(() => d.state())
      .toEqual({
        notifications: { via: 'dbus', server: 'attune-test-notifications', actions: true },
        idleTrusted: true,
        trayHost: false,
      });
  });

  it('a tray watcher that starts after Attune (a panel or extension at login) is noticed, and one that goes too', async () => {
    const d = make({ XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' });
    const heard: (boolean | null)[] = [];
    d.subscribe(() => heard.push(d.state().trayHost));
    expect(await d.trayHost).toBe(false);
    const watcher = started(await statusNotifierWatcher(desk.sessionAddress, true));
    await expect.poll(() => d.state().trayHost).toBe(true);
    await watcher.stop();
    await expect.poll(() => d.state().trayHost).toBe(false);
    expect(heard).toContain(true);
  });

  it('Wayland without any idle source: idle time is "can’t tell", and the facts say so', async () => {
    const d = make({ XDG_SESSION_TYPE: 'wayland' }, fakePower(0));
    // Before the source is even chosen, a Wayland reading of powerMonitor is not believed.
    expect(d.idle.idleSeconds()).toBeNull();
    expect(await d.idleChoice).toMatchObject({ source: 'electron-powerMonitor', trusted: false });
    expect(d.idle.idleSeconds()).toBeNull();
    expect(d.state().idleTrusted).toBe(false);
    await expect.poll(() => d.state().notifications?.via).toBe('none');
  });
});

describe('idle time over D-Bus', () => {
  it('is read afresh when the scheduler’s timer fires, before the scheduler looks', async () => {
    const mutter = started(await mutterIdleMonitor(desk.sessionAddress));
    mutter.idleMs = 3000;
    const d = make({ XDG_SESSION_TYPE: 'wayland' });
    await d.idleChoice;
    expect(d.idle.idleSeconds()).toBe(3);
    mutter.idleMs = 400_000;
    const { timer, armed } = manualTimer();
    const seen: (number | null)[] = [];
    d.wrapTimer(timer).set(1000, () => seen.push(d.idle.idleSeconds()));
    armed[0]?.fire();
    await expect.poll(() => seen).toEqual([400]);
  });

  it('a shell too busy to answer at login is asked again when the scheduler wakes, and trusted from then on', async () => {
    // Later than the second Attune waits for an answer.
    const mutter = started(await mutterIdleMonitor(desk.sessionAddress, { firstAnswerLateMs: 1500 }));
    mutter.idleMs = 5000;
    const d = make({ XDG_SESSION_TYPE: 'wayland' });
    expect(await d.idleChoice).toMatchObject({ trusted: false });
    expect(d.state().idleTrusted).toBe(false);
    const { timer, armed } = manualTimer();
    const seen: (number | null)[] = [];
    d.wrapTimer(timer).set(1000, () => seen.push(d.idle.idleSeconds()));
    armed[0]?.fire();
    await expect.poll(() => seen).toEqual([5]);
    expect(d.state().idleTrusted).toBe(true);
  });

  it('a timer cleared while the reading is on its way does not fire', async () => {
    started(await mutterIdleMonitor(desk.sessionAddress));
    const d = make({ XDG_SESSION_TYPE: 'wayland' });
    await d.idleChoice;
    const { timer, armed } = manualTimer();
    let fired = 0;
    const wrapped = d.wrapTimer(timer);
    const h = wrapped.set(1000, () => fired++);
    armed[0]?.fire();
    wrapped.clear(h);
    await new Promise((r) => setTimeout(r, 100));
    expect(fired).toBe(0);
  });
});

describe('the trust gate in place', () => {
  it('X11 where powerMonitor says 0 for half an hour: untrusted, and listeners hear it', async () => {
    let clock = 0;
    const d = make({ XDG_SESSION_TYPE: 'x11' }, fakePower(0), () => clock);
    await d.idleChoice;
    let heard = 0;
    d.subscribe(() => heard++);
    for (let i = 0; i < STUCK_READINGS; i++) {
      clock = (i * STUCK_AFTER_MS) / (STUCK_READINGS - 1);
      d.idle.idleSeconds();
    }
    expect(d.state().idleTrusted).toBe(false);
    expect(heard).toBeGreaterThan(0);
    expect(d.idle.idleSeconds()).toBeNull();
  });
});

describe('lock on Linux', () => {
  it('logind’s Lock and Unlock reach the listener', async () => {
    const login = started(await logind(desk.systemAddress, { sessionId: '5' }));
    const d = make({ XDG_SESSION_ID: '5', XDG_SESSION_TYPE: 'x11' });
    const events: string[] = [];
    const stop = d.watchLock({ lock: () => events.push('lock'), unlock: () => events.push('unlock') });
    await expect.poll(() => login.calls).toContain('GetSession 5');
    // Subscribed once LockedHint was read; a round trip on the system bus makes sure of it.
    const sys = busProvider('system', { env: desk.env });
    await expect
      .poll(async () => {
        login.lock();
        login.unlock();
        await (await sys())?.nameHasOwner('x.y');
        return events.length > 0;
      })
      .toBe(true);
    expect(events.slice(0, 2)).toEqual(['lock', 'unlock']);
    stop();
    sys.close();
  });

  it('a bus connection that ends is opened again, and lock is still heard', async () => {
    const login = started(await logind(desk.systemAddress, { sessionId: '6' }));
    const system = busProvider('system', { env: desk.env });
    const d = createDesktop({
      platform: 'linux',
      env: { ...desk.env, XDG_SESSION_ID: '6', XDG_SESSION_TYPE: 'x11' },
      iconPath: '/icon.png',
      powerMonitor: fakePower(),
      log: () => {},
      systemBus: system,
    });
    desktops.push(d);
    const events: string[] = [];
    d.watchLock({ lock: () => events.push('lock'), unlock: () => events.push('unlock') });
    await expect.poll(() => login.calls.filter((c) => c === 'GetSession 6').length).toBe(1);
    const first = await system();
    first?.close();
    await expect.poll(() => login.calls.filter((c) => c === 'GetSession 6').length).toBe(2);
    await expect
      .poll(async () => {
        login.lock();
        login.unlock();
        await (await system())?.nameHasOwner('x.y');
        return events.length > 0;
      })
      .toBe(true);
    expect(await system()).not.toBe(first);
    system.close();
  });
});
