// One data file (settings.json or history.json) as Attune sees it: read, written atomically, and
// compared with what Attune last read or wrote, so a change made by another program while Attune
// runs (the person restoring a backup, a sync tool) is noticed and read again before the next
// write overwrites it. No watcher and no polling: the check is one stat() before each write.
import path from 'node:path';
import { type FileLayer, realFiles, writeFileAtomic } from './atomic-file';

/** Personal data: readable by this user only. */
export const FILE_MODE = 0o600;

export class DataFile {
  /** The file's identity and version when Attune last read or wrote it; 'absent' when there was none. */
  private seen: string | null = null;

  constructor(
    readonly path: string,
    private readonly fs: FileLayer = realFiles,
  ) {}

  /** The file's text, or null when it does not exist yet; remembers it as seen. Other errors throw. */
  read(): string | null {
    let text: string | null;
    try {
      text = this.fs.readFileSync(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      text = null;
    }
    this.seen = this.fingerprint();
    return text;
  }

  /** Replaces the file atomically (mode 0600); throws, leaving no temporary file, when it cannot. */
  write(text: string): void {
    writeFileAtomic(this.path, text, FILE_MODE, this.fs);
    this.seen = this.fingerprint();
  }

  /** True when the file on disk is not the one Attune last read or wrote. */
  changedSinceSeen(): boolean {
    if (this.seen === null) return false;
    return this.fingerprint() !== this.seen;
  }

  private fingerprint(): string {
    try {
      const s = this.fs.statSync(this.path, { bigint: true });
      // A rename over the file changes the inode; an edit in place changes the size or mtime.
      return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;
    } catch {
      return 'absent';
    }
  }
}

/** Keeps `text` beside `file` as `<name>.<label>-<timestamp>.json`; returns the new file's name. */
export function keepCopy(fs: FileLayer, file: string, label: string, text: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = path.basename(file, '.json');
  for (let n = 1; ; n++) {
    const copy = path.join(path.dirname(file), `${base}.${label}-${stamp}${n > 1 ? `-${n}` : ''}.json`);
    let fd: number;
    try {
      fd = fs.openSync(copy, 'wx', FILE_MODE);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || n > 100) throw err;
      continue;
    }
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } catch (err) {
      // A half-written copy is no copy: remove it (a full disk must not leave debris).
      try {
        fs.closeSync(fd);
        fs.rmSync(copy, { force: true });
      } catch {
        // nothing more to do
      }
      throw err;
    }
    fs.closeSync(fd);
    return path.basename(copy);
  }
}
