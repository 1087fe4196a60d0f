// Active hours as windows of real time. Each range on each chosen day becomes one window, from
// the first instant the local clock reads `start` to the first instant after that it reads
// `end` (the next day's `end` when `end` is earlier than `start`; a whole day when they match).
// So a daylight-saving gap shortens a window and a repeated hour lengthens it, but no window is
// ever entered twice. Overlapping or touching windows merge, so several ranges in one day that
// meet count as one stretch.
import type { ActiveRange } from '../../shared/settings';
import { addDays, compareDates, instantAtOrAfter, type LocalDate, localDateTime, minutesOf } from './local-time';

export interface TimeWindow {
  start: number;
  end: number;
}

/** Days before and after the current local day whose windows are worked out. */
const BEHIND = 2;
const AHEAD = 9;

export class ActiveHours {
  private cache: {
    ranges: readonly ActiveRange[];
    timeZone: string;
    from: number;
    to: number;
    windows: TimeWindow[];
  } | null = null;

  constructor(
    private ranges: readonly ActiveRange[],
    private timeZone: string,
  ) {}

  configure(ranges: readonly ActiveRange[], timeZone: string): void {
    this.ranges = ranges;
    this.timeZone = timeZone;
  }

  /** The window containing `t`, or null when `t` is outside active hours. */
  windowAt(t: number): TimeWindow | null {
    return this.windows(t).find((w) => w.start <= t && t < w.end) ?? null;
  }

  /** The start of the first window that begins after `t`, or null if none within a week. */
  nextStart(t: number): number | null {
    return this.windows(t).find((w) => w.start > t)?.start ?? null;
  }

  /**
   * "Until tomorrow": the first window start on a later local day than `t`'s. With no active
   * hours at all, the next local midnight.
   */
  tomorrowStart(t: number): number {
    const today = localDateTime(t, this.timeZone);
    const later = this.windows(t).find(
      (w) => w.start > t && compareDates(localDateTime(w.start, this.timeZone), today) > 0,
    );
    return later?.start ?? instantAtOrAfter(addDays(today, 1), 0, this.timeZone);
  }

  /** All merged windows around `t` (from two days before to nine days after), oldest first. */
  windows(t: number): TimeWindow[] {
    const c = this.cache;
    // Worked out once per local day (and per settings or zone change), not on every wake-up.
    if (c && c.ranges === this.ranges && c.timeZone === this.timeZone && c.from <= t && t < c.to) return c.windows;
    const today = localDateTime(t, this.timeZone);
    this.cache = {
      ranges: this.ranges,
      timeZone: this.timeZone,
      from: instantAtOrAfter(today, 0, this.timeZone),
      to: instantAtOrAfter(addDays(today, 1), 0, this.timeZone),
      windows: buildWindows(this.ranges, this.timeZone, today),
    };
    return this.cache.windows;
  }
}

function buildWindows(ranges: readonly ActiveRange[], timeZone: string, today: LocalDate): TimeWindow[] {
  const raw: TimeWindow[] = [];
  for (let k = -BEHIND; k <= AHEAD; k++) {
    const date = addDays(today, k);
    for (const r of ranges) {
      if (!r.days.includes(date.weekday)) continue;
      const startMin = minutesOf(r.start);
      const endMin = minutesOf(r.end);
      const start = instantAtOrAfter(date, startMin, timeZone);
      const end = instantAtOrAfter(endMin > startMin ? date : addDays(date, 1), endMin, timeZone);
      if (end > start) raw.push({ start, end });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: TimeWindow[] = [];
  for (const w of raw) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged;
}
