// The replay harness: the command line end to end (valid scenarios print JSON lines and a
// summary; invalid ones print a message naming the bad field and exit non-zero), and the
// scenario validator case by case.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../tools/simulate/run';
import { parseScenario } from '../../../tools/simulate/scenario';

const dir = mkdtempSync(path.join(tmpdir(), 'attune-sim-'));
function simulate(scenario: unknown | string, name = 'scenario.json') {
  const file = path.join(dir, name);
  writeFileSync(file, typeof scenario === 'string' ? scenario : JSON.stringify(scenario));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/simulate.ts', file], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BASE = { timezone: 'Europe/Berlin', start: '2026-06-01T07:00:00Z', end: '2026-06-01T15:00:00Z' };

describe('npm run simulate', () => {
  it('a valid scenario: one JSON object per line, reminders, state changes and a summary', () => {
    const r = simulate({
      ...BASE,
      settings: { schedule: { intervalMinutes: 90 } },
      events: [
        { at: '2026-06-01T08:31:00Z', type: 'action', action: 'snooze' },
        { at: '2026-06-01T11:00:00Z', type: 'suspend' },
        { at: '2026-06-01T11:20:00Z', type: 'resume' },
      ],
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ at: '2026-06-01T07:00:00.000Z', type: 'state', status: 'Next pause offered at 10:30' });
    const notes = lines.filter((l) => l.type === 'notify');
    expect(notes.map((n) => n.at)).toEqual([
      '2026-06-01T08:30:00.000Z',
      '2026-06-01T08:41:00.000Z',
      '2026-06-01T10:11:00.000Z',
      '2026-06-01T12:50:00.000Z',
      '2026-06-01T14:20:00.000Z',
    ]);
    for (const n of notes) {
      expect(Object.keys(n)).toEqual(['at', 'type', 'title', 'body']);
      expect(n.title).toBe('A pause, if you like');
      expect(n.body.length).toBeGreaterThan(10);
    }
    expect(lines).toContainEqual({ at: '2026-06-01T08:31:00.000Z', type: 'state', status: 'Offered again at 10:41' });
    expect(lines).toContainEqual({
      at: '2026-06-01T11:00:00.000Z',
      type: 'state',
      status: 'Away — reminders wait for you',
    });
    const summary = lines.at(-1);
    expect(summary).toMatchObject({ type: 'summary', notifications: 5, simulatedHours: 8 });
    expect(summary.wakeups).toBeGreaterThan(0);
    expect(summary.idleChecks).toBeGreaterThan(0);
  });

  it.each([
    [{ ...BASE, timezone: 'Europe/Atlantis' }, 'timezone must be an IANA time zone'],
    [{ ...BASE, end: '2026-06-01T06:00:00Z' }, 'end must be after start'],
    [{ ...BASE, start: 'tomorrow' }, 'start must be an ISO instant'],
    [
      { ...BASE, settings: { schedule: { intervalMinutes: 5 } } },
      'settings.schedule.intervalMinutes must be between 10 and 240',
    ],
    [
      { ...BASE, events: [{ at: '2026-06-01T08:00:00Z', type: 'idle', minutes: -3 }] },
      'events[0].minutes must be more than 0',
    ],
  ])('an invalid scenario exits non-zero and names the field (%#)', (scenario, message) => {
    const r = simulate(scenario);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('unreadable input: no such file, not JSON, no argument', () => {
    const missing = spawnSync(process.execPath, ['--import', 'tsx', 'tools/simulate.ts', path.join(dir, 'nope.json')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    const broken = simulate('{ "timezone": ', 'broken.json');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('is not valid JSON');
    const none = spawnSync(process.execPath, ['--import', 'tsx', 'tools/simulate.ts'], { encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage: npm run simulate -- <scenario.json>');
  });

  it('every example in tools/scenarios is valid and produces reminders', () => {
    const examples = readdirSync('tools/scenarios').filter((f) => f.endsWith('.json'));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const f of examples) {
      const parsed = parseScenario(JSON.parse(readFileSync(path.join('tools/scenarios', f), 'utf8')));
      if (!parsed.ok) throw new Error(`${f}: ${parsed.error}`);
      expect(runScenario(parsed.scenario).summary.notifications, f).toBeGreaterThan(0);
    }
  });

  it('is deterministic: the same scenario gives the same output', () => {
    const parsed = parseScenario(JSON.parse(readFileSync('tools/scenarios/issue-example.json', 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    const run = () => {
      const out: string[] = [];
      runScenario(parsed.scenario, (l) => out.push(JSON.stringify(l)));
      return out;
    };
    expect(run()).toEqual(run());
  });
});

describe('scenario validation', () => {
  const ev = (e: Record<string, unknown>) => ({ ...BASE, events: [e] });
  const at = '2026-06-01T08:00:00Z';
  it.each([
    ['[]', 'the scenario must be a JSON object'],
    [{ ...BASE, timezone: undefined }, 'timezone is missing'],
    [{ ...BASE, start: undefined }, 'start is missing'],
    [{ ...BASE, extra: 1 }, 'extra is not a known field'],
    [{ ...BASE, start: '2026-06-01 07:00' }, 'start must be an ISO instant'],
    [{ ...BASE, start: '2026-02-30T07:00:00Z' }, 'start is not a real date'],
    [{ ...BASE, end: '2031-06-01T07:00:00Z' }, 'end must be at most three years after start'],
    [
      { ...BASE, settings: { schedule: { activeHours: [{ days: [8], start: '09:00', end: '10:00' }] } } },
      'settings.schedule.activeHours[0].days[0] must be between 0 and 6',
    ],
    [{ ...BASE, settings: { version: 3 } }, 'version cannot be changed'],
    [{ ...BASE, settings: { schedule: { interval: 30 } } }, 'settings.schedule.interval is not a known field'],
    [{ ...BASE, events: {} }, 'events must be a list'],
    [{ ...BASE, events: [7] }, 'events[0] must be an object'],
    [ev({ type: 'lock' }), 'events[0].at is missing'],
    [ev({ at: '2026-06-02T08:00:00Z', type: 'lock' }), 'events[0].at must be between start and end'],
    [ev({ at, type: 'nap' }), 'events[0].type must be one of'],
    [ev({ at, type: 'lock', minutes: 3 }), 'events[0].minutes is not a known field here'],
    [ev({ at, type: 'resume' }), 'events[0]: resume without a suspend before it'],
    [ev({ at, type: 'unlock' }), 'events[0]: unlock without a lock before it'],
    [ev({ at, type: 'practice-end' }), 'events[0]: practice-end without an "action": "start" before it'],
    [ev({ at, type: 'typing' }), 'events[0].minutes is missing'],
    [ev({ at, type: 'typing', minutes: '2' }), 'events[0].minutes must be a number of minutes'],
    [ev({ at, type: 'clock-jump', minutes: 0 }), 'events[0].minutes must be non-zero'],
    [ev({ at, type: 'action' }), 'events[0].action must be one of start, snooze, skip, pause, resume'],
    [ev({ at, type: 'action', action: 'pause' }), 'events[0].minutes is missing (how long to pause)'],
    [ev({ at, type: 'action', action: 'pause', for: 'forever' }), 'events[0].for must be one of 30m, 1h, 2h, tomorrow'],
    [
      ev({ at, type: 'action', action: 'pause', for: '1h', minutes: 60 }),
      'events[0]: give either minutes or for, not both',
    ],
    [
      ev({ at, type: 'settings', settings: { schedule: { snoozeMinutes: 0 } } }),
      'events[0].settings.schedule.snoozeMinutes must be between 1 and 120',
    ],
    [ev({ at, type: 'timezone', timezone: 'Moon/Base' }), 'events[0].timezone must be an IANA time zone'],
  ] as const)('%j → %s', (scenario, message) => {
    const r = parseScenario(typeof scenario === 'string' ? JSON.parse(scenario) : scenario);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('events out of order, overlapping idle and typing, a suspend inside a suspend', () => {
    const check = (events: unknown[]) => {
      const r = parseScenario({ ...BASE, events });
      return r.ok ? 'ok' : r.error;
    };
    expect(
      check([
        { at: '2026-06-01T09:00:00Z', type: 'lock' },
        { at: '2026-06-01T08:00:00Z', type: 'unlock' },
      ]),
    ).toContain('events[1].at is earlier than the event before it');
    expect(
      check([
        { at: '2026-06-01T09:00:00Z', type: 'idle', minutes: 30 },
        { at: '2026-06-01T09:10:00Z', type: 'typing', minutes: 1 },
      ]),
    ).toContain('events[1] (typing) overlaps events[0]');
    expect(
      check([
        { at: '2026-06-01T09:00:00Z', type: 'suspend' },
        { at: '2026-06-01T09:10:00Z', type: 'suspend' },
      ]),
    ).toContain('events[1]: suspend while already suspended (since events[0])');
    expect(
      check([
        { at: '2026-06-01T09:00:00Z', type: 'idle', minutes: 30 },
        { at: '2026-06-01T09:30:00Z', type: 'typing', minutes: 1 },
      ]),
    ).toBe('ok');
  });

  it('settings merge over the defaults, and later settings events over earlier ones', () => {
    const r = parseScenario({
      ...BASE,
      settings: { schedule: { intervalMinutes: 45 } },
      events: [
        { at: '2026-06-01T08:00:00Z', type: 'settings', settings: { schedule: { snoozeMinutes: 20 } } },
        { at: '2026-06-01T09:00:00Z', type: 'settings', settings: { schedule: { idleResetMinutes: 0 } } },
      ],
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.settings.schedule).toMatchObject({
        intervalMinutes: 45,
        snoozeMinutes: 10,
        idleResetMinutes: 5,
      });
      expect(r.scenario.events).toHaveLength(2);
    }
  });
});
