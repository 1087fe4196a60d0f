// A private desktop for tests: a session bus and a second bus standing in for the system bus
// (both `dbus-daemon --session`, so no policy gets in the way), and optionally an X server
// (Xvfb, on a display it picks itself) with real dunst on the private session bus. Nothing
// here touches the desktop the tests were started from; stop() ends every process it started.
//
//   const desk = await startDesktop({ dunst: true });
//   desk.env            DBUS_SESSION_BUS_ADDRESS, DBUS_SYSTEM_BUS_ADDRESS, DISPLAY (with dunst)
//   desk.dunstctl(...)  runs dunstctl against this desktop's dunst
//   await desk.stop()
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PrivateDesktop {
  env: NodeJS.ProcessEnv;
  sessionAddress: string;
  systemAddress: string;
  /** The directory for this desktop's scratch files (dunst's config and log). */
  dir: string;
  /** dunst's printed notices (`dunst -print`), when dunst runs. */
  dunstLog(): Promise<string>;
  dunstctl(...args: string[]): Promise<string>;
  /** The action dunst's context menu (`dunstctl context`) picks next, by key. */
  pickAction(key: string): Promise<void>;
  /** Stops dunst (e.g. to test a desktop with no notification server). */
  stopDunst(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * idle_threshold 0: Xvfb has no person at it, and dunst would otherwise hold notices.
 * ignore_dbustimeout and no timeout: like GNOME Shell, dunst keeps a notice until it is closed,
 * so a notice that goes away was closed by the app (CloseNotification), not by dunst's timer.
 */
const DUNSTRC = (dmenu: string) => `[global]
    idle_threshold = 0
    history_length = 50
    browser = /bin/true
    dmenu = ${dmenu}
    ignore_dbustimeout = yes
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
`;

export interface DesktopOptions {
  dunst?: boolean;
}

/** Reads the first line a child prints on `fd` (stdout, or 3), within `ms`. */
function firstLine(
  child: ChildProcess,
  stream: NodeJS.ReadableStream | null,
  ms: number,
  what: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start in ${ms} ms`)), ms);
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      text += chunk;
      const nl = text.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(text.slice(0, nl).trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it was ready`));
    });
  });
}

/**
 * The private buses' configuration: like Debian's session.conf, but with no service directories,
 * so nothing is started on demand (the installed dunst would otherwise be activated as
 * org.freedesktop.Notifications and a test of "no notification server" would not be one).
 */
const BUS_CONFIG = (dir: string) => `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <listen>unix:dir=${dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

async function startBus(children: ChildProcess[], dir: string): Promise<string> {
  const config = path.join(dir, 'bus.conf');
  await writeFile(config, BUS_CONFIG(dir));
  const child = spawn('dbus-daemon', [`--config-file=${config}`, '--nofork', '--print-address'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(child);
  return firstLine(child, child.stdout, 5000, 'dbus-daemon');
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env, timeout: 5000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')}: ${err.message} ${stderr}`));
      else resolve(String(stdout));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} was not ready in ${ms} ms`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 2000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startDesktop(opts: DesktopOptions = {}): Promise<PrivateDesktop> {
  const children: ChildProcess[] = [];
  const dir = await mkdtemp(path.join(tmpdir(), 'attune-desktop-'));
  let dunst: ChildProcess | null = null;
  const stop = async () => {
    await Promise.all(children.reverse().map(stopChild));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const [sessionAddress, systemAddress] = await Promise.all([startBus(children, dir), startBus(children, dir)]);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DBUS_SESSION_BUS_ADDRESS: sessionAddress,
      DBUS_SYSTEM_BUS_ADDRESS: systemAddress,
    };
    // Never the caller's session: no logind session id leaks in unless a test sets one.
    delete env.XDG_SESSION_ID;
    const log = path.join(dir, 'dunst.log');
    const pick = path.join(dir, 'pick');
    if (opts.dunst) {
      const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1024x768x24', '-nolisten', 'tcp', '-noreset'], {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      });
      children.push(xvfb);
      const display = await firstLine(xvfb, xvfb.stdio[3] as NodeJS.ReadableStream, 10_000, 'Xvfb');
      env.DISPLAY = `:${display}`;
      const rc = path.join(dir, 'dunstrc');
      await writeFile(pick, '');
      // dunst's context menu runs dmenu; this one answers with the action the test asked for
      // (dunst passes lines like "#Skip (A pause, if you like) [3,skip]").
      const dmenu = path.join(dir, 'dmenu.sh');
      await writeFile(dmenu, `#!/bin/sh\ngrep -m1 ",$(cat '${pick}')\\]" || true\n`, { mode: 0o755 });
      await writeFile(rc, DUNSTRC(dmenu));
      const out = createWriteStream(log);
      dunst = spawn('stdbuf', ['-oL', 'dunst', '-config', rc, '-print'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      dunst.stdout?.pipe(out);
      children.push(dunst);
      await waitFor(async () => (await run('dunstctl', ['is-paused'], env)).trim() !== '', 5000, 'dunst');
    }
    return {
      env,
      sessionAddress,
      systemAddress,
      dir,
      dunstLog: () => readFile(log, 'utf8').catch(() => ''),
      dunstctl: (...args) => run('dunstctl', args, env),
      pickAction: (key) => writeFile(pick, key),
      stopDunst: async () => {
        if (dunst) await stopChild(dunst);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
