// The app's language where Electron is in play: the translator before the settings are read (a
// start-up that stops early speaks the system's language), and the macOS application menu,
// set again in the new language whenever it changes. Thin: the words live in core.
import type { App, Menu as MenuClass } from 'electron';
import { RAW_CATALOGS } from '../../shared/i18n/all-catalogs';
import type { Translator } from '../../shared/i18n/translator';
import { appMenuTemplate } from '../core/app-menu';
import { createLocaleService, type LocaleService } from '../core/locale-service';

/** The system's language, with nothing chosen (before the settings file is read). */
export function systemWords(app: Pick<App, 'getPreferredSystemLanguages'>): Translator {
  return createLocaleService({
    catalogs: RAW_CATALOGS,
    choice: 'system',
    preferred: app.getPreferredSystemLanguages(),
  }).current();
}

/**
 * Sets the application menu for `platform` in the language in use, and again on every change.
 * No default menu: it would take Ctrl/Cmd with + − 0 (the reading view's text size) for page zoom.
 */
export function followLanguageInAppMenu(
  Menu: Pick<typeof MenuClass, 'setApplicationMenu' | 'buildFromTemplate'>,
  platform: NodeJS.Platform,
  locale: Pick<LocaleService, 'current' | 'onChange'>,
): void {
  const apply = () => {
    const menu = appMenuTemplate(platform, locale.current());
    Menu.setApplicationMenu(menu ? Menu.buildFromTemplate(menu) : null);
  };
  apply();
  locale.onChange(apply);
}
