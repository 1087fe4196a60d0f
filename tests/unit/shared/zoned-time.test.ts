import { describe, expect, it } from 'vitest';
import { zonedFormatter, zonedParts } from '../../../src/shared/zoned-time';

describe('zoned time (numbers for computing, whatever the runtime locale)', () => {
  it('reads the date and a 24-hour clock in the zone, midnight as 0', () => {
    // 2026-03-29 00:30 in Berlin is 2026-03-28 23:30 UTC (before the spring change at 02:00).
    expect(zonedParts(Date.UTC(2026, 2, 28, 23, 30, 5), 'Europe/Berlin')).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 0,
      minute: 30,
      second: 5,
    });
    expect(zonedParts(Date.UTC(2026, 6, 1, 13, 0), 'America/New_York')).toMatchObject({ day: 1, hour: 9 });
  });

  it('fixes calendar, digits and clock instead of taking them from a language', () => {
    const o = zonedFormatter('Asia/Tokyo').resolvedOptions();
    expect(o).toMatchObject({ calendar: 'gregory', numberingSystem: 'latn', hourCycle: 'h23', timeZone: 'Asia/Tokyo' });
  });

  it('refuses a zone Intl does not know', () => {
    expect(() => zonedFormatter('Etc/Unknown')).toThrow(RangeError);
  });
});
