// Development (`npm run dev`, `npm start`: Electron started on the sources, not a packaged app)
// never touches an installed Attune: it gets its own name, user-data folder and so its own
// single-instance lock, which Electron keeps in the user-data folder (Chromium's
// ProcessSingleton on DIR_USER_DATA).
import path from 'node:path';
import type { App } from 'electron';
import { PRODUCT_NAME } from '../../shared/app-identity';

export const DEVELOPMENT_NAME = `${PRODUCT_NAME} Dev`;

/**
 * When not packaged: renames the app and moves userData (and sessionData, which follows
 * userData only when set before start-up) to `<appData>/Attune Dev`. Must run before
 * app.requestSingleInstanceLock() and before anything reads userData. Electron derives userData
 * from the name once, at start-up, so setName alone would not move it. Returns the folder, or
 * null for a packaged app (left as it is).
 */
export function separateDevelopmentIdentity(
  app: Pick<App, 'isPackaged' | 'setName' | 'getPath' | 'setPath'>,
): string | null {
  if (app.isPackaged) return null;
  const dir = path.join(app.getPath('appData'), DEVELOPMENT_NAME);
  app.setName(DEVELOPMENT_NAME);
  app.setPath('userData', dir);
  app.setPath('sessionData', dir);
  return dir;
}
