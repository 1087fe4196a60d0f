// Which language a person gets: their choice in Settings, else the first of the system's
// preferred languages Attune speaks (in the system's order, region kept for dates and numbers),
// else English; the pseudo-language for testers; right to left for Arabic.
import { describe, expect, it } from 'vitest';
import { canonicalTag, LANGUAGE_CHOICES, LANGUAGES, resolveLocale } from '../../../src/shared/i18n/languages';

describe('resolveLocale, following the system', () => {
  it('takes the first preferred language Attune speaks, in the system’s order', () => {
    expect(resolveLocale('system', ['pt-BR', 'fr-CA', 'de-DE'])).toEqual({
      language: 'fr',
      locale: 'fr-CA',
      dir: 'ltr',
      systemLanguage: 'fr',
    });
    expect(resolveLocale('system', ['de-DE', 'fr-CA'])).toEqual({
      language: 'de',
      locale: 'de-DE',
      dir: 'ltr',
      systemLanguage: 'de',
    });
  });

  it('keeps the region of the system’s own tag for formats', () => {
    expect(resolveLocale('system', ['de-CH']).locale).toBe('de-CH');
    expect(resolveLocale('system', ['en-GB', 'en-US']).locale).toBe('en-GB');
    expect(resolveLocale('system', ['es-419']).locale).toBe('es-419');
    expect(resolveLocale('system', ['ja']).locale).toBe('ja');
  });

  it('reads POSIX-style tags: underscores, an encoding, a modifier, odd capitals', () => {
    expect(resolveLocale('system', ['de_AT.UTF-8'])).toEqual({
      language: 'de',
      locale: 'de-AT',
      dir: 'ltr',
      systemLanguage: 'de',
    });
    expect(resolveLocale('system', ['fr_FR@euro'])).toEqual({
      language: 'fr',
      locale: 'fr-FR',
      dir: 'ltr',
      systemLanguage: 'fr',
    });
    expect(resolveLocale('system', ['JA_jp'])).toEqual({
      language: 'ja',
      locale: 'ja-JP',
      dir: 'ltr',
      systemLanguage: 'ja',
    });
    expect(canonicalTag('  es_MX.utf8 ')).toBe('es-MX');
  });

  it('falls back to English for languages it does not speak, garbage, or nothing', () => {
    expect(resolveLocale('system', ['pt-BR', 'nl-NL'])).toEqual({
      language: 'en',
      locale: 'en',
      dir: 'ltr',
      systemLanguage: 'en',
    });
    expect(resolveLocale('system', [])).toEqual({ language: 'en', locale: 'en', dir: 'ltr', systemLanguage: 'en' });
    expect(resolveLocale('system', ['', 'C', '??', 'x'])).toEqual({
      language: 'en',
      locale: 'en',
      dir: 'ltr',
      systemLanguage: 'en',
    });
    expect(canonicalTag('')).toBeNull();
    expect(canonicalTag('not a tag')).toBeNull();
  });

  it('skips a garbage tag and still finds a language further down', () => {
    expect(resolveLocale('system', ['??', 'C.UTF-8', 'es_ES.UTF-8']).language).toBe('es');
  });

  it('lays Arabic out right to left, in any region, and every other language left to right', () => {
    expect(resolveLocale('system', ['ar'])).toEqual({ language: 'ar', locale: 'ar', dir: 'rtl', systemLanguage: 'ar' });
    expect(resolveLocale('system', ['ar_EG.UTF-8'])).toEqual({
      language: 'ar',
      locale: 'ar-EG',
      dir: 'rtl',
      systemLanguage: 'ar',
    });
    for (const l of LANGUAGES.filter((x) => x !== 'ar')) expect(resolveLocale(l, []).dir, l).toBe('ltr');
  });
});

describe('resolveLocale, with a choice in Settings', () => {
  it('the choice wins over the system', () => {
    expect(resolveLocale('ja', ['de-DE', 'en-US'])).toEqual({
      language: 'ja',
      locale: 'ja',
      dir: 'ltr',
      systemLanguage: 'de',
    });
    expect(resolveLocale('ar', ['en-US'])).toEqual({ language: 'ar', locale: 'ar', dir: 'rtl', systemLanguage: 'en' });
    expect(resolveLocale('en', ['de-DE'])).toEqual({ language: 'en', locale: 'en', dir: 'ltr', systemLanguage: 'de' });
  });

  it('uses the system’s region when the system also lists the chosen language', () => {
    expect(resolveLocale('de', ['en-US', 'de-AT'])).toEqual({
      language: 'de',
      locale: 'de-AT',
      dir: 'ltr',
      systemLanguage: 'en',
    });
    expect(resolveLocale('en', ['de-DE', 'en-GB']).locale).toBe('en-GB');
  });

  it('every choice Settings can store resolves to a language with a direction', () => {
    for (const choice of LANGUAGE_CHOICES) {
      const info = resolveLocale(choice, ['fr-FR']);
      expect(['ltr', 'rtl'], choice).toContain(info.dir);
      expect(() => new Intl.Locale(info.locale), choice).not.toThrow();
    }
  });
});

describe('the pseudo-language (en-XA)', () => {
  it('is chosen by the setting, or by Chromium’s pseudo-locale first in the system list', () => {
    expect(resolveLocale('en-XA', ['de-DE'])).toEqual({
      language: 'en-XA',
      locale: 'en',
      dir: 'ltr',
      systemLanguage: 'de',
    });
    expect(resolveLocale('system', ['en-XA', 'de-DE'])).toEqual({
      language: 'en-XA',
      locale: 'en',
      dir: 'ltr',
      systemLanguage: 'en-XA',
    });
    expect(resolveLocale('system', ['en_XA']).language).toBe('en-XA');
  });

  it('is not picked when it is further down the list, or when a real language is chosen', () => {
    expect(resolveLocale('system', ['de-DE', 'en-XA']).language).toBe('de');
    expect(resolveLocale('fr', ['en-XA']).language).toBe('fr');
  });

  it('is not one of the languages Settings lists', () => {
    expect(LANGUAGES as readonly string[]).not.toContain('en-XA');
    expect(LANGUAGE_CHOICES).toContain('en-XA');
  });
});
