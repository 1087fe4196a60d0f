// The language main speaks in (tray, notifications, dialogs, the doctor) and tells every window:
// the person's choice resolved against the system's preferred languages. Catalogs compile once
// per language, on first use, shared by every service over the same catalogs. Pure: the caller
// passes the catalogs and the system's languages.
import { CATALOG_AREAS, type CatalogArea } from '../../shared/i18n/areas';
import { compileCatalog } from '../../shared/i18n/compile';
import {
  type CatalogLanguage,
  type Language,
  type LanguageChoice,
  type LocaleInfo,
  PSEUDO_LANGUAGE,
  resolveLocale,
} from '../../shared/i18n/languages';
import { pseudoCatalog } from '../../shared/i18n/pseudo';
import { type CompiledCatalog, createTranslator, type Translator } from '../../shared/i18n/translator';

export type RawCatalogs = Readonly<Record<Language, Readonly<Record<CatalogArea, Readonly<Record<string, string>>>>>>;

export interface LocaleService {
  /** The translator for the language in use now. */
  current(): Translator;
  /** Follows a new choice (Settings) or new system languages; listeners hear only a real change. */
  update(choice: LanguageChoice, preferred?: readonly string[]): void;
  onChange(listener: (t: Translator) => void): () => void;
}

/** Just the locale facts of a translator (what crosses IPC). */
export function localeInfo(t: LocaleInfo): LocaleInfo {
  return { language: t.language, locale: t.locale, dir: t.dir, systemLanguage: t.systemLanguage };
}

function sameInfo(a: LocaleInfo, b: LocaleInfo): boolean {
  return a.language === b.language && a.locale === b.locale && a.dir === b.dir && a.systemLanguage === b.systemLanguage;
}

/** Compiled catalogs, per source of raw catalogs and language: each compiles once per process. */
const compiledCatalogs = new WeakMap<RawCatalogs, Map<CatalogLanguage, CompiledCatalog>>();

/** Every area of `language` from `catalogs`, compiled and merged (the pseudo-language from English). */
export function compiledLanguage(catalogs: RawCatalogs, language: CatalogLanguage): CompiledCatalog {
  let byLanguage = compiledCatalogs.get(catalogs);
  if (!byLanguage) {
    byLanguage = new Map();
    compiledCatalogs.set(catalogs, byLanguage);
  }
  let catalog = byLanguage.get(language);
  if (!catalog) {
    const source = catalogs[language === PSEUDO_LANGUAGE ? 'en' : language];
    const merged = Object.assign(
      {},
      ...CATALOG_AREAS.map((area) => compileCatalog(source[area], `${language}/${area}.json`)),
    ) as CompiledCatalog;
    catalog = language === PSEUDO_LANGUAGE ? pseudoCatalog(merged) : merged;
    byLanguage.set(language, catalog);
  }
  return catalog;
}

export function createLocaleService(opts: {
  catalogs: RawCatalogs;
  choice: LanguageChoice;
  preferred: readonly string[];
}): LocaleService {
  const catalogFor = (language: CatalogLanguage) => compiledLanguage(opts.catalogs, language);
  let preferred = opts.preferred;
  let translator = (() => {
    const info = resolveLocale(opts.choice, preferred);
    return createTranslator(info, catalogFor(info.language));
  })();
  const listeners = new Set<(t: Translator) => void>();
  return {
    current: () => translator,
    update(choice, nextPreferred) {
      if (nextPreferred) preferred = nextPreferred;
      const info = resolveLocale(choice, preferred);
      if (sameInfo(info, translator)) return;
      translator = createTranslator(info, catalogFor(info.language));
      for (const listener of [...listeners]) {
        try {
          listener(translator);
        } catch (e) {
          console.error('[attune] a language listener failed:', e);
        }
      }
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
