// The same disk-fault scenarios as disk-faults-real.test.ts, on every machine: the file layer
// (node:fs as src/ sees it) fails like a full disk (open succeeds, the write gets ENOSPC, as on a
// full tmpfs) or like a folder Attune may not write (creating a file gets EACCES — the error
// electron-store's atomic writer used to spin on for a second per save).
import type * as Fs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, it, vi } from 'vitest';
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

const fault = vi.hoisted(() => ({ mode: 'ok' as 'ok' | 'full' | 'readonly', creates: 0, folder: '' }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof Fs>();
  // The app reaches the folder through a link (<appData>/Attune Dev, see app-under-disk-faults.ts).
  const realDir = (p: string) => {
    try {
      return real.realpathSync(p.slice(0, p.lastIndexOf('/')) || '/');
    } catch {
      return '';
    }
  };
  const inFolder = (p: unknown) =>
    typeof p === 'string' && fault.folder !== '' && (p.startsWith(fault.folder) || realDir(p).startsWith(fault.folder));
  const errno = (code: string, syscall: string) =>
    Object.assign(new Error(`${code}: injected, ${syscall}`), { code, errno: -1, syscall });
  const openSync = ((file: Fs.PathLike, flags?: Fs.OpenMode, mode?: Fs.Mode) => {
    if (inFolder(file) && flags === 'wx') {
      fault.creates++;
      if (fault.mode === 'readonly') throw errno('EACCES', 'open');
    }
    return real.openSync(file, flags ?? 'r', mode);
  }) as typeof Fs.openSync;
  const writeFileSync = ((file: Fs.PathOrFileDescriptor, data: never, options?: never) => {
    if (typeof file === 'number' && fault.mode === 'full') throw errno('ENOSPC', 'write');
    return real.writeFileSync(file, data, options);
  }) as typeof Fs.writeFileSync;
  const mocked = { ...real, openSync, writeFileSync };
  return { ...mocked, default: mocked };
});

let disk: Disk;
beforeEach(() => {
  fault.mode = 'ok';
  fault.creates = 0;
  fault.folder = mkdtempSync(path.join(tmpdir(), 'attune-injected-disk-'));
  disk = {
    folder: fault.folder,
    fill: () => {
      fault.mode = 'full';
    },
    free: () => {
      fault.mode = 'ok';
    },
    readOnly: () => {
      fault.mode = 'readonly';
    },
    writable: () => {
      fault.mode = 'ok';
    },
  };
});

describe('injected ENOSPC / EACCES from the file layer (runs everywhere)', () => {
  it('a pause ending on a full disk reaches the scheduler, is kept, said kindly, and written when there is room', () =>
    finishOnFullDisk(disk));
  it('a pause still unsaved is written at quit once the disk has room', () => unsavedPauseWrittenAtQuit(disk));
  it('pause and resume from the tray on a full disk: saved and applied, or neither, and the person told', () =>
    pauseOnFullDisk(disk));
  it('the export is 0600, and a full disk leaves no file and no temporary file', () => exportPrivately(disk));
  it('an unwritable data folder: one attempt per save (no retry loop), told once, saved again when writable', () =>
    unwritableFolder(disk, () => fault.creates));
});
