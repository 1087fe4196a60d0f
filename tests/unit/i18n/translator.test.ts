// The translator formats a compiled message in its language: placeholders, the language's own
// plural rules (Arabic has six forms), numbers and dates in the person's locale. Messages are
// compiled by compile.ts, as main compiles them; a message that does not parse fails loudly.
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { resolveLocale } from '../../../src/shared/i18n/languages';
import { createTranslator, type MessageId } from '../../../src/shared/i18n/translator';

const id = (s: string) => s as MessageId;

function translator(language: Parameters<typeof resolveLocale>[0], raw: Record<string, string>, system: string[] = []) {
  return createTranslator(resolveLocale(language, system), compileCatalog(raw));
}

describe('plurals follow each language’s rules', () => {
  const AR = {
    'x.pauses':
      '{count, plural, zero {لا وقفات} one {وقفة واحدة} two {وقفتان} few {# وقفات} many {# وقفة (كثير)} other {# وقفة (أخرى)}}',
  };

  it('Arabic gives six distinct forms for 0, 1, 2, 5, 11 and 100', () => {
    const t = translator('ar', AR);
    const forms = [0, 1, 2, 5, 11, 100].map((count) => t.t(id('x.pauses'), { count }));
    expect(forms[0]).toBe('لا وقفات');
    expect(forms[1]).toBe('وقفة واحدة');
    expect(forms[2]).toBe('وقفتان');
    expect(forms[3]).toMatch(/وقفات$/);
    expect(forms[4]).toMatch(/\(كثير\)$/);
    expect(forms[5]).toMatch(/\(أخرى\)$/);
    expect(new Set(forms).size).toBe(6);
  });

  it('Arabic writes # in Arabic-Indic digits, its locale’s numbers', () => {
    const t = translator('ar', AR, ['ar-EG']);
    expect(t.t(id('x.pauses'), { count: 5 })).toBe('٥ وقفات');
  });

  it('English, German and Japanese for 0, 1, 2, 5 and 11', () => {
    const msg = { 'x.n': '{count, plural, one {# pause} other {# pauses}}' };
    const en = translator('en', msg);
    expect([0, 1, 2, 5, 11].map((count) => en.t(id('x.n'), { count }))).toEqual([
      '0 pauses',
      '1 pause',
      '2 pauses',
      '5 pauses',
      '11 pauses',
    ]);
    const ja = translator('ja', { 'x.n': '{count, plural, other {# 回のひと息}}' });
    expect(ja.t(id('x.n'), { count: 1 })).toBe('1 回のひと息');
  });

  it('French and Spanish use their "many" form for a million', () => {
    const fr = translator('fr', { 'x.n': '{count, plural, one {# pause} many {# de pauses} other {# pauses}}' });
    expect(fr.t(id('x.n'), { count: 0 })).toBe('0 pause');
    expect(fr.t(id('x.n'), { count: 1_000_000 })).toMatch(/^1\s000\s000 de pauses$/);
    expect(fr.t(id('x.n'), { count: 2 })).toBe('2 pauses');
  });
});

describe('placeholders, numbers and dates', () => {
  it('fills placeholders and formats numbers in the person’s region', () => {
    const raw = { 'x.hi': 'Hallo, {name}.', 'x.n': '{n, number} Minuten' };
    const de = translator('de', raw, ['de-CH']);
    expect(de.t(id('x.hi'), { name: 'Ana' })).toBe('Hallo, Ana.');
    // Swiss German groups with an apostrophe and uses a decimal point; Germany's German the reverse.
    expect(de.t(id('x.n'), { n: 1234.5 })).toMatch(/^1['’]234\.5 Minuten$/);
    expect(translator('de', raw, ['de-DE']).t(id('x.n'), { n: 1234.5 })).toBe('1.234,5 Minuten');
  });

  it('formats a date in the locale', () => {
    const t = translator('de', { 'x.d': 'am {d, date, short}' }, ['de-DE']);
    expect(t.t(id('x.d'), { d: new Date(Date.UTC(2026, 5, 5, 12)) })).toMatch(/^am 0?5\.0?6\.(20)?26$/);
  });

  it('carries the language, locale and direction it was made for', () => {
    const t = translator('system', {}, ['ar-SA']);
    expect([t.language, t.locale, t.dir]).toEqual(['ar', 'ar-SA', 'rtl']);
  });

  it('an unknown id shows the id (never a blank), so the gap is visible', () => {
    expect(translator('en', {}).t(id('x.missing'))).toBe('x.missing');
  });
});

describe('compileCatalog', () => {
  it('compiles every message', () => {
    const c = compileCatalog({ 'x.a': 'Plain', 'x.b': 'Hi {name}' });
    expect(Object.keys(c)).toEqual(['x.a', 'x.b']);
  });

  it('a message that does not parse throws, naming the file and the id', () => {
    expect(() =>
      compileCatalog(
        { 'x.ok': 'Fine', 'x.broken': '{count, plural, one {# Pause} other {# Pausen}' },
        'de/practice.json',
      ),
    ).toThrow(/^de\/practice\.json: "x\.broken" is not valid ICU MessageFormat/);
    expect(() => compileCatalog({ 'x.case': '{n, plural, lots {x} other {y}}' })).toThrow(/"x\.case".*lots/);
  });

  it('a value that is not a string throws, naming the id', () => {
    expect(() => compileCatalog({ 'x.num': 3 } as unknown as Record<string, string>, 'fr/time.json')).toThrow(
      'fr/time.json: "x.num" is not a string',
    );
  });
});
