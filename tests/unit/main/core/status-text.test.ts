// The tray's status line for every reminder state the scheduler produces, in the local time of
// the zone given, and the due icon only while a reminder is due.
import { describe, expect, it } from 'vitest';
import { statusLine } from '../../../../src/main/core/status-text';
import { trayIconVariant, trayTooltip } from '../../../../src/main/core/tray-menu';
import type { ReminderStatus } from '../../../../src/shared/app-state';

const at = Date.parse('2026-06-01T12:30:00Z');

describe('status line per reminder state', () => {
  it.each([
    [{ kind: 'waiting', nextAt: at }, 'Europe/Berlin', 'Next pause at 14:30'],
    [{ kind: 'waiting', nextAt: at }, 'America/New_York', 'Next pause at 08:30'],
    [{ kind: 'due' }, 'UTC', 'Pause due'],
    [{ kind: 'snoozed', until: at + 10 * 60_000 }, 'Europe/Berlin', 'Snoozed until 14:40'],
    [{ kind: 'paused', until: at + 30 * 60_000 }, 'Europe/Berlin', 'Reminders paused until 15:00'],
    [{ kind: 'outside-hours' }, 'UTC', 'Outside your active hours'],
    [{ kind: 'off' }, 'UTC', 'Reminders off'],
    [{ kind: 'away' }, 'UTC', 'Away — reminders wait for you'],
    [{ kind: 'practising' }, 'UTC', 'Pausing now'],
  ] as [ReminderStatus, string, string][])('%o in %s → %s', (status, zone, line) => {
    expect(statusLine(status, zone)).toBe(line);
    expect(trayTooltip({ reminder: status }, zone)).toBe(`Attune — ${line}`);
  });

  it('the due icon shows while a reminder is due, and only then', () => {
    const kinds: ReminderStatus[] = [
      { kind: 'waiting', nextAt: at },
      { kind: 'snoozed', until: at },
      { kind: 'paused', until: null },
      { kind: 'outside-hours' },
      { kind: 'off' },
      { kind: 'away' },
      { kind: 'practising' },
    ];
    for (const reminder of kinds) expect(trayIconVariant({ reminder })).toBe('normal');
    expect(trayIconVariant({ reminder: { kind: 'due' } })).toBe('due');
  });
});
