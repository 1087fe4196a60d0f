// The words of the self-compassion break, language-free: defaults by id shown in the current
// language, the person's own words shown exactly as written; Attune's crisis note (null) in the
// current language, the person's as written. Real catalogs through the real translator.
import { describe, expect, it } from 'vitest';
import { RAW_CATALOGS } from '../../../src/shared/i18n/all-catalogs';
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { LANGUAGES, type Language, resolveLocale } from '../../../src/shared/i18n/languages';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { kindPhrase } from '../../../src/shared/kind-phrase';
import {
  crisisNoteText,
  DEFAULT_PHRASE_IDS,
  defaultPhraseLists,
  phraseText,
  phraseTexts,
  uniqueEntries,
} from '../../../src/shared/phrases';
import { either, num, obj, str } from '../../../src/shared/schema';
import { defaultSettings, phraseEntrySchema, settingsSchema } from '../../../src/shared/settings';

const translator = (language: Language) =>
  createTranslator(resolveLocale(language, []), compileCatalog(RAW_CATALOGS[language].phrases, language));
const en = translator('en').t;
const de = translator('de').t;
const ja = translator('ja').t;
const ar = translator('ar').t;

describe('phraseText', () => {
  it('shows a default in the language Attune speaks', () => {
    expect(phraseText({ id: 'naming.1' }, en)).toBe('This hurts.');
    expect(phraseText({ id: 'naming.1' }, de)).toBe('Das tut weh.');
    expect(phraseText({ id: 'kindness.1' }, de)).toBe('Möge ich sanft mit mir sein.');
    expect(phraseText({ id: 'kindness.1' }, ja)).toBe('自分にやさしくいられますように。');
    expect(phraseText({ id: 'common.1' }, ar)).toBe('لستُ وحدي في هذا الشعور.');
  });

  it('shows the person’s own words exactly as written, whatever the language', () => {
    for (const t of [en, de, ja, ar]) {
      expect(phraseText('May I be gentle with myself.', t)).toBe('May I be gentle with myself.');
      expect(phraseText('  Heute ist es schwer ', t)).toBe('  Heute ist es schwer ');
    }
  });

  it('phraseTexts keeps order, mixing defaults and the person’s words', () => {
    expect(phraseTexts([{ id: 'naming.3' }, 'Mine.', { id: 'naming.1' }], de)).toEqual([
      'Das ist ein schwieriger Moment.',
      'Mine.',
      'Das tut weh.',
    ]);
  });

  it('every default has words in every language, none left in English outside English', () => {
    for (const language of LANGUAGES) {
      const { t } = translator(language);
      for (const id of DEFAULT_PHRASE_IDS) {
        const text = phraseText({ id }, t);
        expect(text, `${language} ${id}`).not.toBe(`phrases.default.${id}`);
        if (language !== 'en') expect(text, `${language} ${id}`).not.toBe(phraseText({ id }, en));
      }
    }
  });
});

describe('crisisNoteText', () => {
  it('null is Attune’s note in the current language; a string is the person’s, as written', () => {
    expect(crisisNoteText(null, en)).toMatch(/^Attune is not therapy or crisis care\./);
    expect(crisisNoteText(null, de)).toMatch(/^Attune ist keine Therapie und keine Krisenhilfe\./);
    expect(crisisNoteText(null, ar)).toMatch(/^Attune ليس علاجًا/);
    expect(crisisNoteText('Call Sam.', de)).toBe('Call Sam.');
    expect(crisisNoteText('', de)).toBe('');
  });
});

describe('kindPhrase', () => {
  it('the person’s own phrase wins; else the first default, in the current language', () => {
    expect(kindPhrase([{ id: 'kindness.2' }, 'Ich gebe mein Bestes.'], de)).toBe('Ich gebe mein Bestes.');
    expect(kindPhrase([{ id: 'kindness.2' }, { id: 'kindness.1' }], de)).toBe('Was brauche ich gerade zu hören?');
    expect(kindPhrase([], ja)).toBe('自分にやさしくいられますように。');
  });
});

