// Fake dialog and shell.
import type * as Electron from 'electron';

type DialogCall = { method: string; window: unknown; options: unknown };

function splitDialogArgs<O>(a: unknown, b: O | undefined): [unknown, O] {
  return b === undefined ? [null, a as O] : [a, b];
}

export const dialog = {
  calls: [] as DialogCall[],
  saveResults: [] as Electron.SaveDialogReturnValue[],
  openResults: [] as Electron.OpenDialogReturnValue[],
  messageBoxResults: [] as Electron.MessageBoxReturnValue[],
  errorBoxes: [] as { title: string; content: string }[],
  async showSaveDialog(
    a: Electron.BaseWindow | Electron.SaveDialogOptions,
    b?: Electron.SaveDialogOptions,
  ): Promise<Electron.SaveDialogReturnValue> {
    const [window, options] = splitDialogArgs(a, b);
    dialog.calls.push({ method: 'showSaveDialog', window, options });
    return dialog.saveResults.shift() ?? { canceled: true, filePath: '' };
  },
  async showOpenDialog(
    a: Electron.BaseWindow | Electron.OpenDialogOptions,
    b?: Electron.OpenDialogOptions,
  ): Promise<Electron.OpenDialogReturnValue> {
    const [window, options] = splitDialogArgs(a, b);
    dialog.calls.push({ method: 'showOpenDialog', window, options });
    return dialog.openResults.shift() ?? { canceled: true, filePaths: [] };
  },
  async showMessageBox(
    a: Electron.BaseWindow | Electron.MessageBoxOptions,
    b?: Electron.MessageBoxOptions,
  ): Promise<Electron.MessageBoxReturnValue> {
    const [window, options] = splitDialogArgs(a, b);
    dialog.calls.push({ method: 'showMessageBox', window, options });
    return dialog.messageBoxResults.shift() ?? { response: 0, checkboxChecked: false };
  },
  showErrorBox(title: string, content: string): void {
    dialog.errorBoxes.push({ title, content });
  },
};
dialog satisfies Pick<Electron.Dialog, 'showErrorBox'>;

export const shell = {
  openedExternal: [] as string[],
  openedPaths: [] as string[],
  shownInFolder: [] as string[],
  async openExternal(url: string): Promise<void> {
    shell.openedExternal.push(url);
  },
  async openPath(p: string): Promise<string> {
    shell.openedPaths.push(p);
    return '';
  },
  showItemInFolder(fullPath: string): void {
    shell.shownInFolder.push(fullPath);
  },
};
shell satisfies Pick<Electron.Shell, 'openExternal' | 'openPath' | 'showItemInFolder'>;
