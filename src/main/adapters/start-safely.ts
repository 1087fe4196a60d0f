// Start-up never dies silently. Whatever throws while Attune starts (a value no date can hold, a
// time zone Intl rejects, a file it cannot read, a desktop service that misbehaves) is caught
// here: logged, told to the person in a dialog (there may be no tray to show anything), and the
// app quits with its single-instance lock released, so the next launch starts afresh instead of
// being swallowed by a process that does nothing.
import type { App, Dialog } from 'electron';

export interface StartGuard {
  app: Pick<App, 'releaseSingleInstanceLock' | 'exit'>;
  dialog: Pick<Dialog, 'showErrorBox'>;
  log?: (message: string, err: unknown) => void;
}

export const START_FAILURE_TITLE = 'Attune couldn’t start';

/** The words the person reads; the technical reason goes last, for whoever helps them. */
export function startFailureMessage(err: unknown): string {
  const reason = err instanceof Error ? err.message : String(err);
  return (
    'Something went wrong while Attune was starting, so it has closed instead of staying in the ' +
    'background with nothing working. Starting it again often helps. If this keeps happening, ' +
    `the detail below helps whoever looks into it.\n\n${reason}`
  );
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
      guard.dialog.showErrorBox(START_FAILURE_TITLE, startFailureMessage(err));
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
