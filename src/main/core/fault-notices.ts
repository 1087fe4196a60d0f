// The words Attune says when something on this machine is not as it should be: plain, kind, and
// with what the person can do. Each notice is words-to-be (a function of the translator), so it
// reads in the language in use when a window shows it, not the one in use when it happened.
// Pure; the adapters decide when (each once).
import { causeInWords } from '../../shared/error-words';
import type { Translator } from '../../shared/i18n/translator';
import { type DiskFault, diskFault } from './disk-fault';

/** A notice for the person, put into words in the language in use when it is shown. */
export type Notice = (tr: Translator) => string;

/** "Etc/GMT-2" → "UTC+2": the fixed zones' names have the sign the other way round. */
function describeZone(zone: string): string {
  const m = /^Etc\/GMT([+-])(\d+)$/.exec(zone);
  if (!m) return zone;
  return `UTC${m[1] === '+' ? '−' : '+'}${m[2]}`;
}

/** The computer's time zone is one Intl rejects: Attune uses `zone` instead. */
export function timeZoneNotice(unusable: string, zone: string): Notice {
  return (tr) => tr.t('main.fault.timeZone', { unusable, zone: describeZone(zone) });
}

/** Two or more sentences (or notices) in a row, as the language puts them side by side. */
export function sentences(tr: Translator, parts: readonly string[]): string {
  return parts.reduce((first, second) => (first ? tr.t('main.sentences', { first, second }) : second), '');
}

/** Where the original of a repaired data file is: kept beside it as `copy`, or left as it was (null). */
export function originalFileWords(tr: Translator, copy: string | null): string {
  return copy ? tr.t('main.file.originalKept', { copy }) : tr.t('main.file.originalLeft');
}

/** Several notices for the one notice area, in order; null when there are none. */
export function joinNotices(...notices: (Notice | null | undefined)[]): Notice | null {
  const some = notices.filter((n): n is Notice => typeof n === 'function');
  if (some.length === 0) return null;
  return (tr) =>
    sentences(
      tr,
      some.map((n) => n(tr)),
    );
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The notice when a file could not be opened or repaired safely, so Attune kept its hands off it.
 * The person reads what the error means (error-words.ts); the raw reason is for the log.
 */
export function untouched(file: string, what: 'settings' | 'history', err: unknown): Notice {
  const detail = reason(err);
  return (tr) =>
    tr.t(what === 'settings' ? 'main.fault.untouched.settings' : 'main.fault.untouched.history', {
      cause: causeInWords(tr, detail),
      file,
    });
}

/** What a disk fault's placeholders are: which fault, the data folder, the raw words of an unknown one. */
export function diskFaultValues(err: unknown, folder: string): { fault: DiskFault; folder: string; detail: string } {
  return { fault: diskFault(err), folder, detail: reason(err) };
}

/** The notice when the first write of a file the disk refused: the file is written once it can be. */
export function notYetSaved(folder: string, what: 'settings' | 'history', err: unknown): Notice {
  const values = diskFaultValues(err, folder);
  return (tr) =>
    tr.t(what === 'settings' ? 'main.fault.notYetSaved.settings' : 'main.fault.notYetSaved.history', values);
}

/** A write the disk refused while running: why, and what happens to the person's pauses and settings. */
export function diskNotice(err: unknown, folder: string): Notice {
  const values = diskFaultValues(err, folder);
  return (tr) => tr.t('main.fault.disk', values);
}

/** A data file changed outside Attune and needed repair (or could not be read at all). */
export function changedElsewhere(what: 'settings' | 'history', unreadable: boolean, copy: string | null): Notice {
  const id = unreadable
    ? what === 'settings'
      ? 'main.fault.changed.settings.unreadable'
      : 'main.fault.changed.history.unreadable'
    : what === 'settings'
      ? 'main.fault.changed.settings.repaired'
      : 'main.fault.changed.history.repaired';
  return (tr) => sentences(tr, [tr.t(id), copy ? tr.t('main.fault.copyKept', { copy }) : tr.t('main.fault.leftAsIs')]);
}
