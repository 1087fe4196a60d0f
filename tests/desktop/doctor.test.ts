// `npm run doctor` for real: the probes run without Electron against a private desktop (real
// dunst on a private session bus, stand-ins for logind, Mutter and a StatusNotifierWatcher), and
// against a desktop whose bus can't be reached.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoctorReport } from '../../src/main/doctor/report';
import de from '../../src/shared/i18n/catalogs/de/main.json' with { type: 'json' };
import fr from '../../src/shared/i18n/catalogs/fr/main.json' with { type: 'json' };
import { gnomeSessionManager } from './support/busy-services';
import { type PrivateDesktop, startDesktop } from './support/desktop';
import { logind, mutterIdleMonitor, type Service, statusNotifierWatcher } from './support/services';

let desk: PrivateDesktop;
const services: Service[] = [];

function doctor(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'doctor', '--', ...args], { env, timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number }).code ?? 1) : 0;
      resolve({ code: typeof code === 'number' ? code : 1, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

beforeAll(async () => {
  desk = await startDesktop({ dunst: true });
  services.push(await logind(desk.systemAddress, { sessionId: '3', type: 'wayland' }));
  services.push(await mutterIdleMonitor(desk.sessionAddress));
  services.push(await statusNotifierWatcher(desk.sessionAddress, true));
  // GNOME's session manager answers whether anything holds an idle inhibitor (busy: full screen).
  services.push(await gnomeSessionManager(desk.sessionAddress));
});
afterAll(async () => {
  await Promise.all(services.map((s) => s.stop()));
  await desk?.stop();
});

const gnomeWayland = () => ({
  ...desk.env,
  XDG_SESSION_TYPE: 'wayland',
  XDG_CURRENT_DESKTOP: 'ubuntu:GNOME',
  XDG_SESSION_ID: '3',
  // Never the caller's sound server or GNOME settings: no sound server here, GSettings defaults.
  PULSE_SERVER: `unix:${path.join(desk.dir, 'no-sound-server')}`,
  GSETTINGS_BACKEND: 'memory',
  ...english(),
});

/**
 * An English system with no installed Attune settings: the doctor speaks the interface language
 * (saved choice, else the locale variables), so the tests that read English words set both.
 */
const english = () => ({
  LANG: 'C.UTF-8',
  LANGUAGE: '',
  LC_ALL: '',
  LC_MESSAGES: '',
  XDG_CONFIG_HOME: path.join(desk.dir, 'no-config'),
});

describe('npm run doctor', () => {
  it('-- --json on a working desktop: notifications via D-Bus to dunst, with actions; no problems', async () => {
    const { code, stdout } = await doctor(['--json'], gnomeWayland());
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DoctorReport;
    expect(report).toEqual({
      session: { type: 'wayland', desktop: 'ubuntu:GNOME' },
      notifications: { via: 'dbus', server: 'dunst', actions: true },
      tray: { host: true },
      idle: { source: 'org.gnome.Mutter.IdleMonitor', trusted: true },
      lock: { source: 'logind' },
      dbus: { session: true, system: true },
      busy: {
        doNotDisturb: { source: 'dunst paused (org.dunstproject.cmd0), GNOME show-banners (gsettings)', active: false },
        fullScreen: { source: 'GNOME session inhibitors (org.gnome.SessionManager IsInhibited idle)', active: false },
        camera: { source: '/dev/video* held open (/proc/<pid>/fd)', active: false },
        microphone: { source: 'none answered: PulseAudio/PipeWire capture streams (pactl)', active: null },
      },
      problems: [],
    });
  });

  it('with no reachable bus it falls back to notify-send and says so in problems, still exiting 0', async () => {
    const env = {
      ...gnomeWayland(),
      DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(desk.dir, 'nothing-here')}`,
      DBUS_SYSTEM_BUS_ADDRESS: `unix:path=${path.join(desk.dir, 'nothing-here-either')}`,
    };
    const { code, stdout } = await doctor(['--json'], env);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DoctorReport;
    expect(report.notifications).toEqual({ via: 'notify-send', server: null, actions: true });
    expect(report.dbus).toEqual({ session: false, system: false });
    expect(report.tray).toEqual({ host: null });
    expect(report.idle).toEqual({ source: 'electron-powerMonitor', trusted: false });
    expect(report.lock).toEqual({ source: 'none' });
    expect(report.problems[0]).toMatch(/can’t reach the session D-Bus.*falls back to notify-send/);
    expect(report.problems.join(' ')).toMatch(/natural breaks/);
  });

  it('in words, without --json; a bad argument exits 2 and changes nothing', async () => {
    const words = await doctor([], gnomeWayland());
    expect(words.code).toBe(0);
    expect(words.stdout).toContain('Notifications:  over D-Bus to dunst, with buttons');
    expect(words.stdout).toContain('Nothing stands in the way of reminders here.');
    const bad = await doctor(['--jsn'], gnomeWayland());
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('unknown argument "--jsn"');
  });

  it('GNOME with no tray host: the problem names the extension and how to reach Attune', async () => {
    const other = await startDesktop();
    try {
      const { code, stdout } = await doctor(['--json'], {
        ...other.env,
        XDG_SESSION_TYPE: 'wayland',
        XDG_CURRENT_DESKTOP: 'GNOME',
        ...english(),
      });
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as DoctorReport;
      expect(report.tray.host).toBe(false);
      expect(report.notifications.via).toBe('none');
      expect(report.problems.join('\n')).toMatch(/AppIndicator and KStatusNotifierItem Support/);
      expect(report.problems.join('\n')).toMatch(/open Attune again from your applications/);
    } finally {
      await other.stop();
    }
  });
});

describe('npm run doctor in the interface language', () => {
  it('LANGUAGE=de_DE.UTF-8:en: the report in German, the JSON field names in English', async () => {
    const env = { ...gnomeWayland(), LANGUAGE: 'de_DE.UTF-8:en', LANG: 'de_DE.UTF-8' };
    const words = await doctor([], env);
    expect(words.code).toBe(0);
    expect(words.stdout.split('\n')[0]).toBe(de['main.doctor.title']);
    expect(words.stdout).toContain(`${de['main.doctor.label.notifications']} über D-Bus an dunst, mit Schaltflächen`);
    expect(words.stdout).toContain(de['main.doctor.allClear']);
    const json = JSON.parse((await doctor(['--json'], env)).stdout) as DoctorReport;
    expect(Object.keys(json)).toEqual(['session', 'notifications', 'tray', 'idle', 'lock', 'dbus', 'busy', 'problems']);
  });

  it('the language saved in Attune’s settings wins over the locale variables', async () => {
    const config = path.join(desk.dir, 'config-fr');
    mkdirSync(path.join(config, 'Attune'), { recursive: true });
    writeFileSync(path.join(config, 'Attune', 'settings.json'), JSON.stringify({ system: { language: 'fr' } }));
    const env = {
      ...gnomeWayland(),
      LANGUAGE: 'de_DE.UTF-8',
      XDG_CONFIG_HOME: config,
      DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(desk.dir, 'nothing-here')}`,
    };
    const report = JSON.parse((await doctor(['--json'], env)).stdout) as DoctorReport;
    expect(report.problems[0]).toBe(fr['main.doctor.problem.noSessionBusFallback'].replace('{via}', 'notify-send'));
  });
});
