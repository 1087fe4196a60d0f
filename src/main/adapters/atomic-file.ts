// One way to write a file so that a crash or power cut leaves either the old or the new content,
// never half of each: write a temporary file beside it, flush it to disk, rename it over. On any
// failure (a full disk while writing, a folder that may not be written, a rename refused) the
// temporary file is removed before the error goes on: nothing is left behind, and there is no
// retry loop — the caller decides what to do, once.
import * as nodeFs from 'node:fs';

/** The file calls used here; tests pass one that fails like a full disk where none can be mounted. */
export type FileLayer = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'writeFileSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'rmSync'
  | 'readFileSync'
  | 'statSync'
  | 'mkdirSync'
>;

export const realFiles: FileLayer = nodeFs;

export function writeFileAtomic(file: string, data: string, mode = 0o600, fs: FileLayer = realFiles): void {
  const temp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  // 'wx': never follow or reuse something already there; `mode` applies because the file is new.
  const fd = fs.openSync(temp, 'wx', mode);
  let open = true;
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    open = false;
    fs.closeSync(fd);
    fs.renameSync(temp, file);
  } catch (err) {
    if (open) {
      try {
        fs.closeSync(fd);
      } catch {
        // already reported by the first error
      }
    }
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // the folder itself refuses: nothing more to do here
    }
    throw err;
  }
}
