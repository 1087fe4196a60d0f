// The doctor's report: what Attune finds on this desktop, the problems in plain words (each
// with what to do), and the text `attune --doctor` prints. Pure.
import type { NotificationRoute } from '../../shared/desktop';
import { type BusyReport, busyProblems } from '../adapters/busy';
import type { SessionInfo } from '../adapters/desktop/session';
import { isGnome } from '../adapters/desktop/session';

export interface DoctorFacts {
  session: SessionInfo;
  notifications: NotificationRoute;
  tray: { host: boolean | null };
  idle: { source: string; trusted: boolean };
  lock: { source: string };
  /** Whether each bus answered (Linux); null elsewhere. */
  dbus: { session: boolean; system: boolean } | null;
  /** Each busy signal: what answered and its answer now (null: this desktop can't tell). */
  busy?: BusyReport;
}

export interface DoctorReport extends DoctorFacts {
  problems: string[];
}

const TRAY_FALLBACK = 'Until then, open Attune again from your applications: that opens its Settings.';

/** Plain sentences, each saying what is wrong and what the person can do about it. */
export function problemsFor(f: DoctorFacts): string[] {
  const out: string[] = [];
  const linux = f.dbus !== null;
  if (linux && !f.dbus?.session)
    out.push(
      'Attune can’t reach the session D-Bus, so it can’t talk to the notification service, the screen locker or the ' +
        `idle monitor directly${f.notifications.via === 'none' ? '' : ` and falls back to ${f.notifications.via}`}. ` +
        'Start Attune from your desktop session (not over ssh or from a bare console), where DBUS_SESSION_BUS_ADDRESS is set.',
    );
  if (f.notifications.via === 'none')
    out.push(
      'Nothing can show a notification here, so reminders appear only in the tray. Start a notification service ' +
        '(your desktop’s own, or one like dunst or mako), or install notify-send (libnotify), then restart Attune.',
    );
  else if (f.notifications.via === 'node-notifier' && linux)
    out.push(
      'This notify-send is older than libnotify 0.8, so reminders come without buttons and a click can’t start a ' +
        'pause. Choose a pause from the tray menu, or update libnotify.',
    );
  else if (f.notifications.via === 'dbus' && !f.notifications.actions)
    out.push(
      `Your notification service (${f.notifications.server ?? 'unnamed'}) shows no buttons, so reminders come without ` +
        'Start, snooze and Skip. Choose a pause from the Attune menu in the tray to begin.',
    );
  if (f.tray.host === false)
    out.push(
      isGnome(f.session.desktop)
        ? 'GNOME shows no tray icons by itself, so Attune’s icon isn’t visible. Install and turn on the ' +
            `“AppIndicator and KStatusNotifierItem Support” extension to see it. ${TRAY_FALLBACK}`
        : 'No tray host is running, so Attune’s icon isn’t visible. Add a system tray (a panel applet or bar that ' +
            `shows StatusNotifierItem icons) to see it. ${TRAY_FALLBACK}`,
    );
  if (!f.idle.trusted)
    out.push(
      'Attune can’t read how long you have been away from the keyboard on this desktop, so natural breaks and ' +
        'waiting for a lull in your typing are off; reminders still come on time. GNOME and KDE sessions, and X11 ' +
        'sessions, let Attune read it.',
    );
  if (linux && f.lock.source === 'none')
    out.push(
      'Attune can’t hear when the screen locks (no logind session and no screensaver service answered), so time at a ' +
        'locked screen counts as time at the desk. Reminders still come; pause them from the tray when you step away.',
    );
  return out;
}

export function buildReport(facts: DoctorFacts): DoctorReport {
  return { ...facts, problems: [...problemsFor(facts), ...(facts.busy ? busyProblems(facts.busy) : [])] };
}

const SESSION_NAMES: Record<SessionInfo['type'], string> = {
  x11: 'X11',
  wayland: 'Wayland',
  tty: 'a text console (no graphical session found)',
  macos: 'macOS',
  windows: 'Windows',
};

function notificationsLine(n: NotificationRoute): string {
  const buttons = n.actions ? 'with buttons' : 'without buttons';
  switch (n.via) {
    case 'dbus':
      return `over D-Bus to ${n.server ?? 'an unnamed notification service'}, ${buttons}`;
    case 'none':
      return 'none can be shown — reminders appear in the tray only';
    default:
      return `through ${n.via}, ${buttons}`;
  }
}

const answer = (v: boolean | null, on: string) => (v === null ? 'can’t tell' : v ? on : 'no');

/** Whether the person is busy right now, and what told Attune (never which app). */
function busyLines(b: BusyReport): string[] {
  return [
    `Do Not Disturb: ${answer(b.doNotDisturb.active, 'on')} — ${b.doNotDisturb.source}`,
    `Full screen:    ${answer(b.fullScreen.active, 'yes')} — ${b.fullScreen.source}`,
    `Camera:         ${answer(b.camera.active, 'in use')} — ${b.camera.source}`,
    `Microphone:     ${answer(b.microphone.active, 'in use')} — ${b.microphone.source}`,
  ];
}

/** The report as `attune --doctor` prints it. */
export function formatReport(r: DoctorReport): string {
  const tray = r.tray.host === null ? 'can’t tell' : r.tray.host ? 'a tray host shows Attune’s icon' : 'no tray host';
  const lines = [
    'Attune doctor: what Attune finds on this desktop',
    '',
    `Session:        ${SESSION_NAMES[r.session.type]}${r.session.desktop ? ` (${r.session.desktop})` : ''}`,
    `Notifications:  ${notificationsLine(r.notifications)}`,
    `Tray:           ${tray}`,
    `Idle time:      ${r.idle.source}${r.idle.trusted ? '' : ' (can’t be trusted)'}`,
    `Screen lock:    ${r.lock.source}`,
    ...(r.busy ? busyLines(r.busy) : []),
    '',
  ];
  if (r.problems.length === 0) lines.push('Nothing stands in the way of reminders here.');
  else {
    lines.push(r.problems.length === 1 ? 'One thing to know:' : 'Things to know:');
    for (const p of r.problems) lines.push(`  - ${p}`);
  }
  return lines.join('\n');
}
