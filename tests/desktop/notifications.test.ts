// Linux reminders over the freedesktop Notifications interface, for real: the scheduler (on the
// virtual clock) shows a due reminder through the D-Bus notifier; dunst, a real notification
// server on a private session bus under Xvfb, receives it; the person's click or choice comes
// back as ActionInvoked. A stand-in server without the "actions" capability shows the other case.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { busProvider } from '../../src/main/adapters/desktop/dbus-provider';
import { DbusNotifier } from '../../src/main/adapters/desktop/notifications';
import { LinuxNotifier } from '../../src/main/adapters/notifier';
import { NotifySendNotifier } from '../../src/main/adapters/notifier/notify-send';
import { NoticeSlot } from '../../src/main/core/notice-slot';
import { type ReminderAction, reminderNotice } from '../../src/main/core/notifier';
import type { NotificationRoute } from '../../src/shared/desktop';
import { RAW_CATALOGS } from '../../src/shared/i18n/all-catalogs';
import { defaultSettings } from '../../src/shared/settings';
import { World } from '../../tools/simulate/engine';
import { parseDunstLog } from '../support/dunst-log';
import { english, wordsFor } from '../support/words';
import { type PrivateDesktop, startDesktop } from './support/desktop';
import { notificationServer } from './support/services';

const ICON = path.resolve('resources/icons/attune-256.png');
let desk: PrivateDesktop;
let logOffset = 0;
const notifiers: LinuxNotifier[] = [];
const worlds: World[] = [];

const received = async () => parseDunstLog((await desk.dunstLog()).slice(logOffset));
const displayed = async () => Number((await desk.dunstctl('count', 'displayed')).trim());

function linuxNotifier(env = desk.env, log: (message: string) => void = () => {}): LinuxNotifier {
  const n = new LinuxNotifier({ platform: 'linux', iconPath: ICON, sessionBus: busProvider('session', { env }) }, log);
  notifiers.push(n);
  return n;
}

/** A Monday in Berlin, just before active hours: the first reminder falls due at 10:00. */
function morning(notifier: LinuxNotifier) {
  const world = new World({
    timezone: 'Europe/Berlin',
    start: Date.parse('2026-06-01T08:59:00+02:00'),
    settings: defaultSettings(),
    notifier,
  });
  worlds.push(world);
  return world;
}
const TEN = Date.parse('2026-06-01T10:00:00+02:00');

beforeAll(async () => {
  desk = await startDesktop({ dunst: true });
});
afterAll(async () => {
  await desk?.stop();
});
beforeEach(async () => {
  await desk.dunstctl('close-all');
  await expect.poll(displayed).toBe(0);
  logOffset = (await desk.dunstLog()).length;
});
afterEach(() => {
  for (const w of worlds.splice(0)) w.scheduler.dispose();
  for (const n of notifiers.splice(0)) n.close();
});

