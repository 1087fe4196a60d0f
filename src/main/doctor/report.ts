// The doctor's report: what Attune finds on this desktop, the problems in plain words (each
// with what to do), and the text `attune --doctor` prints, in the interface language (the JSON
// field names stay English). Pure.

import type { NotificationRoute } from '../../shared/desktop';
import type { MessageId, Translator } from '../../shared/i18n/translator';
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

/** Plain sentences in `tr`'s language, each saying what is wrong and what the person can do about it. */
export function problemsFor(tr: Translator, f: DoctorFacts): string[] {
  const out: string[] = [];
  const linux = f.dbus !== null;
  if (linux && !f.dbus?.session)
    out.push(
      f.notifications.via === 'none'
        ? tr.t('main.doctor.problem.noSessionBus')
        : tr.t('main.doctor.problem.noSessionBusFallback', { via: f.notifications.via }),
    );
  if (f.notifications.via === 'none') out.push(tr.t('main.doctor.problem.noNotifications'));
  else if (f.notifications.via === 'node-notifier' && linux) out.push(tr.t('main.doctor.problem.oldNotifySend'));
  else if (f.notifications.via === 'dbus' && !f.notifications.actions)
    out.push(
      tr.t('main.doctor.problem.noButtons', { server: f.notifications.server ?? tr.t('main.doctor.unnamedServer') }),
    );
  if (f.tray.host === false)
    out.push(tr.t(isGnome(f.session.desktop) ? 'main.doctor.problem.gnomeNoTray' : 'main.doctor.problem.noTrayHost'));
  if (!f.idle.trusted) out.push(tr.t('main.doctor.problem.idleUntrusted'));
  if (linux && f.lock.source === 'none') out.push(tr.t('main.doctor.problem.noLock'));
  return out;
}

/** The facts with their problems, in `tr`'s language (the field names stay English). */
export function buildReport(tr: Translator, facts: DoctorFacts): DoctorReport {
  return { ...facts, problems: [...problemsFor(tr, facts), ...(facts.busy ? busyProblems(tr, facts.busy) : [])] };
}

function sessionName(tr: Translator, type: SessionInfo['type']): string {
  switch (type) {
    case 'x11':
      return 'X11';
    case 'wayland':
      return 'Wayland';
    case 'macos':
      return 'macOS';
    case 'windows':
      return 'Windows';
    case 'tty':
      return tr.t('main.doctor.session.tty');
  }
}

function notificationsLine(tr: Translator, n: NotificationRoute): string {
  const buttons = n.actions ? 'yes' : 'no';
  switch (n.via) {
    case 'dbus':
      return n.server
        ? tr.t('main.doctor.notifications.dbus', { server: n.server, buttons })
        : tr.t('main.doctor.notifications.dbusUnnamed', { buttons });
    case 'none':
      return tr.t('main.doctor.notifications.none');
    default:
      return tr.t('main.doctor.notifications.through', { via: n.via, buttons });
  }
}

/** Columns on a terminal: wide (East Asian) characters take two. */
function columns(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return n;
}

/** "Label:   value" lines with the values in one column, whatever the language's label lengths. */
function aligned(rows: readonly [string, string][]): string[] {
  const width = Math.max(16, ...rows.map(([label]) => columns(label) + 1));
  return rows.map(([label, value]) => `${label}${' '.repeat(width - columns(label))}${value}`);
}

/** The report as `attune --doctor` prints it, in `tr`'s language. */
export function formatReport(tr: Translator, r: DoctorReport): string {
  const label = (id: MessageId) => tr.t(id);
  const tray =
    r.tray.host === null
      ? tr.t('main.doctor.cantTell')
      : r.tray.host
        ? tr.t('main.doctor.tray.shown')
        : tr.t('main.doctor.tray.none');
  const session = sessionName(tr, r.session.type);
  const busy = (s: { active: boolean | null; source: string }, yes: 'on' | 'yes' | 'inUse') =>
    tr.t('main.doctor.busyAnswer', {
      answer: s.active === null ? 'cantTell' : s.active ? yes : 'no',
      source: s.source,
    });
  const rows: [string, string][] = [
    [
      label('main.doctor.label.session'),
      r.session.desktop ? tr.t('main.doctor.sessionOnDesktop', { session, desktop: r.session.desktop }) : session,
    ],
    [label('main.doctor.label.notifications'), notificationsLine(tr, r.notifications)],
    [label('main.doctor.label.tray'), tray],
    [
      label('main.doctor.label.idle'),
      r.idle.trusted ? r.idle.source : tr.t('main.doctor.idle.untrusted', { source: r.idle.source }),
    ],
    [label('main.doctor.label.lock'), r.lock.source],
    ...(r.busy
      ? ([
          [label('main.doctor.label.doNotDisturb'), busy(r.busy.doNotDisturb, 'on')],
          [label('main.doctor.label.fullScreen'), busy(r.busy.fullScreen, 'yes')],
          [label('main.doctor.label.camera'), busy(r.busy.camera, 'inUse')],
          [label('main.doctor.label.microphone'), busy(r.busy.microphone, 'inUse')],
        ] as [string, string][])
      : []),
  ];
  const lines = [tr.t('main.doctor.title'), '', ...aligned(rows), ''];
  if (r.problems.length === 0) lines.push(tr.t('main.doctor.allClear'));
  else {
    lines.push(tr.t('main.doctor.thingsToKnow', { count: r.problems.length }));
    for (const p of r.problems) lines.push(`  - ${p}`);
  }
  return lines.join('\n');
}
