// The doctor's problems: one plain sentence per thing in the way, each saying what to do; none
// where nothing is in the way. Pure.
import { describe, expect, it } from 'vitest';
import { buildReport, type DoctorFacts, formatReport, problemsFor } from '../../../../src/main/doctor/report';
import { english } from '../../../support/words';

const EN = english();

const healthy: DoctorFacts = {
  session: { type: 'x11', desktop: 'KDE' },
  notifications: { via: 'dbus', server: 'Plasma', actions: true },
  tray: { host: true },
  idle: { source: 'electron-powerMonitor', trusted: true },
  lock: { source: 'logind, org.freedesktop.ScreenSaver' },
  dbus: { session: true, system: true },
};

describe('doctor problems', () => {
  it('nothing to say on a healthy desktop, nor on macOS or Windows', () => {
    expect(problemsFor(EN, healthy)).toEqual([]);
    expect(
      problemsFor(EN, {
        session: { type: 'macos', desktop: null },
        notifications: { via: 'node-notifier', server: null, actions: true },
        tray: { host: true },
        idle: { source: 'electron-powerMonitor', trusted: true },
        lock: { source: 'electron-powerMonitor' },
        dbus: null,
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'no notification service',
      { notifications: { via: 'none', server: null, actions: false } },
      /Start a notification service/,
    ],
    [
      'an old notify-send',
      { notifications: { via: 'node-notifier', server: null, actions: false } },
      /update libnotify/,
    ],
    [
      'a server without buttons',
      { notifications: { via: 'dbus', server: 'notify-osd', actions: false } },
      /notify-osd.*tray/,
    ],
    ['no tray host outside GNOME', { tray: { host: false } }, /Add a system tray.*open Attune again/],
    ['idle time that can’t be read', { idle: { source: 'electron-powerMonitor', trusted: false } }, /natural breaks/],
    ['no lock source', { lock: { source: 'none' } }, /pause them from the tray/],
    [
      'no session bus',
      { dbus: { session: false, system: true }, notifications: { via: 'notify-send', server: null, actions: true } },
      /falls back to notify-send/,
    ],
  ] as [string, Partial<DoctorFacts>, RegExp][])('%s', (_name, change, says) => {
    const problems = problemsFor(EN, { ...healthy, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(says);
    expect(problems[0]).not.toMatch(/!|\b(should|failed|missed)\b/i);
  });

  it('the text report lists facts and problems', () => {
    const text = formatReport(
      EN,
      buildReport(EN, { ...healthy, tray: { host: false }, session: { type: 'wayland', desktop: 'GNOME' } }),
    );
    expect(text).toContain('Session:        Wayland (GNOME)');
    expect(text).toContain('Tray:           no tray host');
    expect(text).toContain('One thing to know:');
    expect(text).toContain('AppIndicator and KStatusNotifierItem Support');
  });
});
