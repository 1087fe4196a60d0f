// Reminders over the freedesktop Notifications interface on the session bus
// (org.freedesktop.Notifications at /org/freedesktop/Notifications; Desktop Notifications
// Specification 1.2): Notify with actions and hints, ActionInvoked and NotificationClosed,
// GetCapabilities (buttons only where the server has "actions"), GetServerInformation, and
// CloseNotification when a reminder's lifetime ends (some servers, GNOME Shell among them,
// ignore the expiry time). No notify-send, no extra package.
import { EXECUTABLE_NAME, PRODUCT_NAME } from '../../../shared/app-identity';
import { actionFromKey, type Notifier, type ReminderAction, type ReminderNotice } from '../../core/notifier';
import type { DbusConnection } from './dbus';

export const NOTIFICATIONS = {
  destination: 'org.freedesktop.Notifications',
  path: '/org/freedesktop/Notifications',
  interface: 'org.freedesktop.Notifications',
} as const;

export interface NotificationServerInfo {
  /** The server's name from GetServerInformation, e.g. "dunst"; null if it gave none. */
  name: string | null;
  /** The server shows buttons (the "actions" capability). */
  actions: boolean;
  /** GetCapabilities answered: false when it gave no answer in time (a desktop busy at login). */
  capabilitiesKnown: boolean;
}

/** Asks the session bus's notification server who it is; null when no server answers. */
export async function probeNotificationServer(conn: DbusConnection): Promise<NotificationServerInfo | null> {
  const [caps, info] = await Promise.all([
    conn.call({ ...NOTIFICATIONS, member: 'GetCapabilities' }),
    conn.call({ ...NOTIFICATIONS, member: 'GetServerInformation' }),
  ]);
  if (!caps && !info) return null;
  const list = Array.isArray(caps?.[0]) ? (caps[0] as unknown[]) : [];
  const name = typeof info?.[0] === 'string' && info[0].trim() ? info[0].trim().slice(0, 100) : null;
  return { name, actions: list.includes('actions'), capabilitiesKnown: caps !== null };
}

/** Notify's arguments for one reminder (signature 'susssasa{sv}i'). */
export function notifyArgs(notice: ReminderNotice, iconPath: string, replacesId: number, actions: boolean): unknown[] {
  const buttons = actions
    ? // "default" is the click on the notice itself; the rest are buttons, in the order shown.
      ['default', notice.startLabel, 'start', notice.startLabel, 'snooze', notice.snoozeLabel, 'skip', notice.skipLabel]
    : // Without the capability, no actions at all: some servers (notify-osd) turn a notice
      // with actions into a dialog. The tray offers the pause instead.
      [];
  const hints = [
    ['desktop-entry', ['s', EXECUTABLE_NAME]],
    ['urgency', ['y', 1]],
    // Not kept in the notification centre: an unanswered reminder just goes.
    ['transient', ['b', true]],
  ];
  return [PRODUCT_NAME, replacesId, iconPath, notice.title, notice.body, buttons, hints, Math.round(notice.expireMs)];
}

interface Shown {
  id: number;
  onAction: (action: ReminderAction) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class DbusNotifier implements Notifier {
  private shown: Shown | null = null;
  /** Bumped by every show() and close(): a Notify reply for an older ticket is stale. */
  private ticket = 0;
  private readonly unsubscribe: (() => void)[] = [];

  private constructor(
    private readonly conn: DbusConnection,
    readonly server: NotificationServerInfo,
    private readonly iconPath: string,
    private readonly log: (message: string) => void,
    /** Notify could not be delivered: the caller picks another way for this notice. */
    private readonly onFailure: (notice: ReminderNotice, onAction: (action: ReminderAction) => void) => void,
  ) {}

  /** Subscribes to the server's signals; null when the bus refuses the match rules. */
  static async create(
    conn: DbusConnection,
    server: NotificationServerInfo,
    iconPath: string,
    log: (message: string) => void,
    onFailure: (notice: ReminderNotice, onAction: (action: ReminderAction) => void) => void,
  ): Promise<DbusNotifier | null> {
    const n = new DbusNotifier(conn, server, iconPath, log, onFailure);
    // The bus delivers these only from the name's current owner, never from another client.
    const match = { interface: NOTIFICATIONS.interface, path: NOTIFICATIONS.path, sender: NOTIFICATIONS.destination };
    const [invoked, closed] = await Promise.all([
      conn.subscribe({ ...match, member: 'ActionInvoked' }, (body) => n.onInvoked(body[0], body[1])),
      conn.subscribe({ ...match, member: 'NotificationClosed' }, (body) => n.onClosed(body[0])),
    ]);
    if (invoked) n.unsubscribe.push(invoked);
    if (closed) n.unsubscribe.push(closed);
    if (!invoked || !closed) {
      n.dispose();
      return null;
    }
    return n;
  }

  show(notice: ReminderNotice, onAction: (action: ReminderAction) => void): void {
    const ticket = ++this.ticket;
    const previous = this.shown;
    this.shown = null;
    if (previous) clearTimeout(previous.timer);
    const args = notifyArgs(notice, this.iconPath, previous?.id ?? 0, this.server.actions);
    void this.conn
      .call({ ...NOTIFICATIONS, member: 'Notify', signature: 'susssasa{sv}i', body: args })
      .then((reply) => {
        const id = reply?.[0];
        if (typeof id !== 'number') {
          if (ticket === this.ticket) this.onFailure(notice, onAction);
          return;
        }
        // Closed or replaced while Notify was on its way: take this one down at once.
        if (ticket !== this.ticket) {
          if (this.shown?.id !== id) this.closeOnServer(id);
          return;
        }
        const timer = setTimeout(() => this.expire(id), notice.expireMs);
        timer.unref?.();
        this.shown = { id, onAction, timer };
      });
  }

  /** Withdraws the notice on screen; nothing is reported for it. */
  close(): void {
    this.ticket++;
    const s = this.shown;
    this.shown = null;
    if (!s) return;
    clearTimeout(s.timer);
    this.closeOnServer(s.id);
  }

  dispose(): void {
    this.close();
    for (const u of this.unsubscribe.splice(0)) u();
  }

  private expire(id: number): void {
    if (this.shown?.id !== id) return;
    this.report('dismissed');
    this.closeOnServer(id);
  }

  private onInvoked(id: unknown, key: unknown): void {
    if (this.shown === null || id !== this.shown.id) return;
    const action = actionFromKey(key);
    if (action) {
      // The spec has the server remove a notice once an action is invoked; not all do (dunst
      // keeps it after `dunstctl action`), so it is taken down here too.
      const id = this.shown.id;
      this.report(action);
      this.closeOnServer(id);
    } else this.log(`notification server sent an unknown action: ${String(key).slice(0, 40)}`);
  }

  private onClosed(id: unknown): void {
    if (this.shown !== null && id === this.shown.id) this.report('dismissed');
  }

  private report(action: ReminderAction): void {
    const s = this.shown;
    if (!s) return;
    this.shown = null;
    clearTimeout(s.timer);
    s.onAction(action);
  }

  private closeOnServer(id: number): void {
    void this.conn.call({ ...NOTIFICATIONS, member: 'CloseNotification', signature: 'u', body: [id] });
  }
}
