// English words for main's parts run without the app's locale service (the reminder simulator,
// tests of the scheduler): the English catalogs of main's areas, compiled once on first use.
// Pure. The app itself always passes the locale service's translator.
import en_errors from '../../shared/i18n/catalogs/en/errors.json' with { type: 'json' };
import en_main from '../../shared/i18n/catalogs/en/main.json' with { type: 'json' };
import en_time from '../../shared/i18n/catalogs/en/time.json' with { type: 'json' };
import { compileCatalog } from '../../shared/i18n/compile';
import { createTranslator, type Translator } from '../../shared/i18n/translator';

let english: Translator | null = null;

/** A translator speaking English (the source language) with main's, time's and errors' words. */
export function englishWords(): Translator {
  english ??= createTranslator(
    { language: 'en', locale: 'en', dir: 'ltr' },
    { ...compileCatalog(en_main), ...compileCatalog(en_time), ...compileCatalog(en_errors) },
  );
  return english;
}
