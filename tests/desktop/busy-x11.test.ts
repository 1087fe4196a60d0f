// Full screen on X11, for real: Xvfb with openbox (Debian's EWMH window manager, which runs
// headless), an ordinary X client window (xmessage), and wmctrl asking the window manager to
// make it full screen — exactly what a film player or a presentation does. The reader runs
// `xprop` as it would on a person's machine.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busyReaders } from '../../src/main/adapters/busy';
import { runCommand } from '../../src/main/adapters/desktop/busy-probe';
import { x11FullScreen } from '../../src/main/adapters/desktop/fullscreen-x11';

const children: ChildProcess[] = [];
let env: NodeJS.ProcessEnv;

function start(cmd: string, args: string[], e: NodeJS.ProcessEnv): ChildProcess {
  const c = spawn(cmd, args, { env: e, stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  children.push(c);
  return c;
}
const run = (cmd: string, args: string[]) =>
  new Promise<string>((resolve, reject) =>
    execFile(cmd, args, { env, timeout: 5000 }, (err, out) => (err ? reject(err) : resolve(String(out)))),
  );
async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  // Generous: openbox and xprop answer in milliseconds on a quiet machine, far slower on a loaded one.
  const end = Date.now() + 15_000;
  for (;;) {
    const v = await get().catch(() => undefined as T);
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`${what}: not in 15 s (last ${String(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  // -noreset: an X server resets when its last client leaves; a client arriving mid-reset (openbox
  // just after the first test's xprop) can be refused, which failed this file now and then.
  const xvfb = start(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1024x768x24', '-nolisten', 'tcp', '-noreset'],
    process.env,
  );
  const display = await new Promise<string>((resolve, reject) => {
    (xvfb.stdio[3] as NodeJS.ReadableStream).once('data', (d) => resolve(String(d).trim()));
    xvfb.once('exit', () => reject(new Error('Xvfb exited')));
  });
  env = { ...process.env, DISPLAY: `:${display}` };
  delete env.WAYLAND_DISPLAY;
  delete env.XDG_SESSION_TYPE;
});
afterAll(() => {
  for (const c of children.reverse()) c.kill('SIGTERM');
});

describe('X11 full screen (Xvfb, openbox, xprop)', () => {
  it("no window manager: can't tell", async () => {
    expect(await x11FullScreen(runCommand, env).read()).toBeNull();
  });

  it('an ordinary window is not full screen; made full screen it is; restored it is not', async () => {
    start('openbox', [], env);
    const probe = x11FullScreen(runCommand, env);
    await until(
      'openbox',
      () => probe.read(),
      (v) => v === false,
    ); // nothing active yet
    start('xmessage', ['-name', 'attune-busy-test', 'a window'], env);
    const id = await until(
      'an active window',
      async () => /window id # (0x[0-9a-f]+)/.exec(await run('xprop', ['-root', '_NET_ACTIVE_WINDOW']))?.[1],
      (v) => !!v && v !== '0x0',
    );
    expect(await probe.read()).toBe(false);
    await run('wmctrl', ['-i', '-r', String(id), '-b', 'add,fullscreen']);
    await until(
      'full screen',
      () => probe.read(),
      (v) => v === true,
    );
    await run('wmctrl', ['-i', '-r', String(id), '-b', 'remove,fullscreen']);
    await until(
      'restored',
      () => probe.read(),
      (v) => v === false,
    );
  });

  it('is the full-screen reader on an X11 session, and not under Wayland', () => {
    expect(busyReaders({ platform: 'linux', env }).fullScreen.map((p) => p.source)).toEqual([
      'X11 _NET_WM_STATE_FULLSCREEN (xprop)',
    ]);
    const wayland = busyReaders({
      platform: 'linux',
      env: { ...env, WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'KDE' },
    });
    expect(wayland.fullScreen).toEqual([]);
  });
});
