// Telling the person when something they asked for from the tray or the command line could not
// be done (pausing reminders on a full disk, say): there may be no window, so a message box.
import type { Dialog } from 'electron';

export function tellIfRefused(dialog: Pick<Dialog, 'showMessageBox'>, action: () => void): void {
  try {
    action();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    console.warn('attune: a tray or command-line action was refused:', err);
    // Not modal to any window and not awaited: the tray stays responsive meanwhile.
    void dialog
      .showMessageBox({
        type: 'info',
        title: 'Attune',
        message: 'That couldn’t be done just now',
        detail,
        buttons: ['OK'],
      })
      .catch((dialogErr: unknown) => console.error('attune: could not show a message:', dialogErr));
  }
}
