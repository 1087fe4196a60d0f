// The renderer's only way to main: the preload's `window.attune`. In the web preview a browser
// bridge implementing the same contract stands in; the Electron build drops that branch
// entirely (__WEB_PREVIEW__ is a compile-time false there).
import type { AttuneApi } from '../../../shared/contract';

let bridge: AttuneApi | null = null;
let connecting: Promise<AttuneApi> | null = null;

/** Connects once; every caller (the first render, the language loader) shares the one bridge. */
export function connectBridge(): Promise<AttuneApi> {
  connecting ??= connect();
  return connecting;
}

async function connect(): Promise<AttuneApi> {
  if (window.attune) {
    bridge = window.attune;
  } else if (__WEB_PREVIEW__) {
    const { createBrowserBridge } = await import('./browser-bridge');
    bridge = createBrowserBridge(window.localStorage);
  } else {
    throw new Error('Attune could not reach its main process.');
  }
  return bridge;
}

/** The connected bridge; only valid after connectBridge() resolved (main.tsx awaits it). */
export function api(): AttuneApi {
  if (!bridge) throw new Error('bridge not connected');
  return bridge;
}
