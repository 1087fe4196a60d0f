// A pause the disk refused is kept and written later (issue 15, point 4): with the next change,
// at a retry on a deadline timer that backs off (never a loop), or at quit.
import { describe, expect, it } from 'vitest';
import { HistoryService, RETRY_FIRST_MS, RETRY_MAX_MS, type RetryTimer } from '../../../src/main/core/history-service';
import type { PauseRecord } from '../../../src/shared/history';

const input = { kind: 'full' as const, startedAt: Date.UTC(2026, 5, 1, 9), durationSeconds: 180, completed: true };

function setup() {
  let diskFull = true;
  const onDisk: PauseRecord[][] = [];
  const armed: { delay: number; fire: () => void }[] = [];
  let cleared = 0;
  const timer: RetryTimer = {
    set: (delay, fire) => {
      armed.push({ delay, fire });
      return armed.length;
    },
    clear: () => {
      cleared++;
    },
  };
  let n = 0;
  const history = new HistoryService(
    [],
    (records) => {
      if (diskFull) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      onDisk.push(records);
    },
    () => `id${++n}`,
    { retry: timer },
  );
  return { history, onDisk, armed, cleared: () => cleared, setFull: (v: boolean) => (diskFull = v) };
}

describe('unsaved pauses', () => {
  it('are kept in memory, retried on one timer that doubles up to ten minutes, and written once the disk allows', () => {
    const t = setup();
    const { record, saved } = t.history.add(input);
    expect(saved).toBe(false);
    expect(t.history.list()).toEqual([record]);
    expect(t.history.isSaved()).toBe(false);
    expect(t.armed.map((a) => a.delay)).toEqual([RETRY_FIRST_MS]);
    // A second pause while the first retry is armed: no second timer.
    t.history.add(input);
    expect(t.armed).toHaveLength(1);
    for (let i = 0; i < 6; i++) t.armed.at(-1)?.fire();
    expect(t.armed.map((a) => a.delay)).toEqual([
      30_000,
      60_000,
      120_000,
      240_000,
      480_000,
      RETRY_MAX_MS,
      RETRY_MAX_MS,
    ]);
    t.setFull(false);
    t.armed.at(-1)?.fire();
    expect(t.onDisk).toEqual([t.history.list()]);
    expect(t.history.list()).toHaveLength(2);
    expect(t.history.isSaved()).toBe(true);
    expect(t.armed).toHaveLength(7);
  });

  it('are written at quit (flush) when the disk allows by then', () => {
    const t = setup();
    t.history.add(input);
    t.setFull(false);
    expect(t.history.flush()).toBe(true);
    expect(t.onDisk).toHaveLength(1);
    t.history.dispose();
  });

  it('clearing on a full disk changes nothing and says so', () => {
    const t = setup();
    t.setFull(false);
    t.history.add(input);
    t.setFull(true);
    expect(() => t.history.clear()).toThrow('ENOSPC');
    expect(t.history.list()).toHaveLength(1);
  });
});
