// Which language the doctor speaks: the interface language, as the app would choose it — the
// person's choice in Attune's settings file, else the system's preferred languages. In the app
// (`attune --doctor`) those come from Electron; `npm run doctor` runs without Electron and reads
// the locale variables in the order gettext and GLib do (LANGUAGE, a colon-separated list, then
// LC_ALL, LC_MESSAGES, LANG). Read only: the settings file is read, never written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRODUCT_NAME } from '../../shared/app-identity';
import { RAW_CATALOGS } from '../../shared/i18n/all-catalogs';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../shared/i18n/languages';
import type { Translator } from '../../shared/i18n/translator';
import { createLocaleService } from '../core/locale-service';

/** The system's preferred languages from POSIX locale variables, most preferred first. */
export function envLanguages(env: NodeJS.ProcessEnv): string[] {
  const plain = (v: string | undefined) => (v && v !== 'C' && v !== 'POSIX' && !v.startsWith('C.') ? v : null);
  const single = [env.LC_ALL, env.LC_MESSAGES, env.LANG].map(plain).filter((v): v is string => v !== null);
  // gettext ignores LANGUAGE when the locale is "C" (no locale at all).
  const localeIsC = [env.LC_ALL, env.LC_MESSAGES, env.LANG].some((v) => v === 'C' || v === 'POSIX');
  const list = localeIsC ? [] : (env.LANGUAGE ?? '').split(':').filter((v) => v.trim() !== '');
  return [...list, ...single];
}

/** The language choice saved in a settings file's text; 'system' when there is none or it can't be read. */
export function savedLanguageChoice(text: string | null): LanguageChoice {
  if (text === null) return 'system';
  try {
    const value = (JSON.parse(text) as { system?: { language?: unknown } } | null)?.system?.language;
    return (LANGUAGE_CHOICES as readonly unknown[]).includes(value) ? (value as LanguageChoice) : 'system';
  } catch {
    return 'system';
  }
}

/** Where an installed Attune keeps its settings (Electron's userData for the app's name). */
export function installedSettingsFile(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, PRODUCT_NAME, 'settings.json');
}

function readIfThere(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The doctor's translator: the choice saved in `settingsFile`, resolved against `preferred`. */
export function doctorWords(opts: { preferred: readonly string[]; settingsFile: string | null }): Translator {
  const choice = savedLanguageChoice(opts.settingsFile ? readIfThere(opts.settingsFile) : null);
  return createLocaleService({ catalogs: RAW_CATALOGS, choice, preferred: opts.preferred }).current();
}
