import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, foldForSearch, MAX_QUERY_LENGTH } from '../../../src/shared/article-search';

describe('findMatches', () => {
  it('finds every match, case-insensitively', () => {
    expect(findMatches('Self-compassion and self-compassion. SELF', 'self')).toEqual([0, 20, 37]);
  });

  it('treats straight and typographic quotes alike', () => {
    const text = 'It means learning to say, “This hurts,” — you can’t hate yourself.';
    expect(findMatches(text, '"this hurts,"')).toEqual([26]);
    expect(findMatches(text, "can't")).toEqual([46]);
    expect(findMatches(text, 'can’t')).toEqual([46]);
  });

  it('finds nothing for an empty or blank query, or text that is not there', () => {
    expect(findMatches('abc', '')).toEqual([]);
    expect(findMatches('a b', ' ')).toEqual([]);
    expect(findMatches('abc', 'abd')).toEqual([]);
  });

  it('does not overlap matches', () => {
    expect(findMatches('aaaa', 'aa')).toEqual([0, 2]);
  });

  it('ignores query text past the limit', () => {
    const long = 'x'.repeat(MAX_QUERY_LENGTH + 50);
    expect(findMatches(long, long)).toEqual([0]);
  });

  it('keeps offsets: folding never changes the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(foldForSearch(s)).toHaveLength(s.length);
      }),
    );
    expect(foldForSearch('İ“’')).toBe('İ"\'');
  });

  it('every offset points at text that folds to the query', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 3 }), (text, q) => {
        for (const at of findMatches(text, q)) {
          expect(foldForSearch(text.slice(at, at + q.length))).toBe(foldForSearch(q));
        }
      }),
    );
  });
});
