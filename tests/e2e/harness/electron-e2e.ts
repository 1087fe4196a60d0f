// What `electron` is in the end-to-end app process: the typed fake (tests/fakes/electron.ts) with
// BrowserWindow replaced by the Chromium-backed window, plus the harness's app host. Bundled
// into one ES module by tests/support/bundle-electron-fake.ts and resolved by the loader hook.
import fake from '../../fakes/electron';
import { ChromiumWindow } from './chromium-window';

export * from '../../fakes/electron';
export { startAppHost } from './app-host';
export { ChromiumWindow as BrowserWindow } from './chromium-window';

export default { ...fake, BrowserWindow: ChromiumWindow };
