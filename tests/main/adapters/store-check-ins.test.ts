// A history file written before check-ins were ids, opened by this Attune: rewritten at once,
// atomically, with the ids; every pause kept; a word that stands for no id is logged and taken
// off, and the original file is kept beside the new one so nothing is lost without a trace.
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStores, type StoreBackendClass } from '../../../src/main/adapters/store';

const Backend = Conf as unknown as StoreBackendClass;
const NOW = new Date('2026-03-04T05:06:07.089Z');
const STAMP = '2026-03-04T05-06-07-089Z';

let dir: string;
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  delete process.env.SNAP;
  dir = mkdtempSync(path.join(tmpdir(), 'attune-check-ins-'));
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

const open = () => openStores({ cwd: dir, Backend, now: () => NOW });
const historyFile = () => path.join(dir, 'history.json');
const entry = (i: number, checkIn?: string) => ({
  id: `p${i}`,
  kind: 'full',
  startedAt: 1_700_000_000_000 + i * 60_000,
  durationSeconds: 90,
  completed: true,
  ...(checkIn !== undefined && { checkIn }),
});
const logged = (): string[] => warn.mock.calls.map((c: unknown[]) => String(c[0]));

describe('opening a history saved with check-in words', () => {
  it('words of any case become ids on disk, by one atomic rename, with no copy and no notice', () => {
    const text = JSON.stringify({ records: [entry(1, 'Tired'), entry(2, ' okay '), entry(3)] });
    writeFileSync(historyFile(), text);
    const before = statSync(historyFile()).ino;
    const stores = open();
    const want = [entry(1, 'tired'), entry(2, 'okay'), entry(3)];
    expect(stores.history).toEqual(want);
    expect(stores.notice).toBeNull();
    expect(JSON.parse(readFileSync(historyFile(), 'utf8'))).toEqual({ records: want });
    // Replaced by a rename (a new inode), never rewritten in place; nothing else left behind.
    if (process.platform !== 'win32') expect(statSync(historyFile()).ino).not.toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['history.json', 'settings.json']);
    expect(logged().some((l) => /2 check-in word\(s\) saved as ids/.test(l))).toBe(true);
  });

  it('a word that is no id is taken off with a log line; the pause stays; the original is kept beside it', () => {
    const text = JSON.stringify({ records: [entry(1, 'müde'), entry(2, 'sad')] });
    writeFileSync(historyFile(), text);
    const stores = open();
    expect(stores.history).toEqual([entry(1), entry(2, 'sad')]);
    expect(stores.notice).toBeNull();
    expect(logged()).toContainEqual(
      expect.stringMatching(/history entry p1: check-in "müde" is none Attune knows; taken off, the pause kept/),
    );
    expect(readFileSync(path.join(dir, `history.check-in-words-${STAMP}.json`), 'utf8')).toBe(text);
  });

  it('opened again: nothing left to change, the file is not written again', () => {
    writeFileSync(historyFile(), JSON.stringify({ records: [entry(1, 'Numb')] }));
    open();
    const after = statSync(historyFile());
    warn.mockClear();
    expect(open().history).toEqual([entry(1, 'numb')]);
    expect(statSync(historyFile()).mtimeMs).toBe(after.mtimeMs);
    expect(statSync(historyFile()).ino).toBe(after.ino);
    expect(logged()).toEqual([]);
  });

  it('a history changed by another program while Attune runs is read with ids too', () => {
    const stores = open();
    stores.saveHistory([]);
    // Another program (a sync, a restore by hand) writes the old shape a moment later.
    writeFileSync(historyFile(), JSON.stringify({ records: [entry(4, 'Restless')] }));
    const future = new Date(Date.now() + 5_000);
    utimesSync(historyFile(), future, future);
    expect(stores.reloadHistory()).toEqual([entry(4, 'restless')]);
  });
});
