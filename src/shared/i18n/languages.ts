// The languages Attune speaks, and which one a person gets: their choice in Settings, or the
// first of the system's preferred languages Attune has, or English. Pure.

/** Complete catalogs, in the order Settings lists them. English is the source language. */
export const LANGUAGES = ['en', 'de', 'es', 'fr', 'ja', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A pseudo-language for testing (Chromium's own pseudo-locale tag): English with accents and
 * about 40 % more length, so untranslated or clipped text shows. Not listed in Settings.
 */
export const PSEUDO_LANGUAGE = 'en-XA';
export type CatalogLanguage = Language | typeof PSEUDO_LANGUAGE;

/** What `system.language` may hold: follow the system, or one language. */
export const LANGUAGE_CHOICES = ['system', ...LANGUAGES, PSEUDO_LANGUAGE] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language's own name for itself (never translated: a person finds their language by it). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  ja: '日本語',
  ar: 'العربية',
};

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);

/** The language Attune speaks, the locale its dates and numbers follow, and the text direction. */
export interface LocaleInfo {
  language: CatalogLanguage;
  /** A BCP 47 tag for Intl: the system's own tag when it is in the same language (keeps the region). */
  locale: string;
  dir: 'ltr' | 'rtl';
  /**
   * The language "System language" means here (Settings names it), from the same preferred
   * languages main resolves against; the renderer never guesses it from navigator.languages.
   */
  systemLanguage: CatalogLanguage;
}

function baseLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

function isLanguage(x: string): x is Language {
  return (LANGUAGES as readonly string[]).includes(x);
}

/** A tag Intl accepts (underscores and a POSIX suffix such as ".UTF-8" removed), or null. */
export function canonicalTag(tag: string): string | null {
  const cleaned = tag
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-');
  if (!cleaned) return null;
  try {
    return Intl.getCanonicalLocales(cleaned)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Resolves the language setting against the system's preferred languages (most preferred
 * first, e.g. `app.getPreferredSystemLanguages()` or `navigator.languages`).
 */
export function resolveLocale(choice: LanguageChoice, preferred: readonly string[]): LocaleInfo {
  const tags = preferred.map(canonicalTag).filter((t): t is string => t !== null);
  // Chromium's pseudo-locale tag first in the list (a tester's browser) picks the pseudo-language.
  const systemLanguage: CatalogLanguage =
    tags[0] === PSEUDO_LANGUAGE ? PSEUDO_LANGUAGE : (tags.map(baseLanguage).find(isLanguage) ?? 'en');
  const language = choice === 'system' ? systemLanguage : choice;
  if (language === PSEUDO_LANGUAGE) return { language, locale: 'en', dir: 'ltr', systemLanguage };
  const sameLanguage = tags.find((t) => baseLanguage(t) === language);
  return {
    language,
    locale: sameLanguage ?? language,
    dir: RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr',
    systemLanguage,
  };
}