describe('the stored shape', () => {
  it('a fresh Attune stores every default by id and Attune’s crisis note as null', () => {
    const s = defaultSettings();
    expect(s.practice.phrases).toEqual(defaultPhraseLists());
    expect(s.practice.phrases.kindness).toEqual([{ id: 'kindness.1' }, { id: 'kindness.2' }, { id: 'kindness.3' }]);
    expect(s.crisisNote).toBeNull();
    expect(settingsSchema.check(s)).toBeNull();
  });

  it('an entry is a known default id or the person’s text (1–200 characters), nothing else', () => {
    expect(phraseEntrySchema.check({ id: 'common.2' })).toBeNull();
    expect(phraseEntrySchema.check('Mine.')).toBeNull();
    expect(phraseEntrySchema.check({ id: 'common.4' }, 'p')).toMatch(/p\.id must be one of naming\.1/);
    expect(phraseEntrySchema.check({ id: 'common.2', text: 'x' }, 'p')).toBe('p.text is not a known field');
    expect(phraseEntrySchema.check('', 'p')).toBe('p must be at least 1 characters');
    expect(phraseEntrySchema.check('x'.repeat(201), 'p')).toBe('p must be at most 200 characters');
    expect(phraseEntrySchema.check(42, 'p')).toMatch(/^p must be/);
    expect(phraseEntrySchema.jsonSchema()).toEqual({
      anyOf: [
        {
          type: 'object',
          properties: { id: { enum: [...DEFAULT_PHRASE_IDS] } },
          required: ['id'],
          additionalProperties: false,
        },
        { type: 'string', minLength: 1, maxLength: 200 },
      ],
    });
  });

  it('uniqueEntries shows each phrase once; a default and the same words typed are two entries', () => {
    expect(uniqueEntries([{ id: 'naming.1' }, 'This hurts.', { id: 'naming.1' }, 'This hurts.'])).toEqual([
      { id: 'naming.1' },
      'This hurts.',
    ]);
  });
});

describe('either', () => {
  const s = either(obj({ n: num({ min: 0, max: 1 }) }), str({ maxLength: 3 }));
  it('accepts either shape and says what is wrong in the terms of the value’s own kind', () => {
    expect(s.check({ n: 1 })).toBeNull();
    expect(s.check('abc')).toBeNull();
    expect(s.check('abcd', 'x')).toBe('x must be at most 3 characters');
    expect(s.check({ n: 2 }, 'x')).toBe('x.n must be between 0 and 1, not 2');
    expect(s.check(null, 'x')).toBe('x must be an object, not null');
  });
});

describe('the words of the phrases area in every language', () => {
  const english = RAW_CATALOGS.en.phrases;
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
  // PRODUCT.md: no exclamation marks; breathing words stay slow and gentle (BRIEF-i18n.md list).
  const NEVER: Record<Language, RegExp> = {
    en: /[!]|\b(should|must|failed|missed|streak|due|deep|big)\b/i,
    de: /[!]|\b(sollte|musst|tief|groß)/i,
    es: /[!¡]|\b(deberías|debes|profund|grande)/i,
    fr: /[!]|\b(devriez|devez|profond|grand)/i,
    ja: /[!！]|深い|深く|大きく|しなさい/,
    ar: /[!]|عميق|كبير/,
  };
  for (const language of LANGUAGES) {
    it(`${language}: exactly the English keys, the same placeholders, valid ICU, in the voice`, () => {
      const catalog = RAW_CATALOGS[language].phrases;
      expect(Object.keys(catalog)).toEqual(Object.keys(english));
      for (const [id, text] of Object.entries(catalog)) {
        expect(placeholders(text), `${language} ${id}`).toEqual(placeholders(english[id] ?? ''));
        expect(text, `${language} ${id}`).not.toMatch(NEVER[language]);
      }
      expect(() => compileCatalog(catalog, language)).not.toThrow();
    });
  }
});
