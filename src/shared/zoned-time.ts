// An instant's calendar date and wall-clock time in a time zone, as numbers: for computing with
// local time (days, active hours), never for showing it. Pure: Intl alone.
//
// No language is assumed: the parts are read by their type, with the calendar fixed to Gregorian,
// the digits to Latin and the clock to 24 hours, so any locale the runtime has gives the same
// numbers. What a person reads is formatted in their own locale elsewhere (time-words.ts).

export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter for `timeZone` (the runtime's own zone when undefined), made once per zone.
 * Throws a RangeError for a zone Intl doesn't know.
 */
export function zonedFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(key, f);
  }
  return f;
}

/** The wall-clock date and time at instant `t` in `timeZone`. */
export function zonedParts(t: number, timeZone: string | undefined): ZonedParts {
  const out: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of zonedFormatter(timeZone).formatToParts(t)) {
    if (p.type in out) out[p.type as keyof ZonedParts] = Number(p.value);
  }
  return out;
}
