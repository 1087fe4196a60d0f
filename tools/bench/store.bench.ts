// The settings and history store with a long history: how long opening takes at start, and how
// long saving one more pause or a settings change takes (main does these synchronously).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { openStores, type StoreBackendClass } from '../../src/main/adapters/store';
import { HISTORY_LIMIT } from '../../src/main/core/history-service';
import type { PauseRecord } from '../../src/shared/history';
import { defaultSettings } from '../../src/shared/settings';

const BUDGET_MS = { open: 400, savePause: 120, saveSettings: 30, recoverDamaged: 800 };

function records(n: number): PauseRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    kind: 'full' as const,
    startedAt: 1_700_000_000_000 + i * 3_600_000,
    durationSeconds: 180,
    completed: true,
    checkIn: 'tired',
  }));
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export default async function bench(): Promise<boolean> {
  const Backend = Conf as unknown as StoreBackendClass;
  const dir = mkdtempSync(path.join(tmpdir(), 'attune-bench-'));
  try {
    const full = records(HISTORY_LIMIT);
    openStores({ cwd: dir, Backend }).saveHistory(full);
    const size = statSync(path.join(dir, 'history.json')).size;

    const open = time(() => openStores({ cwd: dir, Backend }), 5);
    const stores = openStores({ cwd: dir, Backend });
    let extra = full;
    const savePause = time(() => {
      extra = [...extra.slice(1), { ...extra[0], id: `x-${performance.now()}` } as PauseRecord];
      stores.saveHistory(extra);
    }, 10);
    let interval = 10;
    const saveSettings = time(() => {
      const s = defaultSettings();
      s.schedule.intervalMinutes = 10 + (interval++ % 200);
      stores.saveSettings(s);
    }, 20);

    // A damaged file of the same size: every entry salvaged one by one.
    const text = JSON.stringify({ records: full }, null, '\t');
    const recoverDamaged = time(() => {
      writeFileSync(path.join(dir, 'history.json'), text.slice(0, -50));
      openStores({ cwd: dir, Backend, now: () => new Date(Date.now() + Math.random() * 1e9) });
    }, 3);

    const figures = { open, savePause, saveSettings, recoverDamaged };
    console.log(`history: ${HISTORY_LIMIT} pauses, ${(size / 1024 / 1024).toFixed(1)} MB on disk`);
    let ok = true;
    for (const [name, ms] of Object.entries(figures)) {
      const budget = BUDGET_MS[name as keyof typeof BUDGET_MS];
      const within = ms <= budget;
      ok &&= within;
      console.log(`${name.padEnd(15)} ${ms.toFixed(1).padStart(7)} ms  (budget ${budget} ms)${within ? '' : '  OVER'}`);
    }
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
