// The application menu, as plain data. Attune's windows need no menu bar, and Electron's default
// menu would bind Ctrl/Cmd with + − 0 to page zoom (taking them from the reading view's text
// size), Ctrl/Cmd+R to reload and Ctrl+Shift+I to the developer tools. On macOS an Edit menu is
// still needed for copy, paste and select all to work in any window.

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

export type AppMenuItem = { role: AppMenuRole } | { type: 'separator' } | { label: string; submenu: AppMenuItem[] };

const separator: AppMenuItem = { type: 'separator' };

/** The menu for `platform`, or null for none at all (Windows and Linux show no menu bar). */
export function appMenuTemplate(platform: NodeJS.Platform): AppMenuItem[] | null {
  if (platform !== 'darwin') return null;
  return [
    {
      label: 'Attune',
      submenu: [
        { role: 'about' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
      ],
    },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
  ];
}
