// docs/simulate.md against the tool: its input example is the example scenario it names, the
// output it shows is what the harness prints for it (the first lines and the summary), and every
// status line it lists is one the tray can show. A change to the scheduler's behaviour or words
// fails here until the page is regenerated.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statusLine } from '../../../src/main/core/status-text';
import type { ReminderStatus } from '../../../src/shared/app-state';
import { type OutputLine, runScenario } from '../../../tools/simulate/run';
import { parseScenario } from '../../../tools/simulate/scenario';
import { english } from '../../support/words';

const EN = english();

const page = readFileSync('docs/simulate.md', 'utf8');

/** The fenced block of `lang` that follows `heading`. */
function blockAfter(heading: string, lang: string): string {
  const from = page.indexOf(heading);
  expect(from, `docs/simulate.md has "${heading}"`).toBeGreaterThanOrEqual(0);
  const open = page.indexOf(`\`\`\`${lang}\n`, from);
  const close = page.indexOf('```', open + 4 + lang.length);
  return page.slice(open + 4 + lang.length, close);
}

function run(json: unknown): OutputLine[] {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(parsed.error);
  const lines: OutputLine[] = [];
  runScenario(parsed.scenario, (l) => lines.push(l));
  return lines;
}

describe('docs/simulate.md', () => {
  it('shows tools/scenarios/issue-example.json as its input', () => {
    expect(page).toContain('[`tools/scenarios/issue-example.json`]');
    expect(JSON.parse(blockAfter('## Input', 'json'))).toEqual(
      JSON.parse(readFileSync('tools/scenarios/issue-example.json', 'utf8')),
    );
  });

  it('shows the first lines and the summary the harness prints for that input', () => {
    const shown = blockAfter('## Output', 'json')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OutputLine);
    const printed = run(JSON.parse(blockAfter('## Input', 'json')));
    const summary = shown.at(-1);
    expect(summary?.type).toBe('summary');
    expect(shown.slice(0, -1)).toEqual(printed.slice(0, shown.length - 1));
    expect(summary).toEqual(printed.at(-1));
  });

  it('lists status lines the tray really shows', () => {
    const section = page.slice(page.indexOf('- `state`:'), page.indexOf('- `summary`'));
    const listed = [...section.replace(/\s+/g, ' ').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const now = Date.parse('2026-03-27T10:00:00Z'); // a Friday, 11:00 in Berlin
    const ctx = { timeZone: 'Europe/Berlin', regional: 'en-GB', now };
    const at = (iso: string) => Date.parse(iso);
    const statuses: ReminderStatus[] = [
      { kind: 'waiting', nextAt: at('2026-03-27T13:30:00Z') },
      { kind: 'waiting', nextAt: at('2026-03-28T08:00:00Z') },
      { kind: 'due' },
      { kind: 'snoozed', until: at('2026-03-27T10:10:00Z') },
      { kind: 'paused', until: at('2026-03-30T07:00:00Z') },
      { kind: 'outside-hours' },
      { kind: 'away' },
      { kind: 'practising' },
      { kind: 'off' },
      { kind: 'held', reason: 'call' },
      { kind: 'held', reason: 'fullscreen' },
      { kind: 'held', reason: 'dnd' },
    ];
    expect(listed).toEqual(statuses.map((s) => statusLine(EN, s, ctx)));
  });

  it('shows error messages the harness really gives', () => {
    const shown = blockAfter('## Errors', 'text').trim().split('\n');
    const day = { timezone: 'Europe/Berlin', start: '2026-03-27T07:00:00Z', end: '2026-03-28T07:00:00Z' };
    const away = [
      { at: '2026-03-27T08:00:00Z', type: 'suspend' },
      { at: '2026-03-27T08:10:00Z', type: 'resume' },
      { at: '2026-03-27T08:20:00Z', type: 'lock' },
    ];
    const scenarios = [
      { ...day, events: [...away, { at: '2026-03-27T09:00:00Z', type: 'idle', minutes: -2 }] },
      { ...day, settings: { schedule: { intervalMinutes: 5 } } },
      {
        ...day,
        events: [
          ...away,
          { at: '2026-03-27T08:30:00Z', type: 'unlock' },
          { at: '2026-03-27T08:40:00Z', type: 'idle', minutes: 2 },
          { at: '2026-03-27T09:00:00Z', type: 'resume' },
        ],
      },
    ];
    const given = scenarios.map((json) => {
      const r = parseScenario(json);
      return r.ok ? 'accepted' : `simulate: scenario.json: ${r.error}`;
    });
    expect(shown).toEqual(given);
  });
});
