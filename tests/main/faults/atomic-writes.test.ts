// The atomic writer leaves nothing behind on any failed path (issue 15, point 7): three launches
// on a full disk used to leave three temporary files. The file layer is injected, failing at each
// step in turn (create, write, flush, close, rename), so every path is covered on every machine.
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { type FileLayer, writeFileAtomic } from '../../../src/main/adapters/atomic-file';
import { openStores, type StoreBackendClass } from '../../../src/main/adapters/store';
import { defaultSettings } from '../../../src/shared/settings';

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });

function failingAt(step: 'writeFileSync' | 'fsyncSync' | 'closeSync' | 'renameSync'): FileLayer {
  return {
    ...fs,
    [step]: (...args: unknown[]) => {
      // Only writes through a descriptor (the temp file) fail; the rest of the layer is real.
      if (step === 'writeFileSync' && typeof args[0] !== 'number')
        return (fs.writeFileSync as never as (...a: unknown[]) => void)(...args);
      if (step === 'closeSync') (fs.closeSync as (fd: number) => void)(args[0] as number);
      throw enospc();
    },
  } as FileLayer;
}

describe('writeFileAtomic on a failing disk', () => {
  it.each(['writeFileSync', 'fsyncSync', 'closeSync', 'renameSync'] as const)(
    'failing at %s: the error goes on, the old file is intact, no temporary file is left',
    (step) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'attune-atomic-'));
      const target = path.join(dir, 'settings.json');
      writeFileSync(target, 'old');
      expect(() => writeFileAtomic(target, 'new', 0o600, failingAt(step))).toThrow(/ENOSPC/);
      expect(readdirSync(dir)).toEqual(['settings.json']);
      expect(fs.readFileSync(target, 'utf8')).toBe('old');
    },
  );

  it('three launches on a full disk leave no temporary file, and a damaged file is not lost', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attune-atomic-'));
    // A settings file that needs a rewrite (an old version) and a damaged history (needs a copy).
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...defaultSettings(), version: 1 }));
    writeFileSync(path.join(dir, 'history.json'), '{"records": [ {"id": "x"');
    for (let i = 0; i < 3; i++) {
      const stores = openStores({
        cwd: dir,
        Backend: Conf as unknown as StoreBackendClass,
        fs: failingAt('writeFileSync'),
      });
      expect(stores.notice).not.toBeNull();
    }
    expect(readdirSync(dir).sort()).toEqual(['history.json', 'settings.json']);
    expect(fs.readFileSync(path.join(dir, 'history.json'), 'utf8')).toBe('{"records": [ {"id": "x"');
  });
});
