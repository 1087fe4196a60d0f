// The first day of the week where the person lives: Monday in Germany and France, Sunday in the
// United States and Japan, Saturday in Egypt and most of the Arab world (CLDR's week data, which
// Intl exposes). Pure. A shared helper (src/shared/i18n/week.ts) may replace this one at merge.

/** CLDR weekData firstDay for the regions Intl might not tell us about (older runtimes). */
const SUNDAY = new Set(['US', 'CA', 'JP', 'IL', 'BR', 'MX', 'PH', 'KR', 'TW', 'HK', 'IN', 'SA', 'ZA', 'AU']);
const SATURDAY = new Set(['EG', 'AE', 'AF', 'BH', 'DJ', 'DZ', 'IQ', 'IR', 'JO', 'KW', 'LY', 'OM', 'QA', 'SD', 'SY']);

interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** The first day of the week for `locale`, as Date#getDay counts (0 Sunday … 6 Saturday). */
export function firstDayOfWeek(locale: string): number {
  let l: LocaleWithWeek;
  try {
    l = new Intl.Locale(locale).maximize() as LocaleWithWeek;
  } catch {
    return 1;
  }
  // Intl counts 1 Monday … 7 Sunday (getWeekInfo(); older V8 had a weekInfo getter).
  const info = l.getWeekInfo?.() ?? l.weekInfo;
  if (info && Number.isInteger(info.firstDay)) return info.firstDay % 7;
  const region = l.region ?? '';
  if (SUNDAY.has(region)) return 0;
  if (SATURDAY.has(region)) return 6;
  return 1;
}
