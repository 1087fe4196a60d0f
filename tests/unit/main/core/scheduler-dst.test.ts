// Daylight-saving days in Europe/Berlin and America/New_York: active hours follow real local
// time, no reminder falls in a skipped hour, and none is doubled in a repeated hour.
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../../src/main/core/local-time';
import type { World } from '../../../../tools/simulate/engine';
import { MIN, shownAt, t, world } from './scheduler-world';

const localTimes = (w: World, zone: string) =>
  w.notices.map((n) => {
    const l = localDateTime(n.at, zone);
    return `${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
  });
const gaps = (w: World) => w.notices.slice(1).map((n, i) => (n.at - (w.notices[i]?.at ?? 0)) / MIN);

const NIGHT = (days: number[], start = '00:00', end = '06:00') => ({
  schedule: { activeHours: [{ days, start, end }] },
});

describe('Europe/Berlin', () => {
  it('spring forward (29 March 2026, 02:00 → 03:00): nothing at 02:xx, one real hour apart', () => {
    const w = world('2026-03-28T22:00:00Z', NIGHT([0]));
    w.advanceTo(t('2026-03-29T12:00:00Z'));
    expect(localTimes(w, 'Europe/Berlin')).toEqual(['01:00', '03:00', '04:00', '05:00']);
    expect(gaps(w)).toEqual([60, 60, 60]);
  });

  it('a range that starts in the skipped hour starts when the clock reaches it (03:00)', () => {
    const w = world('2026-03-28T22:00:00Z', NIGHT([0], '02:30', '06:00'));
    w.advanceTo(t('2026-03-29T12:00:00Z'));
    expect(shownAt(w)).toEqual(['2026-03-29T02:00:00.000Z', '2026-03-29T03:00:00.000Z']);
    expect(localTimes(w, 'Europe/Berlin')).toEqual(['04:00', '05:00']);
  });

  it('fall back (25 October 2026, 03:00 → 02:00): the long night has no doubled reminder', () => {
    const w = world('2026-10-24T21:00:00Z', NIGHT([0]));
    w.advanceTo(t('2026-10-25T12:00:00Z'));
    // 00:00 CEST to 06:00 CET is seven real hours: six reminders, each a real hour apart.
    expect(shownAt(w)).toEqual(
      ['23', '00', '01', '02', '03', '04'].map((h, i) => `2026-10-${i === 0 ? '24' : '25'}T${h}:00:00.000Z`),
    );
    expect(gaps(w)).toEqual([60, 60, 60, 60, 60]);
  });

  it('a range inside the repeated hour is active once, not twice', () => {
    const w = world('2026-10-24T21:00:00Z', {
      schedule: { intervalMinutes: 10, activeHours: [{ days: [0], start: '02:10', end: '02:50' }] },
    });
    w.advanceTo(t('2026-10-25T12:00:00Z'));
    expect(shownAt(w)).toEqual(['2026-10-25T00:20:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-25T00:40:00.000Z']);
  });

  it('the Monday after the change starts at 09:00 summer time', () => {
    const w = world('2026-03-27T06:00:00Z');
    w.advanceTo(t('2026-03-30T08:30:00Z'));
    // Friday 09:00 CET is 08:00Z; Monday 09:00 CEST is 07:00Z.
    expect(shownAt(w)[0]).toBe('2026-03-27T09:00:00.000Z');
    expect(shownAt(w).at(-1)).toBe('2026-03-30T08:00:00.000Z');
    expect(localTimes(w, 'Europe/Berlin').at(-1)).toBe('10:00');
  });

  it('until tomorrow from Friday is Monday 09:00 local, across the change', () => {
    const w = world('2026-03-27T10:00:00Z');
    w.pause('tomorrow');
    expect(w.scheduler.status()).toEqual({ kind: 'paused', until: t('2026-03-30T07:00:00Z') });
  });
});

describe('America/New_York', () => {
  const NY = 'America/New_York';

  it('spring forward (8 March 2026, 02:00 → 03:00): nothing at 02:xx', () => {
    const w = world('2026-03-08T04:00:00Z', { schedule: { intervalMinutes: 30, ...NIGHT([0]).schedule } }, NY);
    w.advanceTo(t('2026-03-08T18:00:00Z'));
    const times = localTimes(w, NY);
    expect(times.some((x) => x.startsWith('02:'))).toBe(false);
    expect(times).toEqual(['00:30', '01:00', '01:30', '03:00', '03:30', '04:00', '04:30', '05:00', '05:30']);
    expect(gaps(w).every((g) => g === 30)).toBe(true);
  });

  it('fall back (1 November 2026, 02:00 → 01:00): reminders stay a real interval apart', () => {
    const w = world('2026-11-01T03:00:00Z', { schedule: { intervalMinutes: 45, ...NIGHT([0]).schedule } }, NY);
    w.advanceTo(t('2026-11-01T18:00:00Z'));
    // Seven real hours of active time (00:00 EDT to 06:00 EST): 420 / 45 → 9 reminders.
    expect(w.notices).toHaveLength(9);
    expect(gaps(w).every((g) => g === 45)).toBe(true);
    expect(localTimes(w, NY)).toEqual([
      '00:45',
      '01:30',
      '01:15',
      '02:00',
      '02:45',
      '03:30',
      '04:15',
      '05:00',
      '05:45',
    ]);
  });

  it('a range in the repeated hour happens once', () => {
    const w = world(
      '2026-11-01T03:00:00Z',
      {
        schedule: { intervalMinutes: 10, activeHours: [{ days: [0], start: '01:05', end: '01:40' }] },
      },
      NY,
    );
    w.advanceTo(t('2026-11-01T18:00:00Z'));
    expect(shownAt(w)).toEqual(['2026-11-01T05:15:00.000Z', '2026-11-01T05:25:00.000Z', '2026-11-01T05:35:00.000Z']);
  });

  it('the tray shows local time on either side of the change', () => {
    const w = world('2026-03-06T14:00:00Z', {}, NY); // Friday 09:00 EST
    expect(w.states.at(-1)?.line).toBe('Next pause offered at 10:00');
    w.advanceTo(t('2026-03-09T13:30:00Z')); // Monday 09:30 EDT
    expect(w.states.at(-1)?.line).toBe('Next pause offered at 10:00');
  });
});
