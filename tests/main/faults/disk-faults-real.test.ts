// Disk faults for real (issue 15, points 4–8): Attune's data folder on a 64 KB tmpfs that is
// filled to the last block (ENOSPC from the kernel) or remounted read-only (EROFS). Mounting needs
// root (or CAP_SYS_ADMIN); where it is not allowed this file says so and skips, and the same
// scenarios run with injected errors in disk-faults-injected.test.ts on every machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import {
  type Disk,
  exportPrivately,
  finishOnFullDisk,
  pauseOnFullDisk,
  unsavedPauseWrittenAtQuit,
  unwritableFolder,
} from './app-under-disk-faults';

vi.mock('electron', async () => {
  const fake = await import('../../fakes/electron');
  return { ...fake, default: fake };
});

const run = (...args: string[]) => spawnSync(args[0] as string, args.slice(1), { encoding: 'utf8' });

/** Whether this machine lets us mount a tmpfs (root in a container that allows it). */
function mountAllowed(): boolean {
  if (process.platform !== 'linux') return false;
  const probe = mkdtempSync(path.join(tmpdir(), 'attune-mount-probe-'));
  const ok = run('mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe).status === 0;
  if (ok) run('umount', probe);
  rmSync(probe, { recursive: true, force: true });
  return ok;
}

const canMount = mountAllowed();
let base: string;
let disk: Disk;

beforeEach(() => {
  if (!canMount) return;
  base = mkdtempSync(path.join(tmpdir(), 'attune-full-disk-'));
  const folder = path.join(base, 'disk');
  mkdirSync(folder);
  const mounted = run('mount', '-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', folder);
  if (mounted.status !== 0) throw new Error(`mount: ${mounted.stderr}`);
  const filler = path.join(folder, 'filler.bin');
  disk = {
    folder,
    fill() {
      // Whole blocks until the kernel says ENOSPC: the disk is really full.
      const block = Buffer.alloc(4096, 1);
      for (let i = 0; ; i++) {
        try {
          writeFileSync(`${filler}.${i}`, block);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOSPC') return;
          throw err;
        }
      }
    },
    free() {
      for (let i = 0; i < 64; i++) rmSync(`${filler}.${i}`, { force: true });
    },
    readOnly() {
      const r = run('mount', '-o', 'remount,ro', folder);
      if (r.status !== 0) throw new Error(`remount ro: ${r.stderr}`);
    },
    writable() {
      const r = run('mount', '-o', 'remount,rw', folder);
      if (r.status !== 0) throw new Error(`remount rw: ${r.stderr}`);
    },
  };
});

afterEach(() => {
  if (!canMount) return;
  run('umount', disk.folder);
  rmSync(base, { recursive: true, force: true });
});

const title = canMount
  ? 'a real full disk (64 KB tmpfs) and a read-only remount'
  : 'a real full disk — skipped: this machine does not allow mounting a tmpfs (the injected variant covers it)';

describe.skipIf(!canMount)(title, () => {
  it('a pause ending on a full disk reaches the scheduler, is kept, said kindly, and written when there is room', () =>
    finishOnFullDisk(disk));
  it('a pause still unsaved is written at quit once the disk has room', () => unsavedPauseWrittenAtQuit(disk));
  it('pause and resume from the tray on a full disk: saved and applied, or neither, and the person told', () =>
    pauseOnFullDisk(disk));
  it('the export is 0600, and a full disk leaves no file and no temporary file', () => exportPrivately(disk));
  it('a read-only data folder: every save answers at once with the reason, told once, saved again when writable', () =>
    unwritableFolder(disk, null));
});
