// Do Not Disturb on Linux, read from the real things where they run here: dunst paused and
// resumed with `dunstctl set-paused`, xfce4-notifyd's /do-not-disturb in the real xfconfd,
// GNOME's show-banners through the real `gsettings` (GLib's keyfile backend in a scratch
// directory), and KDE's `Inhibited` property and GNOME's session inhibitors from stand-in
// services on a private bus. Also `npm run doctor`'s busy section from the same readers.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busyReaders, createBusyDesktop } from '../../src/main/adapters/busy';
import { runCommand } from '../../src/main/adapters/desktop/busy-probe';
import { busProvider } from '../../src/main/adapters/desktop/dbus-provider';
import { dunstPaused } from '../../src/main/adapters/desktop/dnd-dunst';
import { freedesktopInhibited } from '../../src/main/adapters/desktop/dnd-freedesktop';
import { gnomeShowBanners } from '../../src/main/adapters/desktop/dnd-gnome';
import { xfceDoNotDisturb } from '../../src/main/adapters/desktop/dnd-xfce';
import { gnomeIdleInhibited } from '../../src/main/adapters/desktop/fullscreen-gnome';
import type { BusyReading } from '../../src/main/core/busy';
import { english } from '../support/words';
import { gnomeSessionManager, inhibitedNotificationServer, startXfconfd } from './support/busy-services';
import { type PrivateDesktop, startDesktop } from './support/desktop';

/** `npm run doctor -- --json` with this environment: the report as JSON. */
function doctorJson(
  env: NodeJS.ProcessEnv,
): Promise<{ busy: Record<string, { source: string; active: boolean | null }> }> {
  return new Promise((resolve, reject) =>
    execFile('npm', ['run', '--silent', 'doctor', '--', '--json'], { env, timeout: 30_000 }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(String(stdout))),
    ),
  );
}

const read = (source: ReturnType<typeof createBusyDesktop>['source'], signals: (keyof BusyReading)[]) =>
  new Promise<Partial<BusyReading>>((resolve) => source.read(signals, resolve));

describe('dunst (real, under Xvfb on a private bus)', () => {
  let desk: PrivateDesktop;
  beforeAll(async () => {
    desk = await startDesktop({ dunst: true });
  });
  afterAll(async () => desk?.stop());

  it('paused with dunstctl reads as Do Not Disturb; resumed reads as not', async () => {
    const bus = busProvider('session', { env: desk.env });
    const probe = dunstPaused(bus);
    const busy = createBusyDesktop(
      busyReaders({ platform: 'linux', env: { ...desk.env, XDG_CURRENT_DESKTOP: 'dunst' }, sessionBus: bus }),
    );
    expect(await probe.read()).toBe(false);
    expect(await read(busy.source, ['doNotDisturb'])).toEqual({ doNotDisturb: false });
    await desk.dunstctl('set-paused', 'true');
    expect(await probe.read()).toBe(true);
    expect(await read(busy.source, ['doNotDisturb'])).toEqual({ doNotDisturb: true });
    await desk.dunstctl('set-paused', 'false');
    expect(await probe.read()).toBe(false);
    // The freedesktop Inhibited property is not dunst's: that reader can't tell, and says so.
    expect(await freedesktopInhibited(bus).read()).toBeNull();
    (await bus())?.close();
  });

  it('npm run doctor -- --json reports the dunst pause, and its end', async () => {
    const env = { ...desk.env, XDG_CURRENT_DESKTOP: 'dunst', PULSE_SERVER: 'unix:/nonexistent' };
    await desk.dunstctl('set-paused', 'true');
    expect((await doctorJson(env)).busy.doNotDisturb).toEqual({
      source: 'dunst paused (org.dunstproject.cmd0)',
      active: true,
    });
    await desk.dunstctl('set-paused', 'false');
    expect((await doctorJson(env)).busy.doNotDisturb).toEqual({
      source: 'dunst paused (org.dunstproject.cmd0)',
      active: false,
    });
  });

  it("the doctor section: dunst named as the source, its pause reported, what can't be told listed", async () => {
    const bus = busProvider('session', { env: desk.env });
    const env = { ...desk.env, XDG_CURRENT_DESKTOP: 'dunst', PULSE_SERVER: 'unix:/nonexistent' };
    const busy = createBusyDesktop(busyReaders({ platform: 'linux', env, sessionBus: bus }));
    await desk.dunstctl('set-paused', 'true');
    const paused = await busy.report(english());
    expect(paused.busy.doNotDisturb).toEqual({ source: 'dunst paused (org.dunstproject.cmd0)', active: true });
    await desk.dunstctl('set-paused', 'false');
    const resumed = await busy.report(english());
    expect(resumed.busy.doNotDisturb).toEqual({ source: 'dunst paused (org.dunstproject.cmd0)', active: false });
    // Xvfb without a window manager: full screen can't be told, and the problem says so.
    expect(resumed.busy.fullScreen).toEqual({
      source: 'none answered: X11 _NET_WM_STATE_FULLSCREEN (xprop)',
      active: null,
    });
    expect(resumed.problems).toContain(
      'Attune can’t tell here whether something is full screen (none answered: X11 _NET_WM_STATE_FULLSCREEN (xprop)), so reminders don’t wait for it.',
    );
    (await bus())?.close();
  });
});

