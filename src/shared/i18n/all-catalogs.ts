// Every catalog, for main: main speaks in the tray, notifications, dialogs and the doctor, and
// switches language live, so it holds them all (a few dozen kilobytes). Static imports, so the
// built main, vitest and tsx (npm run doctor) read them alike; the type makes a missing file a
// compile error. The renderer never imports this file (it loads one language, area by area).
import type { CatalogArea } from './areas';
import ar_common from './catalogs/ar/common.json' with { type: 'json' };
import ar_errors from './catalogs/ar/errors.json' with { type: 'json' };
import ar_history from './catalogs/ar/history.json' with { type: 'json' };
import ar_main from './catalogs/ar/main.json' with { type: 'json' };
import ar_phrases from './catalogs/ar/phrases.json' with { type: 'json' };
import ar_practice from './catalogs/ar/practice.json' with { type: 'json' };
import ar_read from './catalogs/ar/read.json' with { type: 'json' };
import ar_settings from './catalogs/ar/settings.json' with { type: 'json' };
import ar_time from './catalogs/ar/time.json' with { type: 'json' };
import de_common from './catalogs/de/common.json' with { type: 'json' };
import de_errors from './catalogs/de/errors.json' with { type: 'json' };
import de_history from './catalogs/de/history.json' with { type: 'json' };
import de_main from './catalogs/de/main.json' with { type: 'json' };
import de_phrases from './catalogs/de/phrases.json' with { type: 'json' };
import de_practice from './catalogs/de/practice.json' with { type: 'json' };
import de_read from './catalogs/de/read.json' with { type: 'json' };
import de_settings from './catalogs/de/settings.json' with { type: 'json' };
import de_time from './catalogs/de/time.json' with { type: 'json' };
import en_common from './catalogs/en/common.json' with { type: 'json' };
import en_errors from './catalogs/en/errors.json' with { type: 'json' };
import en_history from './catalogs/en/history.json' with { type: 'json' };
import en_main from './catalogs/en/main.json' with { type: 'json' };
import en_phrases from './catalogs/en/phrases.json' with { type: 'json' };
import en_practice from './catalogs/en/practice.json' with { type: 'json' };
import en_read from './catalogs/en/read.json' with { type: 'json' };
import en_settings from './catalogs/en/settings.json' with { type: 'json' };
import en_time from './catalogs/en/time.json' with { type: 'json' };
import es_common from './catalogs/es/common.json' with { type: 'json' };
import es_errors from './catalogs/es/errors.json' with { type: 'json' };
import es_history from './catalogs/es/history.json' with { type: 'json' };
import es_main from './catalogs/es/main.json' with { type: 'json' };
import es_phrases from './catalogs/es/phrases.json' with { type: 'json' };
import es_practice from './catalogs/es/practice.json' with { type: 'json' };
import es_read from './catalogs/es/read.json' with { type: 'json' };
import es_settings from './catalogs/es/settings.json' with { type: 'json' };
import es_time from './catalogs/es/time.json' with { type: 'json' };
import fr_common from './catalogs/fr/common.json' with { type: 'json' };
import fr_errors from './catalogs/fr/errors.json' with { type: 'json' };
import fr_history from './catalogs/fr/history.json' with { type: 'json' };
import fr_main from './catalogs/fr/main.json' with { type: 'json' };
import fr_phrases from './catalogs/fr/phrases.json' with { type: 'json' };
import fr_practice from './catalogs/fr/practice.json' with { type: 'json' };
import fr_read from './catalogs/fr/read.json' with { type: 'json' };
import fr_settings from './catalogs/fr/settings.json' with { type: 'json' };
import fr_time from './catalogs/fr/time.json' with { type: 'json' };
import ja_common from './catalogs/ja/common.json' with { type: 'json' };
import ja_errors from './catalogs/ja/errors.json' with { type: 'json' };
import ja_history from './catalogs/ja/history.json' with { type: 'json' };
import ja_main from './catalogs/ja/main.json' with { type: 'json' };
import ja_phrases from './catalogs/ja/phrases.json' with { type: 'json' };
import ja_practice from './catalogs/ja/practice.json' with { type: 'json' };
import ja_read from './catalogs/ja/read.json' with { type: 'json' };
import ja_settings from './catalogs/ja/settings.json' with { type: 'json' };
import ja_time from './catalogs/ja/time.json' with { type: 'json' };
import type { Language } from './languages';

/** Raw ICU messages (id → text) per language and area. */
export const RAW_CATALOGS: Readonly<Record<Language, Readonly<Record<CatalogArea, Readonly<Record<string, string>>>>>> =
  {
    en: {
      common: en_common,
      time: en_time,
      errors: en_errors,
      practice: en_practice,
      phrases: en_phrases,
      settings: en_settings,
      read: en_read,
      history: en_history,
      main: en_main,
    },
    de: {
      common: de_common,
      time: de_time,
      errors: de_errors,
      practice: de_practice,
      phrases: de_phrases,
      settings: de_settings,
      read: de_read,
      history: de_history,
      main: de_main,
    },
    es: {
      common: es_common,
      time: es_time,
      errors: es_errors,
      practice: es_practice,
      phrases: es_phrases,
      settings: es_settings,
      read: es_read,
      history: es_history,
      main: es_main,
    },
    fr: {
      common: fr_common,
      time: fr_time,
      errors: fr_errors,
      practice: fr_practice,
      phrases: fr_phrases,
      settings: fr_settings,
      read: fr_read,
      history: fr_history,
      main: fr_main,
    },
    ja: {
      common: ja_common,
      time: ja_time,
      errors: ja_errors,
      practice: ja_practice,
      phrases: ja_phrases,
      settings: ja_settings,
      read: ja_read,
      history: ja_history,
      main: ja_main,
    },
    ar: {
      common: ar_common,
      time: ar_time,
      errors: ar_errors,
      practice: ar_practice,
      phrases: ar_phrases,
      settings: ar_settings,
      read: ar_read,
      history: ar_history,
      main: ar_main,
    },
  };
