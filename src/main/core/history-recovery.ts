// Reading the pause-history file, entry by entry: every entry that is still a valid pause is
// kept, even when the file around it is damaged. What cannot be read stays in the original file,
// which the caller keeps beside the repaired one. Pure: text in, data out.

import { type PauseRecord, pauseRecordSchema, withCheckInId } from '../../shared/history';
import { isPlainObject } from '../../shared/schema';
import { type Notice, originalFileWords, sentences } from './fault-notices';

export interface HistoryRecovery {
  records: PauseRecord[];
  /** Why the file was not valid JSON (its entries were then salvaged one by one). */
  unreadable: string | null;
  /** Entries present in the file that could not be kept. */
  dropped: number;
  /** The file had other problems (wrong layout, unknown fields). */
  damaged: boolean;
  /**
   * Entries whose check-in was saved as words ("Tired", " okay") and now holds its id; the file
   * is rewritten with the ids. Entries of an Attune before issue 14 saved English words.
   */
  checkInsUpgraded: number;
  /** Log lines for check-in words that stand for no id: taken off their entry, the pause kept. */
  checkInsDropped: string[];
}

/** The file on disk differs from what Attune will use (damage, or check-ins still in words). */
export function historyNeedsRewrite(r: HistoryRecovery): boolean {
  return historyNeedsBackup(r) || r.checkInsUpgraded > 0 || r.checkInsDropped.length > 0;
}

export function historyNeedsBackup(r: HistoryRecovery): boolean {
  return r.unreadable !== null || r.dropped > 0 || r.damaged;
}

/** Longer than any valid record (its text fields are capped at 64 + 40 + 500 characters). */
const MAX_RECORD_CHARS = 8192;

const isRecord = (v: unknown): v is PauseRecord => pauseRecordSchema.check(v) === null;

type CheckInReport = Pick<HistoryRecovery, 'checkInsUpgraded' | 'checkInsDropped'>;

/** The entry with its check-in as an id (see withCheckInId), each change counted in `report`. */
function upgrade(entry: unknown, report: CheckInReport): unknown {
  const out = withCheckInId(entry, (word) => {
    const id = isPlainObject(entry) && typeof entry.id === 'string' ? entry.id.slice(0, 64) : '?';
    const shown = typeof word === 'string' ? `"${word.slice(0, 40)}"` : typeof word;
    report.checkInsDropped.push(
      `history entry ${id}: check-in ${shown} is none Attune knows; taken off, the pause kept`,
    );
  });
  if (out !== entry && isPlainObject(out) && out.checkIn !== undefined) report.checkInsUpgraded++;
  return out;
}

/** Keeps valid entries, each id once (the first wins), in file order. */
function keepValid(
  raw: readonly unknown[],
  report: CheckInReport = { checkInsUpgraded: 0, checkInsDropped: [] },
): { records: PauseRecord[]; dropped: number } {
  const seen = new Set<string>();
  const records: PauseRecord[] = [];
  let dropped = 0;
  for (const e of raw.map((entry) => upgrade(entry, report))) {
    if (isRecord(e) && !seen.has(e.id)) {
      seen.add(e.id);
      records.push(e);
    } else {
      dropped++;
    }
  }
  return { records, dropped };
}

/**
 * Finds every balanced {…} in damaged JSON text and keeps those that parse as a pause record.
 * Pause records hold no nested objects, so each one is found on its own even inside a truncated
 * or garbled list. Quotes are tracked so braces inside text don't count.
 */
export function salvageRecords(
  text: string,
  report: CheckInReport = { checkInsUpgraded: 0, checkInsDropped: [] },
): PauseRecord[] {
  const found: unknown[] = [];
  const starts: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      // A raw line break cannot be inside JSON text: the quoting was damaged, so resynchronise.
      else if (c === '"' || c === '\n') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '{') {
      starts.push(i);
    } else if (c === '}') {
      const start = starts.pop();
      if (start === undefined) continue;
      // A record is a few hundred characters; longer spans are the file's outer layers.
      if (i + 1 - start > MAX_RECORD_CHARS) continue;
      try {
        const value = upgrade(JSON.parse(text.slice(start, i + 1)), report);
        if (isRecord(value)) found.push(value);
      } catch {
        // not a whole object: skip it
      }
    }
  }
  return keepValid(found).records;
}

/** `text` is the file's content, or null when there is no file yet. */
export function recoverHistory(text: string | null): HistoryRecovery {
  const result: HistoryRecovery = {
    records: [],
    unreadable: null,
    dropped: 0,
    damaged: false,
    checkInsUpgraded: 0,
    checkInsDropped: [],
  };
  if (text === null) return result;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    result.unreadable = err instanceof Error ? err.message : String(err);
    result.records = salvageRecords(text, result);
    return result;
  }
  let entries: unknown[];
  if (isPlainObject(parsed) && Array.isArray(parsed.records)) {
    entries = parsed.records;
    result.damaged = Object.keys(parsed).some((k) => k !== 'records');
  } else if (Array.isArray(parsed)) {
    // A bare list of entries: the right data in the wrong wrapping.
    entries = parsed;
    result.damaged = true;
  } else {
    result.damaged = true;
    result.records = salvageRecords(text, result);
    return result;
  }
  const { records, dropped } = keepValid(entries, result);
  result.records = records;
  result.dropped = dropped;
  return result;
}

/** What the person reads after a repair of the history file, in the language in use when shown. */
export function historyNotice(r: HistoryRecovery, backupName: string | null): Notice | null {
  if (!historyNeedsBackup(r)) return null;
  const count = r.records.length;
  const dropped = r.dropped;
  const unreadable = r.unreadable !== null || (r.damaged && dropped === 0 && count === 0);
  return (tr) => {
    const kept = originalFileWords(tr, backupName);
    if (unreadable) return sentences(tr, [tr.t('main.history.damaged', { count }), kept]);
    if (dropped > 0) return sentences(tr, [tr.t('main.history.dropped', { dropped, count }), kept]);
    return sentences(tr, [tr.t('main.history.tidied'), kept]);
  };
}
