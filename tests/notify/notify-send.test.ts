// The Linux notification path end to end, for real: the scheduler (on the virtual clock) shows a
// due reminder through the real notify-send adapter; dunst, a real notification daemon on a
// private D-Bus session under Xvfb, receives it; the person's click or action goes back through
// notify-send to the scheduler. Run by tools/test-notify.sh, which starts Xvfb, D-Bus and dunst.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DbusNotifier } from '../../src/main/adapters/desktop/notifications';
import { createNotifier, LinuxNotifier } from '../../src/main/adapters/notifier';
import { NodeNotifier } from '../../src/main/adapters/notifier/node-notifier';
import { NotifySendNotifier } from '../../src/main/adapters/notifier/notify-send';
import { type ReminderAction, reminderNotice } from '../../src/main/core/notifier';
import { defaultSettings } from '../../src/shared/settings';
import { World } from '../../tools/simulate/engine';
import { parseDunstLog } from '../support/dunst-log';
import { english } from '../support/words';

const LOG = process.env.ATTUNE_DUNST_LOG ?? '';
const PICK = process.env.ATTUNE_DMENU_PICK ?? '';
const ICON = path.resolve('resources/icons/attune-256.png');

/** One notification as `dunst -print` reported it. */

let logOffset = 0;
/** Notifications dunst received since the test began. */
const received = () => parseDunstLog(readFileSync(LOG, 'utf8').slice(logOffset));
const dunstctl = (...args: string[]) => execFileSync('dunstctl', args, { encoding: 'utf8' }).trim();
const displayed = () => Number(dunstctl('count', 'displayed'));

async function until<T>(what: string, probe: () => T | undefined | false, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A Monday in Berlin, just before active hours: the first reminder falls due at 10:00. */
const worlds: World[] = [];
function morning(notifier = new NotifySendNotifier(ICON)) {
  const world = new World({
    timezone: 'Europe/Berlin',
    start: Date.parse('2026-06-01T08:59:00+02:00'),
    settings: defaultSettings(),
    notifier,
  });
  worlds.push(world);
  return world;
}

afterEach(() => {
  for (const w of worlds.splice(0)) w.scheduler.dispose();
});

beforeAll(() => {
  if (!LOG || !PICK || !process.env.DBUS_SESSION_BUS_ADDRESS)
    throw new Error('run these through tools/test-notify.sh (it starts Xvfb, a private D-Bus and dunst)');
});

beforeEach(async () => {
  dunstctl('close-all');
  await until('no notices on screen', () => displayed() === 0);
  logOffset = readFileSync(LOG, 'utf8').length;
});

describe('reminders through notify-send and a real daemon (dunst)', () => {
  it('with the session bus reachable, D-Bus is chosen; without it, this libnotify (with actions) is', async () => {
    const version = execFileSync('notify-send', ['--version'], { encoding: 'utf8' });
    expect(version).toMatch(/notify-send 0\.(8|9)|notify-send [1-9]/);
    const chosen = createNotifier({ platform: 'linux', iconPath: ICON });
    expect(chosen).toBeInstanceOf(LinuxNotifier);
    expect(await (chosen as LinuxNotifier).ready).toBeInstanceOf(DbusNotifier);
    const noBus = createNotifier({ platform: 'linux', iconPath: ICON, sessionBus: async () => null });
    expect(await (noBus as LinuxNotifier).ready).toBeInstanceOf(NotifySendNotifier);
    chosen.close();
  });

  it('a due reminder reaches the daemon with the title, body, app name, icon, expiry and actions', async () => {
    const world = morning();
    world.advanceTo(Date.parse('2026-06-01T10:00:00+02:00'));
    expect(world.notices).toHaveLength(1);
    const [seen] = await until('the notice to reach dunst', () => received().length > 0 && received());
    expect(seen).toEqual({
      appname: 'Attune',
      summary: 'A pause, if you like',
      body: world.notices[0]?.notice.body,
      icon: ICON,
      timeout: 120_000,
      transient: true,
      actions: { default: 'Start', start: 'Start', snooze: 'Later', skip: 'Skip' },
    });
    expect(displayed()).toBe(1);
  });

  it('clicking it (dunstctl action 0) starts the practice', async () => {
    const world = morning();
    world.advanceTo(Date.parse('2026-06-01T10:00:00+02:00'));
    await until('the notice on screen', () => displayed() === 1);
    expect(world.scheduler.status()).toEqual({ kind: 'due' });
    dunstctl('action', '0');
    await until('the practice to start', () => world.practiceStarts.length === 1);
    expect(world.scheduler.status()).toEqual({ kind: 'practising' });
    await until('the notice to close', () => displayed() === 0);
  });

  it.each([
    ['snooze', { kind: 'snoozed', until: Date.parse('2026-06-01T10:10:00+02:00') }],
    ['skip', { kind: 'waiting', nextAt: Date.parse('2026-06-01T11:00:00+02:00') }],
    ['start', { kind: 'practising' }],
  ] as const)('choosing "%s" from its actions reaches the scheduler', async (key, status) => {
    const world = morning();
    world.advanceTo(Date.parse('2026-06-01T10:00:00+02:00'));
    await until('the notice on screen', () => displayed() === 1);
    writeFileSync(PICK, key);
    dunstctl('context'); // dunst's action menu; the test's dmenu picks `key`
    await until(
      `the scheduler to hear ${key}`,
      () => JSON.stringify(world.scheduler.status()) === JSON.stringify(status),
    );
    expect(world.practiceStarts).toHaveLength(key === 'start' ? 1 : 0);
  });

  it('a notice nobody answers expires on its own and is reported as dismissed', async () => {
    const heard: ReminderAction[] = [];
    new NotifySendNotifier(ICON).show({ ...reminderNotice(english(), 0, 120_000), expireMs: 1500 }, (a) =>
      heard.push(a),
    );
    await until('the notice on screen', () => displayed() === 1);
    await until('the notice to expire', () => heard.length === 1, 8000);
    expect(heard).toEqual(['dismissed']);
    expect(displayed()).toBe(0);
  });

  it('a reminder left unanswered for its lifetime is taken down', async () => {
    const world = morning();
    world.advanceTo(Date.parse('2026-06-01T10:00:00+02:00'));
    await until('the notice on screen', () => displayed() === 1);
    world.advanceTo(Date.parse('2026-06-01T10:02:00+02:00'));
    expect(world.scheduler.status()).toEqual({ kind: 'waiting', nextAt: Date.parse('2026-06-01T11:00:00+02:00') });
    await until('the notice to be taken down', () => displayed() === 0);
  });

  it('a practice started another way withdraws the notice on screen', async () => {
    const world = morning();
    world.advanceTo(Date.parse('2026-06-01T10:00:00+02:00'));
    await until('the notice on screen', () => displayed() === 1);
    world.scheduler.practiceStarted(); // e.g. from the tray
    await until('the notice to be withdrawn', () => displayed() === 0);
  });

  it('the fallback for older libnotify: node-notifier shows a plain notice with the same words', async () => {
    const notice = reminderNotice(english(), 3, 5000);
    new NodeNotifier(ICON, 'linux', false).show(notice, () => {});
    const [seen] = await until('the plain notice to reach dunst', () => received().length > 0 && received());
    expect(seen).toMatchObject({ appname: 'Attune', summary: 'A pause, if you like', body: notice.body, icon: ICON });
    expect(seen?.actions).toEqual({});
  });
});
