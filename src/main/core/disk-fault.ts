// What a failed write means for the person, from the error's code alone. Pure.

export type DiskFault = 'full' | 'unwritable' | 'other';

export function diskFault(err: unknown): DiskFault {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'unwritable';
  return 'other';
}

/** Why something could not be saved, in words (no error codes up front). */
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

/** An error whose message is already the person's words. */
export class SaveError extends Error {
  constructor(
    message: string,
    readonly fault: DiskFault,
  ) {
    super(message);
    this.name = 'SaveError';
  }
}

/** The reason a save was refused, for a sentence: a SaveError's own words, else a general one. */
export function saveProblemWords(err: unknown): string {
  if (err instanceof SaveError) return err.message;
  return 'the disk didn’t accept it just now';
}
