// Stand-ins for the busy signals' D-Bus services that cannot run here for real (KDE's
// notification server, GNOME's session manager), written with the app's D-Bus library, and the
// real xfconfd from Debian's xfconf package started on a private bus.
//
//   inhibitedNotificationServer(address)  org.freedesktop.Notifications with the read-only
//                                         `Inhibited` property, as KDE Plasma serves it.
//   gnomeSessionManager(address)          org.gnome.SessionManager IsInhibited(flags) → b.
//   startXfconfd(env, dir)                xfconfd owning org.xfce.Xfconf on the private bus.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { own } from './services';

export interface Switchable {
  on: boolean;
  stop(): Promise<void>;
}

export async function inhibitedNotificationServer(address: string): Promise<Switchable> {
  const bus = await own(address, 'org.freedesktop.Notifications');
  const state = { Inhibited: false };
  const impl = {
    get Inhibited() {
      return state.Inhibited;
    },
    GetCapabilities() {
      return ['body'];
    },
    GetServerInformation() {
      return ['attune-test-plasma', 'attune', '1.0', '1.2'];
    },
  };
  bus.exportInterface(impl, '/org/freedesktop/Notifications', {
    name: 'org.freedesktop.Notifications',
    methods: {
      GetCapabilities: ['', 'as', [], ['capabilities']],
      GetServerInformation: ['', 'ssss', [], ['name', 'vendor', 'version', 'spec_version']],
    },
    signals: {},
    properties: { Inhibited: 'b' },
  });
  return {
    get on() {
      return state.Inhibited;
    },
    set on(v: boolean) {
      state.Inhibited = v;
    },
    stop: () => bus.leave(),
  };
}

export async function gnomeSessionManager(address: string): Promise<Switchable & { asked: number[] }> {
  const bus = await own(address, 'org.gnome.SessionManager');
  const state = { on: false, asked: [] as number[], stop: () => bus.leave() };
  bus.exportInterface(
    {
      IsInhibited(flags: number) {
        state.asked.push(flags);
        return state.on && (flags & 8) !== 0;
      },
    },
    '/org/gnome/SessionManager',
    {
      name: 'org.gnome.SessionManager',
      methods: { IsInhibited: ['u', 'b', ['flags'], ['is_inhibited']] },
      signals: {},
      properties: {},
    },
  );
  return state;
}

export const XFCONFD = ['/usr/lib/x86_64-linux-gnu/xfce4/xfconf/xfconfd', '/usr/lib/xfce4/xfconf/xfconfd'].find((p) =>
  existsSync(p),
);

export async function startXfconfd(
  env: NodeJS.ProcessEnv,
): Promise<{ query(...args: string[]): Promise<string>; stop(): void }> {
  if (!XFCONFD) throw new Error('xfconfd is missing (bash tools/ensure-system-packages.sh installs xfconf)');
  const child: ChildProcess = spawn(XFCONFD, [], { env, stdio: 'ignore' });
  const query = (...args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile('xfconf-query', args, { env, timeout: 5000 }, (err, out, errOut) =>
        err ? reject(new Error(`xfconf-query ${args.join(' ')}: ${errOut || err.message}`)) : resolve(String(out)),
      ),
    );
  // Ready once it answers (xfconf-query -l lists the channels).
  const until = Date.now() + 5000;
  for (;;) {
    try {
      await query('-l');
      break;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { query, stop: () => child.kill('SIGTERM') };
}
