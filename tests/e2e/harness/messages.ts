// The messages between the test process (Playwright, which owns Chromium) and the app process
// (the built main in Node with the fake `electron`). Plain data only: they cross a Node IPC channel.

/** A window as the app process describes it when it is created. */
export interface WindowSpec {
  width: number;
  height: number;
  title: string;
}

/** App process → test process. `call` messages expect a `reply` with the same `seq`. */
export type AppToTest =
  | { type: 'window:create'; id: number; spec: WindowSpec }
  | { type: 'window:load'; id: number; url: string }
  | { type: 'window:show'; id: number }
  | { type: 'window:hide'; id: number }
  | { type: 'window:focus'; id: number }
  | { type: 'window:destroy'; id: number }
  | { type: 'deliver'; id: number; subId: number; data: unknown }
  | { type: 'call'; seq: number; op: { type: 'window:close'; id: number } }
  | { type: 'reply'; seq: number; ok: boolean; value?: unknown; error?: string }
  | { type: 'log'; line: string }
  | { type: 'started' }
  | { type: 'exiting'; code: number; lockRequests: unknown[] };

/** What the test process asks the app process (each answered by a `reply`). */
export type TestRequest =
  | { type: 'net'; url: string; method: string; headers: Record<string, string>; resourceType: string }
  | {
      type: 'ipc';
      id: number;
      frameUrl: string;
      mainFrame: boolean;
      call:
        | { op: 'invoke'; channel: string; payload: unknown[] }
        | { op: 'on'; event: string; subId: number }
        | {
            op: 'off';
            subId: number;
          };
    }
  | { type: 'loaded'; id: number }
  | { type: 'navigated'; id: number; url: string }
  | { type: 'user-close'; id: number }
  /** The page itself starts a navigation (a link, window.location): may main's listener stop it? */
  | { type: 'will-navigate'; id: number; url: string }
  | { type: 'tray' }
  | { type: 'tray:click'; path: string[] }
  | { type: 'second-instance'; argv: string[]; additionalData: unknown }
  | { type: 'clock:tick'; ms: number }
  | { type: 'clock:now' }
  | { type: 'idle'; seconds: number }
  | { type: 'quit' };

export type TestToApp =
  | { type: 'request'; seq: number; request: TestRequest }
  | { type: 'reply'; seq: number; ok: boolean; value?: unknown; error?: string };

/** One tray menu item as the test sees it. */
export interface TrayItem {
  label: string;
  type: string;
  enabled: boolean;
  submenu?: TrayItem[];
}

export interface TraySnapshot {
  tooltip: string;
  image: string;
  items: TrayItem[];
  destroyed: boolean;
}

/** Served response for a page request, or a cancelled request. */
export type NetReply =
  | { cancel: true }
  | { cancel: false; status: number; headers: Record<string, string>; body: Uint8Array | null };

/** Where app://attune pages live in Chromium (a secure context: *.localhost is trustworthy). */
export const PAGE_ORIGIN = 'http://attune.localhost';
export const APP_ORIGIN = 'app://attune';

/** app://attune/… → the address Chromium loads; other URLs unchanged. */
export function toPageUrl(url: string): string {
  return url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN ? PAGE_ORIGIN + url.slice(APP_ORIGIN.length) : url;
}
/** The page's address → the app:// URL main sees; other URLs unchanged. */
export function toAppUrl(url: string): string {
  return url.startsWith(`${PAGE_ORIGIN}/`) || url === PAGE_ORIGIN ? APP_ORIGIN + url.slice(PAGE_ORIGIN.length) : url;
}
