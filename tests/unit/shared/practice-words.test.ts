// The practice area's words in all six languages: the counts read right for 0, 1, 2, 5 and 11
// (Arabic's six forms), and pattern names and timings come out in the language with its own
// number format. (Ids, ICU, placeholders, plural categories and the voice are checked for every
// catalog in tests/unit/i18n.)
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

/** A session of about `minutes` minutes. */
const longSession = (minutes: number): Schedule => buildSchedule(PATTERNS['long-exhale'], { unit: 'minutes', minutes });

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
