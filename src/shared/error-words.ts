// What a person reads when something doesn't work: a sentence about what happened, in plain
// words, and what they can do. Never the raw error — schema paths and file-system codes go to the
// log (the caller logs `detail`). Pure; one place for these words, so they can be translated.

export type ErrorAction = 'save' | 'export' | 'delete-history' | 'delete-all' | 'delete-note';

const CAUSES: [RegExp, string][] = [
  [/ENOSPC|no space/i, 'The disk is full.'],
  [/EACCES|EPERM|EROFS|permission|read-only|not permitted/i, 'Attune isn’t allowed to write there.'],
  [/ENOENT|no such file|ENOTDIR/i, 'That folder isn’t there any more.'],
  [/EBUSY|EAGAIN|locked/i, 'The file is in use by something else just now.'],
  [
    /must be|must have|is not a known|not valid|invalid|cannot be changed|change must be/i,
    'That value isn’t one Attune can use.',
  ],
  [/main process|did not come from/i, 'This window lost touch with the rest of Attune.'],
];

const WHAT_TO_DO: Record<ErrorAction, string> = {
  save: 'Nothing changed. You can try again, or choose another value.',
  export: 'Nothing was saved. You can try again, perhaps in another folder such as Documents.',
  'delete-history': 'Nothing was deleted. You can try again in a moment; restarting Attune may help.',
  'delete-all': 'Nothing was deleted. You can try again in a moment; restarting Attune may help.',
  'delete-note': 'The note is still there. You can try again in a moment.',
};

/** What happened, in a sentence for a person, from a raw error message. */
export function causeInWords(detail: string): string {
  return CAUSES.find(([pattern]) => pattern.test(detail))?.[1] ?? 'Something on this computer got in the way.';
}

/** The sentence for a person when `action` did not work because of `detail` (a raw error message). */
export function errorSentence(action: ErrorAction, detail: string): string {
  return `${causeInWords(detail)} ${WHAT_TO_DO[action]}`;
}

/** The raw message of anything thrown, for the log. */
export function errorDetail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
