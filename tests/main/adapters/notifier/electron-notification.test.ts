// macOS reminders through Electron's own Notification, against the fake's darwin mode: posted as
// Attune (not terminal-notifier), with Start / later / Skip and a click that starts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ElectronNotifier, type NotificationClass } from '../../../../src/main/adapters/notifier/electron-notification';
import { createNotifier } from '../../../../src/main/adapters/notifier/index';
import { NodeNotifier } from '../../../../src/main/adapters/notifier/node-notifier';
import { type ReminderAction, reminderNotice } from '../../../../src/main/core/notifier';
import { asElectron, Notification, resetElectronFake } from '../../../fakes/electron';
import { english } from '../../../support/words';

const electronNotification = asElectron<NotificationClass>(Notification);

const notice = reminderNotice(english(), 0, 60_000);

function shown(): { notifier: ElectronNotifier; actions: ReminderAction[] } {
  const notifier = new ElectronNotifier(electronNotification);
  const actions: ReminderAction[] = [];
  notifier.show(notice, (a) => actions.push(a));
  return { notifier, actions };
}
const last = () => {
  const n = Notification.instances.at(-1);
  if (!n) throw new Error('no notification');
  return n;
};

beforeEach(() => resetElectronFake({ ready: true, platform: 'darwin' }));
afterEach(() => {
  vi.useRealTimers();
  resetElectronFake();
});

describe('on macOS reminders go through Electron, as Attune', () => {
  it('createNotifier picks Electron notifications on macOS', () => {
    expect(createNotifier({ platform: 'darwin', iconPath: '/icon.png', electronNotification })).toBeInstanceOf(
      ElectronNotifier,
    );
  });

  it('falls back to node-notifier where Electron cannot notify', () => {
    Notification.supported = false;
    expect(createNotifier({ platform: 'darwin', iconPath: '/icon.png', electronNotification })).toBeInstanceOf(
      NodeNotifier,
    );
  });

  it('Windows keeps node-notifier (SnoreToast with our AppUserModelID)', () => {
    resetElectronFake({ ready: true, platform: 'win32' });
    expect(createNotifier({ platform: 'win32', iconPath: 'C:\\icon.png', electronNotification })).toBeInstanceOf(
      NodeNotifier,
    );
  });

  it('shows the reminder quietly with the buttons Start, Later and Skip', () => {
    shown();
    const n = last();
    expect(n.shown).toBe(true);
    expect(n.options).toMatchObject({ title: notice.title, body: notice.body, silent: true });
    expect(n.options.actions).toEqual([
      { type: 'button', text: 'Start' },
      { type: 'button', text: 'Later' },
      { type: 'button', text: 'Skip' },
    ]);
  });

  it.each([
    [0, 'start'],
    [1, 'snooze'],
    [2, 'skip'],
  ] as const)('button %i answers %s, once', (index, want) => {
    const { actions } = shown();
    last().pressAction(index);
    last().emit('close', {});
    expect(actions).toEqual([want]);
  });

  it('a click on the notice starts the pause', () => {
    const { actions } = shown();
    last().emit('click', {});
    expect(actions).toEqual(['start']);
  });

  it('closing it without a choice is dismissed', () => {
    const { actions } = shown();
    last().emit('close', {});
    expect(actions).toEqual(['dismissed']);
  });

  it('an unanswered reminder is withdrawn after its time, and counts as dismissed', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { actions } = shown();
    vi.advanceTimersByTime(notice.expireMs);
    expect(last().closed).toBe(true);
    expect(actions).toEqual(['dismissed']);
  });

  it('a newer reminder withdraws the older one without reporting for it', () => {
    const notifier = new ElectronNotifier(electronNotification);
    const first: ReminderAction[] = [];
    notifier.show(notice, (a) => first.push(a));
    const older = last();
    notifier.show(notice, () => {});
    expect(older.closed).toBe(true);
    expect(first).toEqual([]);
  });

  it('a notice that cannot be shown is logged and dismissed', () => {
    const log = vi.fn();
    const notifier = new ElectronNotifier(electronNotification, log);
    const actions: ReminderAction[] = [];
    notifier.show(notice, (a) => actions.push(a));
    last().emit('failed', {}, 'Notifications are not allowed for this application');
    expect(actions).toEqual(['dismissed']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not allowed'));
  });
});

describe('the fake keeps Electron’s platform rule', () => {
  it('notification buttons exist on macOS and Windows only', () => {
    resetElectronFake({ ready: true, platform: 'linux-x11' });
    shown();
    expect(() => last().pressAction(0)).toThrow(/macOS and Windows only/);
  });
});
