// English words for main's parts run without the app's locale service (the reminder simulator,
// tests of the scheduler): the English catalogs, compiled once (shared with the locale service).
// Pure. The app itself always passes the locale service's translator.
import { RAW_CATALOGS } from '../../shared/i18n/all-catalogs';
import { resolveLocale } from '../../shared/i18n/languages';
import { createTranslator, type Translator } from '../../shared/i18n/translator';
import { compiledLanguage } from './locale-service';

let english: Translator | null = null;

/** A translator speaking English (the source language). */
export function englishWords(): Translator {
  english ??= createTranslator(resolveLocale('en', []), compiledLanguage(RAW_CATALOGS, 'en'));
  return english;
}
