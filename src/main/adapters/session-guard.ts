// Session-wide rules: every permission request is denied, and no request may leave the app —
// only app:// (and, in development, the Vite dev server) is allowed through.
import type { Session } from 'electron';
import { APP_SCHEME } from './app-path';

export function isAllowedRequestUrl(url: string, devServerOrigin: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return true;
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'chrome-extension:') return true;
  if (devServerOrigin) {
    const dev = new URL(devServerOrigin);
    if (parsed.host === dev.host && (parsed.protocol === dev.protocol || parsed.protocol === 'ws:')) return true;
  }
  return false;
}

export function guardSession(session: Session, devServerOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, devServerOrigin) });
  });
}
