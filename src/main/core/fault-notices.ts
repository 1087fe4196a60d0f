// The words Attune says when something on this machine is not as it should be: plain, kind, and
// with what the person can do. Pure; the adapters decide when (each once).
import { causeInWords } from '../../shared/error-words';
import { type DiskFault, diskFaultReason } from './disk-fault';

/** "Etc/GMT-2" → "UTC+2": the fixed zones' names have the sign the other way round. */
function describeZone(zone: string): string {
  const m = /^Etc\/GMT([+-])(\d+)$/.exec(zone);
  if (!m) return zone;
  return `UTC${m[1] === '+' ? '−' : '+'}${m[2]}`;
}

/** The computer's time zone is one Intl rejects: Attune uses `zone` instead. */
export function timeZoneNotice(unusable: string, zone: string): string {
  return (
    `Attune couldn’t read your computer’s time zone (it says “${unusable}”), so for now it keeps ` +
    `time in ${describeZone(zone)}. Your active hours follow that clock until the time zone is set ` +
    'in your system settings.'
  );
}

/** Several notices for the one notice area, in order; null when there are none. */
export function joinNotices(...notices: (string | null | undefined)[]): string | null {
  const some = notices.filter((n): n is string => typeof n === 'string' && n.length > 0);
  return some.length > 0 ? some.join(' ') : null;
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The notice when a file could not be opened or repaired safely, so Attune kept its hands off it.
 * The person reads what the error means (error-words.ts); the raw reason is for the log.
 */
export function untouched(file: string, what: 'settings' | 'history', err: unknown): string {
  return (
    `Attune couldn’t open your ${what} file. ${causeInWords(reason(err))} It left that file as it was. ` +
    `For now it is using ${what === 'settings' ? 'the settings it could read' : 'the pauses it could read'}, ` +
    `and changes last until Attune quits. The file is ${file}.`
  );
}

/** The notice when the first write of a file the disk refused: the file is written once it can be. */
export function notYetSaved(folder: string, what: 'settings' | 'history', err: unknown): string {
  const reason = diskFaultReason(err, folder);
  return what === 'settings'
    ? `Attune couldn’t save your settings because ${reason}. It is using its usual settings, and changes can be kept once that is fixed.`
    : `Attune couldn’t create your pause history because ${reason}. Pauses you take are kept until Attune can save them.`;
}

export const DISK_ADVICE: Record<DiskFault, string> = {
  full: 'Pauses you take are kept and saved once there is room; settings changes can be made again then.',
  unwritable:
    'Pauses you take are kept and saved once the folder can be written; settings changes can be made then too.',
  other: 'Pauses you take are kept and saved as soon as the disk allows.',
};

/** A data file changed outside Attune and needed repair (or could not be read at all). */
export function changedElsewhere(what: 'settings' | 'history', unreadable: boolean, copy: string | null): string {
  const name = what === 'settings' ? 'settings file' : 'pause history file';
  const kept = copy ? ` The file as it was is kept beside it as “${copy}”.` : ' That file was left as it was.';
  return unreadable
    ? `Your ${name} was changed outside Attune and couldn’t be read, so Attune kept what it had.${kept}`
    : `Your ${name} was changed outside Attune. Attune read it again and kept everything that fits.${kept}`;
}
