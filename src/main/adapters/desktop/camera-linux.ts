// The camera is in use on Linux: a process of this user holds a V4L2 device (/dev/video*)
// open. Found by reading the /proc/<pid>/fd links of this user's own processes (proc(5): each
// is a symbolic link to the open file) and stopping at the first /dev/video* link. Only whether
// is kept — never which process. Other users' processes are not looked at (and cannot be).
// PipeWire's camera portal opens the device in the PipeWire daemon, also this user's process.
import { readdir, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Answer, BusyProbe } from './busy-probe';

export interface CameraScanOptions {
  procRoot?: string;
  /** Where device nodes are listed (tests point it at a directory of their own). */
  devRoot?: string;
  /** What an open camera's link looks like (tests point it at a file of their own). */
  device?: RegExp;
  uid?: number;
  /** This process: never counted. */
  self?: number;
}

export const VIDEO_DEVICE = /^\/dev\/video\d+$/;

export async function cameraInUse(opts: CameraScanOptions = {}): Promise<Answer> {
  const root = opts.procRoot ?? '/proc';
  const device = opts.device ?? VIDEO_DEVICE;
  const uid = opts.uid ?? process.getuid?.();
  const self = opts.self ?? process.pid;
  if (!opts.device) {
    // No video device at all: no camera to be in use, and no need to look at any process.
    const devices = await readdir(opts.devRoot ?? '/dev').catch(() => null);
    if (devices && !devices.some((d) => /^video\d+$/.test(d))) return false;
  }
  let pids: string[];
  try {
    pids = (await readdir(root)).filter((d) => /^\d+$/.test(d) && Number(d) !== self);
  } catch {
    return null; // no /proc: can't tell
  }
  for (const pid of pids) {
    const dir = path.join(root, pid);
    try {
      if (uid !== undefined && (await stat(dir)).uid !== uid) continue;
      for (const fd of await readdir(path.join(dir, 'fd'))) {
        const target = await readlink(path.join(dir, 'fd', fd)).catch(() => '');
        if (device.test(target)) return true;
      }
    } catch {
      // The process ended meanwhile, or its fds are not ours to read: go on.
    }
  }
  return false;
}

export function linuxCamera(opts: CameraScanOptions = {}): BusyProbe {
  return { source: '/dev/video* held open (/proc/<pid>/fd)', read: () => cameraInUse(opts) };
}
