// Active hours as windows of real time: merging, past-midnight ranges, whole days, the
// daylight-saving days, and "tomorrow".
import { describe, expect, it } from 'vitest';
import { ActiveHours } from '../../../../src/main/core/active-hours';

const Z = (s: string) => Date.parse(s);
const iso = (t: number) => new Date(t).toISOString();
const win = (h: ActiveHours, at: string) => {
  const w = h.windowAt(Z(at));
  return w && [iso(w.start), iso(w.end)];
};

describe('ActiveHours', () => {
  it('one window per range and day, in real time', () => {
    const h = new ActiveHours([{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' }], 'Europe/Berlin');
    expect(win(h, '2026-06-01T10:00:00Z')).toEqual(['2026-06-01T07:00:00.000Z', '2026-06-01T15:30:00.000Z']);
    expect(h.windowAt(Z('2026-06-01T15:30:00Z'))).toBeNull(); // the end is outside
    expect(h.windowAt(Z('2026-06-06T10:00:00Z'))).toBeNull(); // Saturday
    expect(iso(h.nextStart(Z('2026-06-05T16:00:00Z')) ?? 0)).toBe('2026-06-08T07:00:00.000Z');
  });

  it('overlapping and touching ranges merge into one stretch', () => {
    const h = new ActiveHours(
      [
        { days: [1], start: '09:00', end: '12:00' },
        { days: [1], start: '11:00', end: '13:00' },
        { days: [1], start: '13:00', end: '14:00' },
        { days: [1], start: '15:00', end: '16:00' },
      ],
      'UTC',
    );
    expect(win(h, '2026-06-01T12:30:00Z')).toEqual(['2026-06-01T09:00:00.000Z', '2026-06-01T14:00:00.000Z']);
    expect(win(h, '2026-06-01T15:30:00Z')).toEqual(['2026-06-01T15:00:00.000Z', '2026-06-01T16:00:00.000Z']);
  });

  it('an end earlier than the start runs past midnight into the next day', () => {
    const h = new ActiveHours([{ days: [0], start: '22:00', end: '06:00' }], 'UTC'); // Sunday night
    expect(win(h, '2026-06-08T03:00:00Z')).toEqual(['2026-06-07T22:00:00.000Z', '2026-06-08T06:00:00.000Z']);
    expect(h.windowAt(Z('2026-06-07T03:00:00Z'))).toBeNull(); // Sunday early morning belongs to Saturday
  });

  it('start equal to end is a whole day; every day like that is one continuous stretch', () => {
    const h = new ActiveHours([{ days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '00:00' }], 'Europe/Berlin');
    const w = h.windowAt(Z('2026-06-03T12:00:00Z'));
    expect(w).not.toBeNull();
    expect((w?.end ?? 0) - (w?.start ?? 0)).toBeGreaterThan(7 * 86_400_000);
  });

  it('daylight saving: the spring day is 23 hours, the autumn day 25, each window entered once', () => {
    const allDay = [{ days: [0], start: '00:00', end: '00:00' }];
    const spring = new ActiveHours(allDay, 'Europe/Berlin').windowAt(Z('2026-03-29T12:00:00Z'));
    expect(((spring?.end ?? 0) - (spring?.start ?? 0)) / 3_600_000).toBe(23);
    const autumn = new ActiveHours(allDay, 'America/New_York').windowAt(Z('2026-11-01T12:00:00Z'));
    expect(((autumn?.end ?? 0) - (autumn?.start ?? 0)) / 3_600_000).toBe(25);
    // A range inside the repeated hour happens once (the first time round), not twice.
    const repeated = new ActiveHours([{ days: [0], start: '01:10', end: '01:50' }], 'America/New_York');
    expect(win(repeated, '2026-11-01T05:30:00Z')).toEqual(['2026-11-01T05:10:00.000Z', '2026-11-01T05:50:00.000Z']);
    expect(repeated.windowAt(Z('2026-11-01T06:30:00Z'))).toBeNull();
    // A range inside the skipped hour does not happen at all.
    const skipped = new ActiveHours([{ days: [0], start: '02:10', end: '02:50' }], 'America/New_York');
    expect(
      skipped
        .windows(Z('2026-03-08T12:00:00Z'))
        .filter((w) => w.start < Z('2026-03-09T00:00:00Z') && w.end > Z('2026-03-08T00:00:00Z')),
    ).toEqual([]);
  });

  it('tomorrow is the next active-hours start on a later day, or the next midnight with none', () => {
    const h = new ActiveHours([{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' }], 'Europe/Berlin');
    expect(iso(h.tomorrowStart(Z('2026-06-01T04:00:00Z')))).toBe('2026-06-02T07:00:00.000Z');
    expect(iso(h.tomorrowStart(Z('2026-06-05T10:00:00Z')))).toBe('2026-06-08T07:00:00.000Z');
    const none = new ActiveHours([], 'Europe/Berlin');
    expect(iso(none.tomorrowStart(Z('2026-06-05T10:00:00Z')))).toBe('2026-06-05T22:00:00.000Z');
  });

  it('follows a change of zone', () => {
    const h = new ActiveHours([{ days: [1], start: '09:00', end: '10:00' }], 'Europe/Berlin');
    expect(win(h, '2026-06-01T07:30:00Z')).not.toBeNull();
    h.configure([{ days: [1], start: '09:00', end: '10:00' }], 'America/New_York');
    expect(h.windowAt(Z('2026-06-01T07:30:00Z'))).toBeNull();
    expect(win(h, '2026-06-01T13:30:00Z')).toEqual(['2026-06-01T13:00:00.000Z', '2026-06-01T14:00:00.000Z']);
  });
});
