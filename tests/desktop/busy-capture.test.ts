// The camera or microphone in use on Linux, for real where it can run here:
//  - PulseAudio from Debian, started by the test with a null sink and a null source (a stand-in
//    microphone), and `parecord` recording from it — the reader runs `pactl` as on a person's
//    machine. A recording of the speakers (the sink's monitor) is not the microphone.
//    (PipeWire could not be tried here: its pulse server needs a running session manager and
//    a user bus; pipewire-pulse answers pactl the same way, so the same reader serves it.)
//  - /dev/video*: there is no camera in this machine, so a process of this user holds a file
//    of the test's own open, and the reader is pointed at that file's name; the /proc scan,
//    the links and the user check are the real ones.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/main/adapters/desktop/busy-probe';
import { cameraInUse } from '../../src/main/adapters/desktop/camera-linux';
import { pulseCapture } from '../../src/main/adapters/desktop/microphone-pulse';

let dir: string;
let env: NodeJS.ProcessEnv;
const children: ChildProcess[] = [];

async function until<T>(what: string, get: () => Promise<T>, want: T): Promise<void> {
  const end = Date.now() + 8000;
  for (;;) {
    const v = await get();
    if (v === want) return;
    if (Date.now() > end) throw new Error(`${what}: still ${String(v)} after 8 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const stop = (c: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) return resolve();
    c.once('exit', () => resolve());
    c.kill('SIGTERM');
  });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'attune-capture-'));
  const socket = path.join(dir, 'native');
  env = { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, PULSE_SERVER: `unix:${socket}` };
  const pulse = spawn(
    'pulseaudio',
    [
      '-n',
      '--daemonize=no',
      '--exit-idle-time=-1',
      '--use-pid-file=no',
      '-L',
      'module-null-sink sink_name=attune_speakers',
      '-L',
      'module-null-source source_name=attune_mic',
      '-L',
      `module-native-protocol-unix socket=${socket} auth-anonymous=1`,
    ],
    { env, stdio: 'ignore' },
  );
  children.push(pulse);
  await until('pulseaudio', async () => (await runCommand('pactl', ['info'], { env }))?.code === 0, true);
});
afterAll(async () => {
  await Promise.all(children.reverse().map(stop));
  await rm(dir, { recursive: true, force: true });
});

describe('microphone: capture streams in PulseAudio (real)', () => {
  it('none open: not in use; recording the microphone: in use; stopped: not', async () => {
    const probe = pulseCapture(runCommand, env);
    expect(await probe.read()).toBe(false);
    const rec = spawn('parecord', ['-d', 'attune_mic', '/dev/null'], { env, stdio: 'ignore' });
    children.push(rec);
    await until('recording', () => probe.read(), true);
    await stop(rec);
    await until('stopped', () => probe.read(), false);
  });

  it('recording what the speakers play (the monitor) is not the microphone', async () => {
    const probe = pulseCapture(runCommand, env);
    const rec = spawn('parecord', ['-d', 'attune_speakers.monitor', '/dev/null'], { env, stdio: 'ignore' });
    children.push(rec);
    await until(
      'a monitor stream',
      async () => {
        const r = await runCommand('pactl', ['list', 'short', 'source-outputs'], { env });
        return (r?.stdout.trim().length ?? 0) > 0;
      },
      true,
    );
    expect(await probe.read()).toBe(false);
    await stop(rec);
  });

  it("no sound server: can't tell", async () => {
    const probe = pulseCapture(runCommand, { ...env, PULSE_SERVER: `unix:${path.join(dir, 'nothing')}` });
    expect(await probe.read()).toBeNull();
  });
});

describe('camera: a process of this user holding the device open (real /proc)', () => {
  it('finds the open device, and nothing once it is closed', async () => {
    const device = path.join(dir, 'video0');
    await writeFile(device, '');
    const pattern = new RegExp(`^${device.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    expect(await cameraInUse({ device: pattern })).toBe(false);
    const holder = spawn('sh', ['-c', `exec sleep 30 3<'${device}'`], { stdio: 'ignore' });
    children.push(holder);
    await until('held open', () => cameraInUse({ device: pattern }), true);
    await stop(holder);
    expect(await cameraInUse({ device: pattern })).toBe(false);
  });

  it("another user's processes are not looked at", async () => {
    const device = path.join(dir, 'video1');
    await writeFile(device, '');
    const pattern = new RegExp(`^${device.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const holder = spawn('sh', ['-c', `exec sleep 30 3<'${device}'`], { stdio: 'ignore' });
    children.push(holder);
    await until('held open', () => cameraInUse({ device: pattern }), true);
    expect(await cameraInUse({ device: pattern, uid: 4242 })).toBe(false);
    await stop(holder);
  });

  it("no video device at all: not in use, without looking at any process; devices but no /proc: can't tell", async () => {
    const dev = path.join(dir, 'dev');
    await mkdir(dev, { recursive: true });
    expect(await cameraInUse({ devRoot: dev, procRoot: path.join(dir, 'no-proc') })).toBe(false);
    await writeFile(path.join(dev, 'video0'), '');
    expect(await cameraInUse({ devRoot: dev, procRoot: path.join(dir, 'no-proc') })).toBeNull();
  });
});
