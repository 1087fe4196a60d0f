// The words of the frame, the reading view, History and About (catalog areas common, read and
// history) in all six languages: the same ids as English, every message valid ICU with the same
// placeholders, every plural listing every category its language has, and the voice kept.
import { type Content, parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { LANGUAGES, resolveLocale } from '../../../src/shared/i18n/languages';
import { createTranslator } from '../../../src/shared/i18n/translator';

const AREAS = ['common', 'read', 'history'] as const;
type Raw = Record<string, string>;

const files = import.meta.glob<Raw>('../../../src/shared/i18n/catalogs/*/*.json', { eager: true, import: 'default' });
const catalog = (language: string, area: string): Raw =>
  files[`../../../src/shared/i18n/catalogs/${language}/${area}.json`] ?? {};

/** Every placeholder name and every plural's categories, walking nested messages. */
function shape(tokens: Token[] | Content[], names = new Set<string>(), plurals: string[][] = []) {
  for (const t of tokens) {
    if (t.type === 'argument' || t.type === 'function') names.add(t.arg);
    if (t.type === 'plural' || t.type === 'select' || t.type === 'selectordinal') {
      names.add(t.arg);
      if (t.type === 'plural') plurals.push(t.cases.map((c) => c.key).filter((k) => !k.startsWith('=')));
      for (const c of t.cases) shape(c.tokens, names, plurals);
    }
  }
  return { names, plurals };
}

/** Words the voice never uses (PRODUCT.md), in each language (BRIEF-i18n.md's list). */
const NEVER: Record<(typeof LANGUAGES)[number], RegExp> = {
  en: /\b(should|failed|missed|streaks?|due|deep|big)\b/i,
  de: /tief|groß/i,
  es: /profund|grande/i,
  fr: /profond|grand/i,
  ja: /深い|深く|大きく/,
  ar: /عميق|كبير/,
};

describe.each(LANGUAGES)('%s: the screens’ words', (language) => {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
  it.each(AREAS)(
    '%s has exactly the English ids, valid ICU, the same placeholders and every plural category',
    (area) => {
      const en = catalog('en', area);
      const here = catalog(language, area);
      expect(Object.keys(en).length).toBeGreaterThan(0);
      expect(Object.keys(here).sort()).toEqual(Object.keys(en).sort());
      expect(() => compileCatalog(here, `${language}/${area}`)).not.toThrow();
      for (const [id, text] of Object.entries(here)) {
        const mine = shape(parse(text));
        const source = shape(parse(en[id] as string));
        expect([...mine.names].sort(), id).toEqual([...source.names].sort());
        for (const cases of mine.plurals) expect(cases.slice().sort(), id).toEqual(categories);
        // The voice in every language: no exclamation marks, none of the words it never uses.
        expect(text, id).not.toMatch(/[!¡！]/);
        expect(text, id).not.toMatch(NEVER[language]);
      }
    },
  );
});

describe('plurals read right for 0, 1, 2, 5 and 11', () => {
  const t = (language: 'de' | 'ar' | 'fr' | 'ja') =>
    createTranslator(resolveLocale(language, []), compileCatalog(catalog(language, 'history'))).t;
  it('German and Arabic pause counts, Arabic with its six forms', () => {
    const counts = [0, 1, 2, 5, 11, 100];
    expect(counts.map((count) => t('de')('history.count.pauses', { count }))).toEqual([
      '0 Pausen',
      '1 Pause',
      '2 Pausen',
      '5 Pausen',
      '11 Pausen',
      '100 Pausen',
    ]);
    expect(counts.map((count) => t('ar')('history.count.pauses', { count }))).toEqual([
      'لا وقفات',
      'وقفة واحدة',
      'وقفتان',
      '5 وقفات',
      '11 وقفة',
      '100 وقفة',
    ]);
  });
  it('Japanese counts have one form; French says "1 fois", "2 fois"', () => {
    expect([1, 2, 11].map((count) => t('ja')('history.count.pauses', { count }))).toEqual([
      'ひと息 1 回',
      'ひと息 2 回',
      'ひと息 11 回',
    ]);
    expect([0, 1, 2].map((count) => t('fr')('history.count.pauses', { count }))).toEqual([
      '0 pause',
      '1 pause',
      '2 pauses',
    ]);
  });
});
