// What a person reads when something doesn't work: a sentence about what happened, in plain
// words, and what they can do. Never the raw error — schema paths and file-system codes go to the
// log (the caller logs `detail`). Pure; the words are the `errors` catalog's, in the translator's language.
import type { MessageId, Translator } from './i18n/translator';

export type ErrorAction = 'save' | 'export' | 'delete-history' | 'delete-all' | 'delete-note';

/** Which words apply to a raw error message (first match wins). */
const CAUSES: [RegExp, MessageId][] = [
  [/ENOSPC|no space/i, 'errors.cause.diskFull'],
  [/EACCES|EPERM|EROFS|permission|read-only|not permitted/i, 'errors.cause.notAllowed'],
  [/ENOENT|no such file|ENOTDIR/i, 'errors.cause.folderGone'],
  [/EBUSY|EAGAIN|locked/i, 'errors.cause.fileBusy'],
  [/must be|must have|is not a known|not valid|invalid|cannot be changed|change must be/i, 'errors.cause.badValue'],
  [/main process|did not come from/i, 'errors.cause.lostTouch'],
];

const WHAT_TO_DO: Record<ErrorAction, MessageId> = {
  save: 'errors.then.save',
  export: 'errors.then.export',
  'delete-history': 'errors.then.deleteHistory',
  'delete-all': 'errors.then.deleteAll',
  'delete-note': 'errors.then.deleteNote',
};

/** What happened, in a sentence for a person, from a raw error message. */
export function causeInWords(tr: Translator, detail: string): string {
  return tr.t(CAUSES.find(([pattern]) => pattern.test(detail))?.[1] ?? 'errors.cause.other');
}

/** The sentences for a person when `action` did not work because of `detail` (a raw error message). */
export function errorSentence(tr: Translator, action: ErrorAction, detail: string): string {
  return tr.t('errors.causeThenWhatToDo', { cause: causeInWords(tr, detail), whatToDo: tr.t(WHAT_TO_DO[action]) });
}

/** The raw message of anything thrown, for the log. */
export function errorDetail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
