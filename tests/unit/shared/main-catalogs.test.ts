// The catalogs main speaks from (main, time, errors) in all six languages: exactly the English
// keys, every message valid ICU with the English placeholders, every plural with every category
// the language has (CLDR, from Intl.PluralRules), and the voice in each language: no exclamation
// marks, no "should"/"failed"/"missed", no "deep" or "big" breaths in any of its forms.
import { describe, expect, it } from 'vitest';
import { RAW_CATALOGS } from '../../../src/shared/i18n/all-catalogs';
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { LANGUAGES, type Language } from '../../../src/shared/i18n/languages';
import { argumentNames, plurals } from '../../support/icu-oracle';

const AREAS = ['main', 'time', 'errors'] as const;
const OTHERS = LANGUAGES.filter((l) => l !== 'en');

/** Words that break the voice, per language (PRODUCT.md and the glossary brief). */
const NOT_IN_OUR_VOICE: Record<Language, RegExp> = {
  en: /\b(should|failed|missed|streak|due|deep|big)\b/i,
  de: /\b(solltest|sollte|musst|fehlgeschlagen|verpasst|tief\w*|groß\w*)\b/i,
  es: /\b(deberías|debes|fallido|falló|perdiste|profund\w*|grande)\b/i,
  fr: /\b(devriez|devez|échoué|manqué|profond\w*|grand\w*)\b/i,
  ja: /深い|深く|大きく|べき|失敗|しなさい/,
  ar: /عميق|كبير|يجب|فشل/,
};

describe.each(AREAS)('the %s catalog', (area) => {
  const english = RAW_CATALOGS.en[area] as Record<string, string>;

  it.each(OTHERS)('%s has exactly the English keys, each with the English placeholders', (lang) => {
    const catalog = RAW_CATALOGS[lang][area] as Record<string, string>;
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
    for (const [id, text] of Object.entries(english))
      expect(argumentNames(catalog[id] as string), `${lang} ${id}`).toEqual(argumentNames(text));
  });

  it.each(LANGUAGES)('%s: every message is valid ICU and every plural lists every category', (lang) => {
    const catalog = RAW_CATALOGS[lang][area] as Record<string, string>;
    expect(() => compileCatalog(catalog, `${lang}/${area}`)).not.toThrow();
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    for (const [id, text] of Object.entries(catalog))
      for (const p of plurals(text))
        expect(Object.keys(p.branches).sort(), `${lang} ${id} {${p.arg}}`).toEqual(categories);
  });

  it.each(LANGUAGES)('%s: in the voice — no exclamation marks, nothing pressing or clinical', (lang) => {
    for (const [id, text] of Object.entries(RAW_CATALOGS[lang][area] as Record<string, string>)) {
      expect(text, `${lang} ${id}`).not.toMatch(/[!！¡]/);
      expect(text, `${lang} ${id}`).not.toMatch(NOT_IN_OUR_VOICE[lang]);
    }
  });
});

describe('the words it checks', () => {
  it('the voice lists catch what they are for', () => {
    expect('Atme tief ein').toMatch(NOT_IN_OUR_VOICE.de);
    expect('respira profundamente').toMatch(NOT_IN_OUR_VOICE.es);
    expect('深く息を吸って').toMatch(NOT_IN_OUR_VOICE.ja);
    expect('تنفّس بعمق عميق').toMatch(NOT_IN_OUR_VOICE.ar);
  });

  it('a plural missing a category is found', () => {
    expect(plurals('{count, plural, one {# x} other {# xs}}')[0]?.branches).toEqual({ one: '# x', other: '# xs' });
    expect(argumentNames('A {b} and {count, plural, one {# {c}} other {#}}')).toEqual(['b', 'c', 'count']);
  });
});
