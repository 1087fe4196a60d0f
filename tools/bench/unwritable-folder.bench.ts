// The cost of saving into a user-data folder Attune may not write (issue 15, point 6): the reading
// view saves its place while scrolling, so a slow failure there stalls main. Runs a child process
// as a user without write permission on a folder holding valid files (as root: as "nobody", since
// root may write anywhere) and prints CPU time per refused save for the old write path
// (electron-store/conf/atomically) and for Attune's.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { openStores, type StoreBackendClass } from '../../src/main/adapters/store';

const BUDGET_MS_PER_SAVE = 5;
const NOBODY = 65534;

export default async function bench(): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'attune-bench-ro-'));
  try {
    openStores({ cwd: dir, Backend: Conf as unknown as StoreBackendClass });
    const root = process.getuid?.() === 0;
    if (root) {
      chownSync(dir, NOBODY, NOBODY);
      for (const f of ['settings.json', 'history.json']) chownSync(path.join(dir, f), NOBODY, NOBODY);
    }
    // Readable and searchable, not writable: new files (the atomic writers' temp files) are refused.
    chmodSync(dir, 0o555);
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'unwritable-folder.child.ts'), dir, '3'],
      { encoding: 'utf8', ...(root ? { uid: NOBODY, gid: NOBODY } : {}), timeout: 60_000 },
    );
    if (child.status !== 0) throw new Error(`child: ${child.stderr || child.error}`);
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
      conf: number;
      attune: number;
      attuneMessage: string;
    };
    const within = r.attune <= BUDGET_MS_PER_SAVE;
    console.log(`one save into a folder Attune may not write (CPU time, ${root ? 'as nobody' : 'as this user'}):`);
    console.log(`  electron-store / conf / atomically (before) ${r.conf.toFixed(1).padStart(8)} ms`);
    console.log(
      `  Attune's writer                            ${r.attune.toFixed(2).padStart(8)} ms  (budget ${BUDGET_MS_PER_SAVE} ms)${within ? '' : '  OVER'}`,
    );
    console.log(`  what the person reads: "${r.attuneMessage}"`);
    return within;
  } finally {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
}
