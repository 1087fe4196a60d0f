// The practice area's words in all six languages: every catalog has the English keys and the
// same placeholders, every plural lists each category the language has, the counts read right
// for 0, 1, 2, 5 and 11 (Arabic's six forms), pattern names and timings come out in the
// language with its own number format, and nothing breaks the voice (no exclamation marks, no
// "deep"/"big" breathing words or their equivalents, no "should"/"must").
import { describe, expect, it } from 'vitest';
import ar from '../../../src/shared/i18n/catalogs/ar/practice.json' with { type: 'json' };
import de from '../../../src/shared/i18n/catalogs/de/practice.json' with { type: 'json' };
import en from '../../../src/shared/i18n/catalogs/en/practice.json' with { type: 'json' };
import es from '../../../src/shared/i18n/catalogs/es/practice.json' with { type: 'json' };
import fr from '../../../src/shared/i18n/catalogs/fr/practice.json' with { type: 'json' };
import ja from '../../../src/shared/i18n/catalogs/ja/practice.json' with { type: 'json' };
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { type Language, resolveLocale } from '../../../src/shared/i18n/languages';
import { createTranslator, type Translator } from '../../../src/shared/i18n/translator';
import { lengthWords, patternName, patternSummary } from '../../../src/shared/pattern-words';
import { buildSchedule, customPattern, PATTERNS, type Schedule } from '../../../src/shared/patterns';

const CATALOGS: Record<Language, Record<string, string>> = { en, de, es, fr, ja, ar };
const LANGS = Object.keys(CATALOGS) as Language[];

function translator(language: Language): Translator {
  return createTranslator(resolveLocale(language, []), compileCatalog(CATALOGS[language]));
}

/** The placeholders of a compiled message, and the categories each plural in it lists. */
function shape(message: unknown): { names: Set<string>; plurals: string[][] } {
  const names = new Set<string>();
  const plurals: string[][] = [];
  // A compiled message is text, or a list of text and placeholders [name, type?, format?].
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const token of list) {
      if (!Array.isArray(token)) continue;
      const [name, type, branches] = token as [string, string?, Record<string, unknown>?];
      names.add(name);
      if (type === 'plural' && branches) {
        plurals.push(
          Object.keys(branches)
            .filter((k) => k !== 'offset')
            .sort(),
        );
        for (const b of Object.values(branches)) walk(b);
      }
    }
  };
  walk(message);
  return { names, plurals };
}

/** A session of about `minutes` minutes. */
const longSession = (minutes: number): Schedule => buildSchedule(PATTERNS['long-exhale'], { unit: 'minutes', minutes });

describe('practice catalogs', () => {
  for (const lang of LANGS) {
    it(`${lang}: the English keys, the same placeholders, every plural category`, () => {
      const catalog = CATALOGS[lang];
      expect(Object.keys(catalog)).toEqual(Object.keys(en));
      const wanted = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
      const compiled = compileCatalog(catalog);
      const english = compileCatalog(en);
      for (const id of Object.keys(catalog)) {
        const mine = shape(compiled[id]);
        expect([...mine.names].sort(), `${lang} ${id}`).toEqual([...shape(english[id]).names].sort());
        for (const cats of mine.plurals) expect(cats, `${lang} ${id}`).toEqual(wanted);
      }
    });
  }

  // The voice, per language: the brief's equivalents of "deep"/"big", commands of "should/must".
  const FORBIDDEN: Record<Language, RegExp> = {
    en: /!|\b(should|must|deep|deeply|big|failed|missed|streak|due)\b/i,
    de: /!|\b(tief\w*|groß\w*|solltest|musst|müssen)\b/i,
    es: /!|¡|\b(profund\w*|grande\w*|debes|deberías)\b/i,
    fr: /!|\b(profond\w*|grand\w*|devez|devriez)\b/i,
    ja: /[!！]|深い|深く|大きく|なさい|べき/,
    ar: /!|عميق|كبير|يجب/,
  };
  for (const lang of LANGS) {
    it(`${lang}: no word the voice keeps out`, () => {
      for (const [id, text] of Object.entries(CATALOGS[lang]))
        expect(text, `${lang} ${id}`).not.toMatch(FORBIDDEN[lang]);
    });
  }
});

