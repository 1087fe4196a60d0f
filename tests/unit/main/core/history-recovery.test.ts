import { describe, expect, it } from 'vitest';
import {
  historyNeedsBackup,
  historyNotice,
  recoverHistory,
  salvageRecords,
} from '../../../../src/main/core/history-recovery';
import type { PauseRecord } from '../../../../src/shared/history';
import { english } from '../../../support/words';

const EN = english();

const rec = (i: number, extra: Partial<PauseRecord> = {}): PauseRecord => ({
  id: `r${i}`,
  kind: 'compassion',
  startedAt: 1_700_000_000_000 + i,
  durationSeconds: 30,
  completed: true,
  ...extra,
});

describe('recoverHistory', () => {
  it('no file: an empty history', () => {
    expect(recoverHistory(null)).toEqual({
      records: [],
      unreadable: null,
      dropped: 0,
      damaged: false,
      checkInsUpgraded: 0,
      checkInsDropped: [],
    });
  });

  it('a valid file is kept whole and needs no copy', () => {
    const r = recoverHistory(JSON.stringify({ records: [rec(1), rec(2)] }));
    expect(r.records).toEqual([rec(1), rec(2)]);
    expect(historyNeedsBackup(r)).toBe(false);
  });

  it('a repeated id keeps its first entry and counts the other as not kept', () => {
    const r = recoverHistory(JSON.stringify({ records: [rec(1), rec(2), { ...rec(1), durationSeconds: 99 }] }));
    expect(r.records).toEqual([rec(1), rec(2)]);
    expect(r.dropped).toBe(1);
  });

  it('a file that is not history at all salvages any records inside it', () => {
    const r = recoverHistory(JSON.stringify({ stuff: { nested: [rec(4)] } }));
    expect(r.records).toEqual([rec(4)]);
    expect(historyNeedsBackup(r)).toBe(true);
  });
});

describe('salvageRecords', () => {
  it('is not fooled by braces and quotes inside notes', () => {
    const tricky = rec(1, { note: 'a {curly} "quoted" \\ note }{' });
    const text = `{"records":[${JSON.stringify(tricky)},${JSON.stringify(rec(2))},{"id":"r3","kind":"bre`;
    expect(salvageRecords(text)).toEqual([tricky, rec(2)]);
  });

  it('finds nothing in deeply nested noise (and finishes)', () => {
    const noise = '{'.repeat(50_000) + '}'.repeat(50_000);
    expect(salvageRecords(noise)).toEqual([]);
  });
});

describe('historyNotice', () => {
  it('says how many were kept and where the original is', () => {
    const r = recoverHistory(JSON.stringify({ records: [rec(1), 'x'] }));
    expect(historyNotice(r, 'history.corrupt-1.json')?.(EN)).toBe(
      '1 entry in your pause history couldn’t be read; the other 1 pause was kept. ' +
        'The original file is kept beside it as “history.corrupt-1.json”.',
    );
  });
  it('is null when nothing went wrong', () => {
    expect(historyNotice(recoverHistory(null), null)).toBeNull();
  });
});
