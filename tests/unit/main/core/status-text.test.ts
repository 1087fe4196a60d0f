// The tray's status line for every reminder state the scheduler produces: in the person's locale
// and hour cycle, in the zone given, naming the day when it isn't today; the due icon only while
// a pause is offered.
import { describe, expect, it } from 'vitest';
import { statusLine } from '../../../../src/main/core/status-text';
import { trayIconVariant, trayTooltip } from '../../../../src/main/core/tray-menu';
import type { ReminderStatus } from '../../../../src/shared/app-state';
import { english } from '../../../support/words';

const EN = english();

// Monday 1 June 2026, 12:30 UTC.
const at = Date.parse('2026-06-01T12:30:00Z');
const now = at - 60 * 60_000;
const gb = (timeZone: string) => ({ regional: 'en-GB', timeZone, now });

describe('status line per reminder state', () => {
  it.each([
    [{ kind: 'waiting', nextAt: at }, 'Europe/Berlin', 'Next pause offered at 14:30'],
    [{ kind: 'waiting', nextAt: at }, 'America/New_York', 'Next pause offered at 08:30'],
    [{ kind: 'due' }, 'UTC', 'A pause is here, if you like'],
    [{ kind: 'snoozed', until: at + 10 * 60_000 }, 'Europe/Berlin', 'Offered again at 14:40'],
    [{ kind: 'paused', until: at + 30 * 60_000 }, 'Europe/Berlin', 'Reminders quiet until 15:00'],
    [{ kind: 'paused', until: null }, 'UTC', 'Reminders quiet'],
    [{ kind: 'outside-hours' }, 'UTC', 'Outside your active hours'],
    [{ kind: 'off' }, 'UTC', 'Reminders off'],
    [{ kind: 'away' }, 'UTC', 'Away — reminders wait for you'],
    [{ kind: 'practising' }, 'UTC', 'Taking a pause'],
  ] as [ReminderStatus, string, string][])('%o in %s → %s', (status, zone, line) => {
    expect(statusLine(EN, status, gb(zone))).toBe(line);
    expect(trayTooltip(EN, { reminder: status }, gb(zone))).toBe(`Attune — ${line}`);
  });

  it('follows the locale’s hour cycle instead of forcing 24-hour times', () => {
    const us = { regional: 'en-US', timeZone: 'America/New_York', now };
    expect(statusLine(EN, { kind: 'waiting', nextAt: at + 6 * 3600_000 }, us)).toBe('Next pause offered at 2:30 PM');
    expect(statusLine(EN, { kind: 'waiting', nextAt: at }, { ...us, regional: 'de-DE' })).toBe(
      'Next pause offered at 08:30',
    );
  });

  it('names the day when the time is not today', () => {
    // Friday 5 June 2026, 17:00 in Berlin; reminders quiet until Monday 09:00.
    const friday = Date.parse('2026-06-05T15:00:00Z');
    const monday = Date.parse('2026-06-08T07:00:00Z');
    const ctx = { regional: 'en-GB', timeZone: 'Europe/Berlin', now: friday };
    expect(statusLine(EN, { kind: 'paused', until: monday }, ctx)).toBe('Reminders quiet until Monday, 09:00');
    expect(statusLine(EN, { kind: 'waiting', nextAt: monday }, ctx)).toBe('Next pause offered Monday, 09:00');
    const saturday = Date.parse('2026-06-06T07:00:00Z');
    expect(statusLine(EN, { kind: 'paused', until: saturday }, ctx)).toBe('Reminders quiet until tomorrow, 09:00');
    // Past midnight in Berlin: the same instant is "today" there and "tomorrow" in New York.
    const lateSnooze = Date.parse('2026-06-05T22:20:00Z');
    expect(statusLine(EN, { kind: 'snoozed', until: lateSnooze }, ctx)).toBe('Offered again tomorrow, 00:20');
    expect(statusLine(EN, { kind: 'snoozed', until: lateSnooze }, { ...ctx, timeZone: 'America/New_York' })).toBe(
      'Offered again at 18:20',
    );
  });

  it('the offered-pause icon shows while a pause is offered, and only then', () => {
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
