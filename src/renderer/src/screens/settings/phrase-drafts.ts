// What the phrases editor's fields hold, judged and turned into what is saved: a problem in plain
// words per field, and the entries to save (a default keeps its id while its words are untouched).
import type { Translator } from '../../../../shared/i18n/translator';
import {
  isDefaultPhrase,
  MAX_PHRASE_LENGTH as MAX_LENGTH,
  type PhraseEntry,
  phraseText,
} from '../../../../shared/phrases';

type T = Translator['t'];

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Why `text` can't be kept; `others` are the group's other phrases (a phrase twice adds nothing). */
export function phraseProblem(t: T, text: string, others: readonly string[] = []): string | null {
  if (text.trim() === '') return t('phrases.editor.problem.empty');
  if (text.length > MAX_LENGTH) return t('phrases.editor.problem.tooLong', { max: MAX_LENGTH, length: text.length });
  if (others.some((o) => same(o, text))) return t('phrases.editor.problem.twice');
  return null;
}

/** Each phrase's problem; a repeat is pointed out on its second appearance, not its first. */
export const problemsOf = (t: T, list: readonly string[]) => list.map((p, i) => phraseProblem(t, p, list.slice(0, i)));

/**
 * The entries to save for what the fields hold: a field still showing a default's words (in the
 * current language) keeps that default's id; any other words are the person's, as typed.
 */
export function toEntries(t: T, texts: readonly string[], origins: readonly PhraseEntry[]): PhraseEntry[] {
  return texts.map((text, i) => {
    const origin = origins[i];
    return origin !== undefined && isDefaultPhrase(origin) && phraseText(origin, t) === text ? origin : text;
  });
}