describe('counts read right in every language', () => {
  const EXPECTED: Record<Language, string[]> = {
    en: ['1 breath', '2 breaths', '5 breaths', '11 breaths'],
    de: ['1 Atemzug', '2 Atemzüge', '5 Atemzüge', '11 Atemzüge'],
    es: ['1 respiración', '2 respiraciones', '5 respiraciones', '11 respiraciones'],
    fr: ['1 respiration', '2 respirations', '5 respirations', '11 respirations'],
    ja: ['1回の呼吸', '2回の呼吸', '5回の呼吸', '11回の呼吸'],
    ar: ['نفَس واحد', 'نفَسان', '5 أنفاس', '11 نفَسًا'],
  };
  for (const lang of LANGS) {
    it(`${lang}: 1, 2, 5 and 11 breaths`, () => {
      const { t } = translator(lang);
      expect([1, 2, 5, 11].map((count) => t('practice.length.breaths', { count }))).toEqual(EXPECTED[lang]);
    });
  }

  it('a short session is told in breaths alone', () => {
    const three = buildSchedule(PATTERNS.coherent, { unit: 'cycles', cycles: 3 });
    expect(lengthWords(three, translator('en').t)).toBe('3 breaths');
    expect(lengthWords(three, translator('ar').t)).toBe('3 أنفاس');
  });

  it('Arabic has a form for each of its six categories, zero included', () => {
    const { t } = translator('ar');
    const forms = [0, 1, 2, 5, 11, 100].map((count) => t('practice.length.breaths', { count }));
    expect(forms).toEqual(['0 نفَس', 'نفَس واحد', 'نفَسان', '5 أنفاس', '11 نفَسًا', '100 نفَس']);
    // Where the region writes Arabic-Indic digits, the counts do too.
    const egypt = createTranslator(resolveLocale('ar', ['ar-EG']), compileCatalog(ar));
    expect(egypt.t('practice.length.breaths', { count: 11 })).toBe('١١ نفَسًا');
  });

  it('the minutes beside the breaths follow the language too, halves included', () => {
    expect(lengthWords(longSession(1), translator('de').t)).toBe('6 Atemzüge, etwa 1 Minute');
    expect(lengthWords(longSession(2), translator('ar').t)).toBe('12 نفَسًا، نحو دقيقتين');
    expect(lengthWords(longSession(5), translator('fr').t)).toBe('30 respirations, environ 5 minutes');
    // 4-7-8 stops after 4 breaths: 76 s, "about 1.5 minutes", with each language's decimal mark.
    const capped = buildSchedule(PATTERNS['4-7-8'], { unit: 'minutes', minutes: 5 });
    expect(lengthWords(capped, translator('en').t)).toBe('4 breaths, about 1.5 minutes');
    expect(lengthWords(capped, translator('de').t)).toBe('4 Atemzüge, etwa 1,5 Minuten');
    expect(lengthWords(capped, translator('ja').t)).toBe('4回の呼吸、約1.5分');
  });

  it('the 4-7-8 limit says its count in each language', () => {
    expect(translator('en').t('practice.breathe.cap', { count: 4 })).toBe('4-7-8 stops after 4 breaths.');
    expect(translator('de').t('practice.breathe.cap', { count: 4 })).toBe('4-7-8 endet nach 4 Atemzügen.');
    expect(translator('de').t('practice.breathe.cap', { count: 1 })).toBe('4-7-8 endet nach 1 Atemzug.');
    expect(translator('ar').t('practice.breathe.cap', { count: 2 })).toBe('يتوقف نمط 4-7-8 بعد نفَسين.');
  });
});

describe('pattern names and timings', () => {
  it('name each pattern in the language', () => {
    expect(patternName('coherent', translator('en').t)).toBe('Steady');
    expect(patternName('coherent', translator('de').t)).toBe('Gleichmäßig');
    expect(patternName('custom', translator('fr').t)).toBe('Le vôtre');
    expect(patternName('sigh', translator('ja').t)).toBe('ため息');
  });

  it('keep the English summaries exactly as before', () => {
    const { t } = translator('en');
    for (const id of ['coherent', 'long-exhale', 'sigh', 'box', '4-7-8'] as const)
      expect(patternSummary(PATTERNS[id], t)).toBe(PATTERNS[id].summary);
    const custom = customPattern({ inhale: 4.5, holdIn: 0, exhale: 7, holdOut: 2 });
    expect(patternSummary(custom, t)).toBe(custom.summary);
  });

  it('write the seconds with the language’s own decimal mark and words', () => {
    expect(patternSummary(PATTERNS.coherent, translator('de').t)).toBe('5,5 s ein, 5,5 s aus');
    expect(patternSummary(PATTERNS.sigh, translator('es').t)).toBe('inhala 2 + 1 s, exhala 6 s');
    expect(patternSummary(PATTERNS.box, translator('ja').t)).toBe('吸う4秒、とめる4秒、吐く4秒、休む4秒');
    expect(patternSummary(PATTERNS.coherent, translator('ar').t)).toBe('شهيق 5.5 ث، زفير 5.5 ث');
  });
});
