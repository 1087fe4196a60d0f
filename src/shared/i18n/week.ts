// Which day a week starts on where the person lives: Monday in most of Europe, Sunday in the
// United States and Japan, Saturday in much of the Arabic-speaking world. Intl knows (a locale's
// week info); where a runtime doesn't expose it yet, a small table of the regions that don't start
// on Monday answers instead. Pure.

/** A weekday as JavaScript numbers it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Regions whose week starts on Sunday or Saturday (CLDR's weekData "firstDay"); the rest start on Monday. */
const SUNDAY_REGIONS = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY_REGIONS = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));
/** The region a bare language tag most likely means (for the table only). */
const LIKELY_REGION: Readonly<Record<string, string>> = {
  en: 'US',
  ar: 'EG',
  ja: 'JP',
  zh: 'CN',
  ko: 'KR',
  he: 'IL',
  hi: 'IN',
  pt: 'BR',
  fa: 'IR',
};

interface WeekInfo {
  firstDay: number;
}

/** Intl's week info for `locale` (getWeekInfo() in newer runtimes, the weekInfo getter in older ones). */
function intlWeekInfo(locale: string): WeekInfo | null {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    return info && Number.isInteger(info.firstDay) && info.firstDay >= 1 && info.firstDay <= 7 ? info : null;
  } catch {
    return null;
  }
}

/** The first day from the fallback table: what CLDR says for the locale's (or its language's likely) region. */
export function firstDayFromTable(tag: string): Weekday {
  const locale = tag.replace(/_/g, '-');
  let region: string | undefined;
  let language = '';
  try {
    const loc = new Intl.Locale(locale);
    region = loc.region;
    language = loc.language;
  } catch {
    language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  }
  const r = (region ?? LIKELY_REGION[language] ?? '').toUpperCase();
  if (SUNDAY_REGIONS.has(r)) return 0;
  if (SATURDAY_REGIONS.has(r)) return 6;
  return 1;
}

/** The weekday a week starts on in `locale` (0 = Sunday … 6 = Saturday). */
export function firstDayOfWeek(locale: string): Weekday {
  const info = intlWeekInfo(locale.replace(/_/g, '-'));
  // Intl counts 1 = Monday … 7 = Sunday.
  return info ? ((info.firstDay % 7) as Weekday) : firstDayFromTable(locale);
}

/** The seven weekdays in the order a calendar in `locale` shows them. */
export function weekdayOrder(locale: string): Weekday[] {
  const first = firstDayOfWeek(locale);
  return Array.from({ length: 7 }, (_, i) => ((first + i) % 7) as Weekday);
}

/** A weekday's name in `locale` ("Monday", "Mon", "月曜日"), from Intl. */
export function weekdayName(day: Weekday, locale: string, width: 'long' | 'short' | 'narrow' = 'long'): string {
  // 4 January 1970 was a Sunday; naming in UTC keeps the day whatever the time zone.
  const date = Date.UTC(1970, 0, 4 + day);
  try {
    return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { weekday: width, timeZone: 'UTC' }).format(date);
  }
}
