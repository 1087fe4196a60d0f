// Telling the person when something they asked for from the tray or the command line could not
// be done (pausing reminders on a full disk, say): there may be no window, so a message box.
import type { Dialog } from 'electron';
import { PRODUCT_NAME } from '../../shared/app-identity';
import type { Translator } from '../../shared/i18n/translator';

export function tellIfRefused(
  dialog: Pick<Dialog, 'showMessageBox'>,
  /** The words in use now (the language of the moment). */
  words: () => Translator,
  action: () => void,
): void {
  try {
    action();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    console.warn('attune: a tray or command-line action was refused:', err);
    const tr = words();
    // Not modal to any window and not awaited: the tray stays responsive meanwhile.
    void dialog
      .showMessageBox({
        type: 'info',
        title: PRODUCT_NAME,
        message: tr.t('main.refused.message'),
        detail,
        buttons: [tr.t('main.refused.ok')],
      })
      .catch((dialogErr: unknown) => console.error('attune: could not show a message:', dialogErr));
  }
}
