// The application menu, as plain data. Attune's windows need no menu bar, and Electron's default
// menu would bind Ctrl/Cmd with + − 0 to page zoom (taking them from the reading view's text
// size), Ctrl/Cmd+R to reload and Ctrl+Shift+I to the developer tools. On macOS an Edit menu is
// still needed for copy, paste and select all to work in any window. Its words follow the
// language (index.ts sets it again when the language changes).
import { PRODUCT_NAME } from '../../shared/app-identity';
import type { MessageId, Translator } from '../../shared/i18n/translator';

export type AppMenuRole =
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll'
  | 'minimize'
  | 'close';

/** A role item carries its label in the person's language (Electron's own role labels are English). */
export type AppMenuItem =
  | { role: AppMenuRole; label: string }
  | { type: 'separator' }
  | { label: string; submenu: AppMenuItem[] };

const separator: AppMenuItem = { type: 'separator' };

const ROLE_WORDS: Readonly<Record<AppMenuRole, MessageId>> = {
  about: 'main.appMenu.about',
  hide: 'main.appMenu.hide',
  hideOthers: 'main.appMenu.hideOthers',
  unhide: 'main.appMenu.unhide',
  quit: 'main.appMenu.quit',
  undo: 'main.appMenu.undo',
  redo: 'main.appMenu.redo',
  cut: 'main.appMenu.cut',
  copy: 'main.appMenu.copy',
  paste: 'main.appMenu.paste',
  pasteAndMatchStyle: 'main.appMenu.pasteAndMatchStyle',
  selectAll: 'main.appMenu.selectAll',
  minimize: 'main.appMenu.minimize',
  close: 'main.appMenu.close',
};

/** The menu for `platform` in `tr`'s language, or null for none at all (Windows and Linux show no menu bar). */
export function appMenuTemplate(platform: NodeJS.Platform, tr: Translator): AppMenuItem[] | null {
  if (platform !== 'darwin') return null;
  const r = (role: AppMenuRole): AppMenuItem => ({ role, label: tr.t(ROLE_WORDS[role]) });
  return [
    {
      label: PRODUCT_NAME,
      submenu: [r('about'), separator, r('hide'), r('hideOthers'), r('unhide'), separator, r('quit')],
    },
    {
      label: tr.t('main.appMenu.edit'),
      submenu: [
        r('undo'),
        r('redo'),
        separator,
        r('cut'),
        r('copy'),
        r('paste'),
        r('pasteAndMatchStyle'),
        r('selectAll'),
      ],
    },
    { label: tr.t('main.appMenu.window'), submenu: [r('minimize'), r('close')] },
  ];
}