describe('reminders over D-Bus to a real server (dunst)', () => {
  it('chooses D-Bus first and knows the server and that it has actions', async () => {
    const n = linuxNotifier();
    expect(await n.ready).toBeInstanceOf(DbusNotifier);
    expect(n.route()).toEqual({ via: 'dbus', server: 'dunst', actions: true });
  });

  it('a due reminder arrives with its title, body, app name, icon and actions', async () => {
    const world = morning(linuxNotifier());
    world.advanceTo(TEN);
    expect(world.notices).toHaveLength(1);
    await expect.poll(async () => (await received()).length).toBe(1);
    const [seen] = await received();
    expect(seen).toMatchObject({
      appname: 'Attune',
      summary: 'A pause, if you like',
      body: world.notices[0]?.notice.body,
      icon: ICON,
      transient: true,
      actions: { default: 'Start', start: 'Start', snooze: 'Later', skip: 'Skip' },
    });
    expect(await displayed()).toBe(1);
  });

  it('clicking it (dunstctl action 0) starts the practice', async () => {
    const world = morning(linuxNotifier());
    world.advanceTo(TEN);
    await expect.poll(displayed).toBe(1);
    expect(world.scheduler.status()).toEqual({ kind: 'due' });
    await desk.dunstctl('action', '0');
    await expect.poll(() => world.practiceStarts.length).toBe(1);
    expect(world.scheduler.status()).toEqual({ kind: 'practising' });
    await expect.poll(displayed).toBe(0);
  });

  it.each([
    ['start', { kind: 'practising' }],
    ['snooze', { kind: 'snoozed', until: Date.parse('2026-06-01T10:10:00+02:00') }],
    ['skip', { kind: 'waiting', nextAt: Date.parse('2026-06-01T11:00:00+02:00') }],
  ] as const)('choosing "%s" among its buttons reaches the scheduler', async (key, status) => {
    const world = morning(linuxNotifier());
    world.advanceTo(TEN);
    await expect.poll(displayed).toBe(1);
    await desk.pickAction(key);
    await desk.dunstctl('context');
    await expect.poll(() => world.scheduler.status()).toEqual(status);
    expect(world.practiceStarts).toHaveLength(key === 'start' ? 1 : 0);
  });

  it('a reminder nobody answers is closed on the server when it expires, and reported as dismissed', async () => {
    // This dunst ignores expiry times (as GNOME Shell does): only CloseNotification takes it down.
    const n = linuxNotifier();
    await n.ready;
    const heard: ReminderAction[] = [];
    n.show({ ...reminderNotice(english(), 0, 120_000), expireMs: 800 }, (a) => heard.push(a));
    await expect.poll(displayed).toBe(1);
    await expect.poll(() => heard, { timeout: 5000 }).toEqual(['dismissed']);
    await expect.poll(displayed).toBe(0);
  });

  it('a reminder left unanswered for its lifetime is taken down by the scheduler', async () => {
    const world = morning(linuxNotifier());
    world.advanceTo(TEN);
    await expect.poll(displayed).toBe(1);
    world.advanceTo(Date.parse('2026-06-01T10:02:00+02:00'));
    expect(world.scheduler.status()).toEqual({ kind: 'waiting', nextAt: Date.parse('2026-06-01T11:00:00+02:00') });
    await expect.poll(displayed).toBe(0);
  });

  it('closing it from the server (the person dismisses it) is reported as dismissed, not as a choice', async () => {
    const n = linuxNotifier();
    await n.ready;
    const heard: ReminderAction[] = [];
    n.show(reminderNotice(english(), 1, 120_000), (a) => heard.push(a));
    await expect.poll(displayed).toBe(1);
    await desk.dunstctl('close');
    await expect.poll(() => heard).toEqual(['dismissed']);
  });

  it('a newer reminder replaces the one on screen; only the newer one reports', async () => {
    const n = linuxNotifier();
    await n.ready;
    const first: ReminderAction[] = [];
    const second: ReminderAction[] = [];
    n.show(reminderNotice(english(), 0, 120_000), (a) => first.push(a));
    await expect.poll(displayed).toBe(1);
    n.show(reminderNotice(english(), 1, 120_000), (a) => second.push(a));
    await expect.poll(async () => (await received()).length).toBe(2);
    expect(await displayed()).toBe(1);
    await desk.dunstctl('action', '0');
    await expect.poll(() => second).toEqual(['start']);
    expect(first).toEqual([]);
  });
});

/** Runs `fn` on a second private desktop (its own session bus, no dunst), stopped afterwards. */
async function onAnotherDesktop(fn: (other: PrivateDesktop) => Promise<void>): Promise<void> {
  const other = await startDesktop();
  try {
    await fn(other);
  } finally {
    await other.stop();
  }
}

