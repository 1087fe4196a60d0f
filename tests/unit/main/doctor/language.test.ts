// Which language `npm run doctor` speaks without Electron: the choice saved in Attune's settings
// file, else the locale variables in gettext's order; anything unreadable means "follow the system".
import { describe, expect, it } from 'vitest';
import { envLanguages, installedSettingsFile, savedLanguageChoice } from '../../../../src/main/doctor/language';
import { resolveLocale } from '../../../../src/shared/i18n/languages';

describe('the locale variables', () => {
  it('LANGUAGE (a colon list) comes first, then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(envLanguages({ LANGUAGE: 'ja_JP.UTF-8:en', LANG: 'de_DE.UTF-8' })).toEqual([
      'ja_JP.UTF-8',
      'en',
      'de_DE.UTF-8',
    ]);
    expect(resolveLocale('system', envLanguages({ LANGUAGE: 'ja_JP.UTF-8:en' })).language).toBe('ja');
    expect(resolveLocale('system', envLanguages({ LC_ALL: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' })).language).toBe('fr');
  });

  it('a "C" locale means none: LANGUAGE is then ignored, as gettext does, and English is spoken', () => {
    expect(envLanguages({ LANGUAGE: 'de', LANG: 'C' })).toEqual([]);
    expect(envLanguages({ LANG: 'C.UTF-8' })).toEqual([]);
    expect(resolveLocale('system', envLanguages({ LANG: 'POSIX' })).language).toBe('en');
    expect(envLanguages({})).toEqual([]);
  });
});

describe('the saved choice', () => {
  it('reads system.language; anything else (missing, damaged, unknown) follows the system', () => {
    expect(savedLanguageChoice(JSON.stringify({ system: { language: 'ar' } }))).toBe('ar');
    expect(savedLanguageChoice(JSON.stringify({ system: { language: 'tlh' } }))).toBe('system');
    expect(savedLanguageChoice('{"system":')).toBe('system');
    expect(savedLanguageChoice('null')).toBe('system');
    expect(savedLanguageChoice(null)).toBe('system');
  });

  it('is looked for where an installed Attune keeps it on each platform', () => {
    expect(installedSettingsFile('linux', {}, '/home/a')).toBe('/home/a/.config/Attune/settings.json');
    expect(installedSettingsFile('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a')).toBe('/x/Attune/settings.json');
    expect(installedSettingsFile('darwin', {}, '/Users/a')).toBe(
      '/Users/a/Library/Application Support/Attune/settings.json',
    );
  });
});
