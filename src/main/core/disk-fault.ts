// What a failed write means for the person, from the error's code alone. Pure.
import type { Translator } from '../../shared/i18n/translator';

export type DiskFault = 'full' | 'unwritable' | 'other';

export function diskFault(err: unknown): DiskFault {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'unwritable';
  return 'other';
}

/** Why something could not be saved, in English for the log and the error's message (no codes up front). */
export function diskFaultReason(err: unknown, folder: string): string {
  switch (diskFault(err)) {
    case 'full':
      return 'the disk is full';
    case 'unwritable':
      return `Attune isn’t allowed to write in its data folder (${folder})`;
    case 'other':
      return `the disk said: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/** A write the disk refused: which fault, where, and the raw words (the message is for the log). */
export class SaveError extends Error {
  readonly fault: DiskFault;
  readonly detail: string;
  constructor(
    err: unknown,
    readonly folder: string,
  ) {
    super(diskFaultReason(err, folder));
    this.name = 'SaveError';
    this.fault = diskFault(err);
    this.detail = err instanceof Error ? err.message : String(err);
  }
}

/** The reason a save was refused, for the person, in `tr`'s language ("the disk is full"). */
export function saveProblemWords(tr: Translator, err: unknown): string {
  if (err instanceof SaveError)
    return tr.t('main.disk.reason', { fault: err.fault, folder: err.folder, detail: err.detail });
  return tr.t('main.disk.reasonUnknown');
}
