// Start-up never dies silently. Whatever throws while Attune starts (a value no date can hold, a
// time zone Intl rejects, a file it cannot read, a desktop service that misbehaves) is caught
// here: logged, told to the person in a dialog (there may be no tray to show anything), and the
// app quits with its single-instance lock released, so the next launch starts afresh instead of
// being swallowed by a process that does nothing.
import type { App, Dialog } from 'electron';
import type { Translator } from '../../shared/i18n/translator';

export interface StartGuard {
  app: Pick<App, 'releaseSingleInstanceLock' | 'exit'>;
  dialog: Pick<Dialog, 'showErrorBox'>;
  /** The words in use (the person's language, or the system's when start-up stopped before it was read). */
  words: () => Translator;
  log?: (message: string, err: unknown) => void;
}

/** The words the person reads; the technical reason goes last, for whoever helps them. */
export function startFailureMessage(tr: Translator, err: unknown): string {
  const reason = err instanceof Error ? err.message : String(err);
  return tr.t('main.startFailure.message', { reason });
}

/** Runs `start`; returns true when it finished, false when it threw and the app is quitting. */
export function startSafely(start: () => void, guard: StartGuard): boolean {
  try {
    start();
    return true;
  } catch (err) {
    (guard.log ?? ((m, e) => console.error(m, e)))('attune: start-up stopped:', err);
    try {
      // Modal and synchronous once the app is ready (start() only runs then). Before `ready` on
      // Linux Electron prints it to stderr instead (docs of dialog.showErrorBox).
      const tr = guard.words();
      guard.dialog.showErrorBox(tr.t('main.startFailure.title'), startFailureMessage(tr, err));
    } catch (dialogErr) {
      console.error('attune: could not show the start-up message:', dialogErr);
    }
    // "Releases all locks that were created by requestSingleInstanceLock" (Electron docs): the
    // next launch becomes the first instance rather than forwarding its arguments to us.
    guard.app.releaseSingleInstanceLock();
    // exit, not quit: before-quit handlers may belong to the half-built app; exit closes every
    // window at once without emitting before-quit / will-quit (Electron docs of app.exit).
    guard.app.exit(1);
    return false;
  }
}
