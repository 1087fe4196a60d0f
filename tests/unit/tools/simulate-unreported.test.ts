// `npm run simulate` with resume and unlock events the app is never told about
// ("unreported": true): the machine wakes or the screen unlocks, Electron stays silent, and
// reminders still come back within 10 minutes (issue 15, point 10).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../tools/simulate/scenario';

const dir = mkdtempSync(path.join(tmpdir(), 'attune-sim-unreported-'));
function simulate(scenario: unknown) {
  const file = path.join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(scenario));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/simulate.ts', file], { encoding: 'utf8' });
  return {
    status: r.status,
    stderr: r.stderr,
    lines: r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { at?: string; type: string; status?: string; notifications?: number }),
  };
}

const BASE = { timezone: 'UTC', start: '2026-06-01T08:00:00Z', end: '2026-06-01T17:00:00Z' };

describe('npm run simulate: unreported resume and unlock', () => {
  it('a lock whose unlock is never reported: the state leaves "Away" within 10 minutes and reminders follow', () => {
    const r = simulate({
      ...BASE,
      events: [
        { at: '2026-06-01T10:00:00Z', type: 'lock' },
        { at: '2026-06-01T11:00:00Z', type: 'unlock', unreported: true },
      ],
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const back = r.lines.find(
      (l) =>
        l.type === 'state' && (l.at ?? '') > '2026-06-01T10:00:00Z' && l.status !== 'Away — reminders wait for you',
    );
    expect(back?.at).toBeDefined();
    expect(Date.parse(back?.at ?? '') - Date.parse('2026-06-01T11:00:00Z')).toBeLessThanOrEqual(10 * 60_000);
    expect(
      r.lines.filter((l) => l.type === 'notify' && (l.at ?? '') > '2026-06-01T11:00:00Z').length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('a sleep whose resume is never reported: the same', () => {
    const r = simulate({
      ...BASE,
      events: [
        { at: '2026-06-01T09:30:00Z', type: 'suspend' },
        { at: '2026-06-01T12:00:00Z', type: 'resume', unreported: true },
      ],
    });
    expect(r.status).toBe(0);
    const back = r.lines.find(
      (l) =>
        l.type === 'state' && (l.at ?? '') >= '2026-06-01T12:00:00Z' && l.status !== 'Away — reminders wait for you',
    );
    expect(Date.parse(back?.at ?? '') - Date.parse('2026-06-01T12:00:00Z')).toBeLessThanOrEqual(10 * 60_000);
    expect(
      r.lines.filter((l) => l.type === 'notify' && (l.at ?? '') > '2026-06-01T12:00:00Z').length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('"unreported": false is the usual event; anything but true or false is refused, and only on resume and unlock', () => {
    expect(
      parseScenario({
        ...BASE,
        events: [
          { at: '2026-06-01T10:00:00Z', type: 'lock' },
          { at: '2026-06-01T10:05:00Z', type: 'unlock', unreported: false },
        ],
      }).ok,
    ).toBe(true);
    expect(
      parseScenario({
        ...BASE,
        events: [
          { at: '2026-06-01T10:00:00Z', type: 'lock' },
          { at: '2026-06-01T10:05:00Z', type: 'unlock', unreported: 'yes' },
        ],
      }),
    ).toEqual({ ok: false, error: 'events[1].unreported must be true or false, not "yes"' });
    const onLock = parseScenario({ ...BASE, events: [{ at: '2026-06-01T10:00:00Z', type: 'lock', unreported: true }] });
    expect(onLock.ok).toBe(false);
    if (!onLock.ok) expect(onLock.error).toMatch(/events\[0\]\.unreported is not a known field here/);
  });
});
