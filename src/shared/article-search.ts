// Finding text the way a reader expects: case-insensitive, and forgiving about typographic
// quotes, so typing can't or "this hurts" finds can’t and “This hurts”. Pure; the reading view
// turns the offsets into highlighted ranges.

const FOLD: Record<string, string> = {
  '‘': "'",
  '’': "'",
  ʼ: "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '\u00a0': ' ',
};

/** One character in, one character out, so offsets in the folded text match the original. */
export function foldForSearch(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = FOLD[ch] ?? ch.toLowerCase();
    // toLowerCase can lengthen a few characters (İ → i̇); keep those as they are to keep offsets.
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** Longest query the find bar accepts. */
export const MAX_QUERY_LENGTH = 200;

/** Start offsets of every non-overlapping match of `query` in `text`. Empty query: none. */
export function findMatches(text: string, query: string): number[] {
  const needle = foldForSearch(query.slice(0, MAX_QUERY_LENGTH));
  if (needle.trim() === '') return [];
  const haystack = foldForSearch(text);
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    found.push(at);
  }
  return found;
}
