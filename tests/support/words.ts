// Translators for tests, built exactly as main builds them (the locale service over every
// catalog): a language choice resolved against the system's preferred languages.
import { createLocaleService } from '../../src/main/core/locale-service';
import { RAW_CATALOGS } from '../../src/shared/i18n/all-catalogs';
import type { LanguageChoice } from '../../src/shared/i18n/languages';
import type { Translator } from '../../src/shared/i18n/translator';

/** The translator main would use for `choice` on a system preferring `preferred`. */
export function wordsFor(choice: LanguageChoice, preferred: readonly string[] = []): Translator {
  return createLocaleService({ catalogs: RAW_CATALOGS, choice, preferred }).current();
}

/** English as the existing tests read it: British English (24-hour clock, "Monday 7 December"). */
export const english = (): Translator => wordsFor('en', ['en-GB']);
