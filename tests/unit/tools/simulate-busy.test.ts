// The replay harness's `busy` event (issue 12): validation messages, and the rules as the
// harness shows them — held, shown once within 2 minutes of busy ending, dropped past active
// hours, no effect when that signal's setting is off.
import { describe, expect, it } from 'vitest';
import { type OutputLine, runScenario } from '../../../tools/simulate/run';
import { parseScenario } from '../../../tools/simulate/scenario';

const BASE = { timezone: 'Europe/Berlin', start: '2026-06-01T07:00:00Z', end: '2026-06-01T15:00:00Z' };
const error = (events: unknown[], settings?: unknown) => {
  const r = parseScenario({ ...BASE, ...(settings ? { settings } : {}), events });
  return r.ok ? 'ok' : r.error;
};
function run(events: unknown[], settings?: unknown, end = BASE.end) {
  const r = parseScenario({ ...BASE, end, ...(settings ? { settings } : {}), events });
  if (!r.ok) throw new Error(r.error);
  const lines: OutputLine[] = [];
  runScenario(r.scenario, (l) => lines.push(l));
  return lines;
}
const notifyTimes = (lines: OutputLine[]) =>
  lines.filter((l) => l.type === 'notify').map((l) => ('at' in l ? l.at : ''));

describe('the busy event: validation', () => {
  it.each([
    [{ type: 'busy', reason: 'dnd' }, 'events[0].minutes is missing (how long the person is busy)'],
    [{ type: 'busy', minutes: 0, reason: 'dnd' }, 'events[0].minutes must be more than 0, not 0'],
    [{ type: 'busy', minutes: '10', reason: 'dnd' }, 'events[0].minutes must be a number of minutes, not "10"'],
    [{ type: 'busy', minutes: 10 }, 'events[0].reason is missing (one of dnd, fullscreen, camera, microphone)'],
    [
      { type: 'busy', minutes: 10, reason: 'meeting' },
      'events[0].reason must be one of dnd, fullscreen, camera, microphone, not "meeting"',
    ],
    [{ type: 'busy', minutes: 10, reason: 'dnd', app: 'zoom' }, 'events[0].app is not a known field here'],
  ])('%j → %s', (event, message) => {
    expect(error([{ at: '2026-06-01T08:00:00Z', ...event }])).toContain(message);
  });

  it('busy periods must not overlap one another, but may overlap idle and typing', () => {
    expect(
      error([
        { at: '2026-06-01T08:00:00Z', type: 'busy', minutes: 30, reason: 'camera' },
        { at: '2026-06-01T08:20:00Z', type: 'busy', minutes: 10, reason: 'dnd' },
      ]),
    ).toBe('events[1] (busy) overlaps events[0]; busy periods must not overlap');
    expect(
      error([
        { at: '2026-06-01T08:00:00Z', type: 'busy', minutes: 30, reason: 'camera' },
        { at: '2026-06-01T08:10:00Z', type: 'typing', minutes: 10 },
        { at: '2026-06-01T08:30:00Z', type: 'busy', minutes: 10, reason: 'dnd' },
      ]),
    ).toBe('ok');
  });
});

describe('the busy event: the rules in the harness', () => {
  it('a reminder held through a call is shown once, within 2 minutes of its end, and the tray says why it waits', () => {
    const lines = run(
      [{ at: '2026-06-01T07:45:00Z', type: 'busy', minutes: 40, reason: 'camera' }],
      undefined,
      '2026-06-01T09:30:00Z',
    );
    expect(notifyTimes(lines)).toEqual(['2026-06-01T08:25:00.000Z', '2026-06-01T09:25:00.000Z']);
    expect(lines).toContainEqual({
      at: '2026-06-01T08:00:00.000Z',
      type: 'state',
      status: 'You seem to be in a call — your pause waits until it ends',
    });
    const summary = lines.at(-1);
    expect(summary).toMatchObject({ type: 'summary', notifications: 2 });
    expect(summary && 'busyChecks' in summary ? summary.busyChecks : 0).toBeGreaterThanOrEqual(26);
  });

  it('busy past the end of active hours drops the held reminder', () => {
    const lines = run(
      [{ at: '2026-06-01T14:50:00Z', type: 'busy', minutes: 60, reason: 'fullscreen' }],
      undefined,
      '2026-06-01T17:00:00Z',
    );
    expect(notifyTimes(lines).filter((t) => t >= '2026-06-01T15:00')).toEqual([]);
  });

  it('a reason whose setting is off has no effect', () => {
    const lines = run([{ at: '2026-06-01T07:45:00Z', type: 'busy', minutes: 40, reason: 'dnd' }], {
      schedule: { waitWhileBusy: { doNotDisturb: false } },
    });
    expect(notifyTimes(lines)[0]).toBe('2026-06-01T08:00:00.000Z');
  });
});