describe('stand-ins and real daemons on a private bus', () => {
  let desk: PrivateDesktop;
  let scratch: string;
  beforeAll(async () => {
    desk = await startDesktop();
    scratch = await mkdtemp(path.join(tmpdir(), 'attune-busy-'));
  });
  afterAll(async () => {
    await desk?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('a notification server with the freedesktop Inhibited property (as KDE Plasma serves it)', async () => {
    const server = await inhibitedNotificationServer(desk.sessionAddress);
    const bus = busProvider('session', { env: desk.env });
    try {
      const probe = freedesktopInhibited(bus);
      expect(await probe.read()).toBe(false);
      server.on = true;
      expect(await probe.read()).toBe(true);
      // dunst's own interface is not there: that reader can't tell.
      expect(await dunstPaused(bus).read()).toBeNull();
    } finally {
      await server.stop();
      (await bus())?.close();
    }
  });

  it('the real xfconfd: xfce4-notifyd /do-not-disturb unset, on, off', async () => {
    const env = { ...desk.env, XDG_CONFIG_HOME: path.join(scratch, 'xfce'), HOME: scratch };
    const xfconf = await startXfconfd(env);
    const bus = busProvider('session', { env });
    try {
      const probe = xfceDoNotDisturb(bus);
      expect(await probe.read()).toBe(false); // never set: XFCE's default is off
      await xfconf.query('-c', 'xfce4-notifyd', '-p', '/do-not-disturb', '-n', '-t', 'bool', '-s', 'true');
      expect(await probe.read()).toBe(true);
      await xfconf.query('-c', 'xfce4-notifyd', '-p', '/do-not-disturb', '-s', 'false');
      expect(await probe.read()).toBe(false);
    } finally {
      xfconf.stop();
      (await bus())?.close();
    }
    // With no xfconfd on the bus, the reader can't tell (and does not start one).
    const empty = busProvider('session', { env });
    expect(await xfceDoNotDisturb(empty).read()).toBeNull();
    (await empty())?.close();
  });

  it('the real gsettings: GNOME show-banners false reads as Do Not Disturb', async () => {
    const env = {
      ...desk.env,
      GSETTINGS_BACKEND: 'keyfile',
      XDG_CONFIG_HOME: path.join(scratch, 'gnome'),
      XDG_CURRENT_DESKTOP: 'ubuntu:GNOME',
    };
    const probe = gnomeShowBanners(runCommand, env);
    expect(await probe.read()).toBe(false);
    await runCommand('gsettings', ['set', 'org.gnome.desktop.notifications', 'show-banners', 'false'], { env });
    expect(await probe.read()).toBe(true);
    const busy = createBusyDesktop(
      busyReaders({ platform: 'linux', env, sessionBus: busProvider('session', { env }) }),
    );
    expect((await busy.report(english())).busy.doNotDisturb).toEqual({
      source: 'GNOME show-banners (gsettings)',
      active: true,
    });
    await runCommand('gsettings', ['set', 'org.gnome.desktop.notifications', 'show-banners', 'true'], { env });
    expect(await probe.read()).toBe(false);
    // Outside GNOME the key is not asked at all.
    const elsewhere = busyReaders({ platform: 'linux', env: { ...env, XDG_CURRENT_DESKTOP: 'XFCE' } });
    expect(elsewhere.doNotDisturb.map((p) => p.source)).not.toContain('GNOME show-banners (gsettings)');
  });

  it('GNOME on Wayland: an idle inhibitor (a film, a presentation) reads as full screen', async () => {
    const manager = await gnomeSessionManager(desk.sessionAddress);
    const bus = busProvider('session', { env: desk.env });
    try {
      const probe = gnomeIdleInhibited(bus);
      expect(await probe.read()).toBe(false);
      manager.on = true;
      expect(await probe.read()).toBe(true);
      expect(manager.asked).toEqual([8, 8]);
      const wayland = { ...desk.env, WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'GNOME', DISPLAY: ':0' };
      const busy = createBusyDesktop(busyReaders({ platform: 'linux', env: wayland, sessionBus: bus }));
      expect(await read(busy.source, ['fullScreen'])).toEqual({ fullScreen: true });
    } finally {
      await manager.stop();
      (await bus())?.close();
    }
    // Another Wayland desktop exposes nothing: can't tell, said plainly.
    const sway = busyReaders({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-1', XDG_CURRENT_DESKTOP: 'sway' } });
    expect(sway.fullScreen).toEqual([]);
  });
});
