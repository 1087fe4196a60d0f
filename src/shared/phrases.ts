// The words of the self-compassion break, kept language-free: a default phrase is stored as its
// id ({ id: 'kindness.1' }) and shown in whatever language Attune speaks now; the person's own
// words are stored as the text they wrote and shown exactly so, in every language. The crisis
// note likewise: null is Attune's note (in the current language), a string is the person's.
// Pure: no Electron, no DOM.
import type { MessageId } from './i18n/translator';

export const PHRASE_LISTS = ['naming', 'common', 'kindness'] as const;
export type PhraseListId = (typeof PHRASE_LISTS)[number];

/** Every default phrase: its list and its place in it (catalog key `phrases.default.<id>`). */
export const DEFAULT_PHRASE_IDS = [
  'naming.1',
  'naming.2',
  'naming.3',
  'common.1',
  'common.2',
  'common.3',
  'kindness.1',
  'kindness.2',
  'kindness.3',
] as const;
export type DefaultPhraseId = (typeof DEFAULT_PHRASE_IDS)[number];

/** A default phrase, by id (its schema is in settings.ts, beside the lists it validates). */
export interface DefaultPhrase {
  id: DefaultPhraseId;
}

export const MAX_PHRASE_LENGTH = 200;
export const MAX_PHRASES = 20;
export const MAX_CRISIS_NOTE_LENGTH = 2000;

/** One phrase in a list: a default (by id) or the person's own words (text, kept as written). */
export type PhraseEntry = DefaultPhrase | string;

/** The three lists a fresh Attune offers: every default, in order, by id. */
export function defaultPhraseLists(): Record<PhraseListId, PhraseEntry[]> {
  const of = (list: PhraseListId) =>
    DEFAULT_PHRASE_IDS.filter((id) => id.startsWith(`${list}.`)).map((id): PhraseEntry => ({ id }));
  return { naming: of('naming'), common: of('common'), kindness: of('kindness') };
}

/** Only what a resolver needs of a translator (so tests and main can pass any). */
export type Translate = (id: MessageId) => string;

export function isDefaultPhrase(entry: PhraseEntry): entry is DefaultPhrase {
  return typeof entry !== 'string';
}

/** The words of `entry` to show now: a default in the current language, the person's as written. */
export function phraseText(entry: PhraseEntry, t: Translate): string {
  return isDefaultPhrase(entry) ? t(`phrases.default.${entry.id}`) : entry;
}

export function phraseTexts(list: readonly PhraseEntry[], t: Translate): string[] {
  return list.map((entry) => phraseText(entry, t));
}

/** The crisis note to show: the person's own if they wrote one, else Attune's, in the current language. */
export function crisisNoteText(note: string | null, t: Translate): string {
  return note ?? t('phrases.crisisNote.default');
}

/** The same entry: the same default, or the same words of the person's. */
export function sameEntry(a: PhraseEntry, b: PhraseEntry): boolean {
  return isDefaultPhrase(a) ? isDefaultPhrase(b) && a.id === b.id : a === b;
}

/** A key that tells entries apart (a default and the person's text never share one). */
export function entryKey(entry: PhraseEntry): string {
  return isDefaultPhrase(entry) ? `#${entry.id}` : `"${entry}`;
}

/** Each entry once, first place kept (a list saved twice with one phrase shows it once). */
export function uniqueEntries(list: readonly PhraseEntry[]): PhraseEntry[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = entryKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