describe('when the desktop differs', () => {
  it('a server without "actions" gets no buttons; a click still starts', async () => {
    await onAnotherDesktop(async (other) => {
      const server = await notificationServer(other.sessionAddress);
      const n = linuxNotifier(other.env);
      expect(await n.ready).toBeInstanceOf(DbusNotifier);
      expect(n.route()).toEqual({ via: 'dbus', server: 'attune-test-notifications', actions: false });
      const heard: ReminderAction[] = [];
      n.show(reminderNotice(english(), 0, 120_000), (a) => heard.push(a));
      await expect.poll(() => server.notified.length).toBe(1);
      expect(server.notified[0]).toMatchObject({ appName: 'Attune', summary: 'A pause, if you like', actions: [] });
      expect(server.notified[0]?.hints).toMatchObject({ 'desktop-entry': 'attune', transient: true });
      server.click(1);
      await expect.poll(() => heard).toEqual(['start']);
      await server.stop();
    });
  });

  it('a server too busy to say whether it shows buttons: asked again before the reminder, which has them', async () => {
    await onAnotherDesktop(async (other) => {
      // Later than the 2 s Attune waits for an answer (a desktop still starting at login).
      const server = await notificationServer(other.sessionAddress, ['body', 'actions'], {
        firstCapabilitiesLateMs: 2500,
      });
      const said: string[] = [];
      const n = linuxNotifier(other.env, (m) => said.push(m));
      await n.ready;
      expect(n.route()).toEqual({ via: 'dbus', server: 'attune-test-notifications', actions: false });
      expect(said).toContain(
        'the notification service did not say whether it shows buttons; asking again before the next reminder',
      );
      n.show(reminderNotice(english(), 0, 120_000), () => {});
      await expect.poll(() => server.notified.length).toBe(1);
      expect(server.notified[0]?.actions).toEqual([
        'default',
        'Start',
        'start',
        'Start',
        'snooze',
        'Later',
        'skip',
        'Skip',
      ]);
      expect(n.route()).toEqual({ via: 'dbus', server: 'attune-test-notifications', actions: true });
      expect(said).toContain('reminders: over D-Bus to attune-test-notifications, with buttons');
      await server.stop();
    });
  });

  it('no notification server: the route is "none"; one that starts later is noticed at once, and used', async () => {
    await onAnotherDesktop(async (other) => {
      const n = linuxNotifier(other.env);
      const routes: NotificationRoute[] = [];
      n.onRouteChange((r) => routes.push(r));
      await n.ready;
      expect(n.route()).toEqual({ via: 'none', server: null, actions: false });
      const server = await notificationServer(other.sessionAddress, ['body', 'actions']);
      // No reminder needed: the name appearing on the bus is enough.
      await expect.poll(() => n.route()).toEqual({ via: 'dbus', server: 'attune-test-notifications', actions: true });
      expect(routes).toEqual([
        { via: 'none', server: null, actions: false },
        { via: 'dbus', server: 'attune-test-notifications', actions: true },
      ]);
      n.show(reminderNotice(english(), 0, 120_000), () => {});
      await expect.poll(() => server.notified.length).toBe(1);
      await server.stop();
      await expect.poll(() => n.route()).toEqual({ via: 'none', server: null, actions: false });
    });
  });

  it('the server going away mid-use: a reminder shown then finds no way, and the route says so', async () => {
    await onAnotherDesktop(async (other) => {
      const server = await notificationServer(other.sessionAddress);
      const n = linuxNotifier(other.env);
      await n.ready;
      await server.stop();
      await new Promise((r) => setTimeout(r, 100));
      n.show(reminderNotice(english(), 0, 120_000), () => {});
      await expect.poll(() => n.route()).toEqual({ via: 'none', server: null, actions: false });
    });
  });

  it('no reachable bus: notify-send is the fallback', async () => {
    const n = new LinuxNotifier({ platform: 'linux', iconPath: ICON, sessionBus: async () => null }, () => {});
    expect(await n.ready).toBeInstanceOf(NotifySendNotifier);
    expect(n.route()).toEqual({ via: 'notify-send', server: null, actions: true });
  });
});

describe('reminders in the person’s language, on a real server (dunst)', () => {
  it.each(['de', 'es', 'fr', 'ja', 'ar'] as const)(
    '%s: title, body and every button arrive translated; the buttons still work',
    async (lang) => {
      const words = wordsFor(lang);
      const n = linuxNotifier();
      await n.ready;
      const heard: ReminderAction[] = [];
      const notice = reminderNotice(words, 2, 120_000);
      n.show(notice, (a) => heard.push(a));
      await expect.poll(async () => (await received()).length).toBe(1);
      const [seen] = await received();
      const catalog = RAW_CATALOGS[lang].main;
      expect(seen).toMatchObject({
        summary: catalog['main.notice.title'],
        body: catalog['main.notice.body.shoulders'],
        actions: {
          default: catalog['main.notice.start'],
          start: catalog['main.notice.start'],
          snooze: catalog['main.notice.later'],
          skip: catalog['main.notice.skip'],
        },
      });
      await desk.pickAction('snooze');
      await desk.dunstctl('context');
      await expect.poll(() => heard).toEqual(['snooze']);
    },
  );

  it('a change of language: the next reminder speaks the new one (read as each is shown)', async () => {
    const n = linuxNotifier();
    await n.ready;
    let current = wordsFor('en');
    const slot = new NoticeSlot(n, () => current);
    slot.show(() => {});
    await expect.poll(async () => (await received()).length).toBe(1);
    current = wordsFor('de');
    slot.show(() => {});
    await expect.poll(async () => (await received()).length).toBe(2);
    const [first, second] = await received();
    expect(first?.summary).toBe(RAW_CATALOGS.en.main['main.notice.title']);
    expect(second?.summary).toBe(RAW_CATALOGS.de.main['main.notice.title']);
    expect(second?.actions).toMatchObject({ snooze: RAW_CATALOGS.de.main['main.notice.later'] });
  });
});
