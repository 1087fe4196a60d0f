// The fake BrowserWindow, backed by a real Chromium page. The page itself lives in the test
// process (Playwright owns the browser); this class keeps the fake's state in the app process,
// runs the built preload for every load, and tells the test process what to do with the page.
// Each behaviour that claims to be Electron's cites electron.d.ts (node_modules/electron).
import type * as Electron from 'electron';
import { FakeBrowserWindow, preventableEvent } from '../../fakes/electron';
import { call, send } from './link';
import { PreloadInstance } from './preload-host';

export class ChromiumWindow extends FakeBrowserWindow {
  /** The preload run for the page now loaded (a new one for every load, as in Electron). */
  preload: PreloadInstance | null = null;
  private closing = false;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super(options);
    const contents = this.webContents;
    const record = contents.send.bind(contents);
    // webContents.send: "Send an asynchronous message to the renderer process via channel"; the
    // renderer's ipcRenderer listeners receive it (electron.d.ts, WebContents.send).
    contents.send = (channel: string, ...args: unknown[]) => {
      record(channel, ...args);
      this.preload?.deliver(channel, args);
    };
    send({
      type: 'window:create',
      id: this.id,
      spec: { width: options.width ?? 800, height: options.height ?? 600, title: this.title },
    });
  }

  /**
   * Loads `url` in the page. The fake's own state (loadedURLs, webContents URL, isLoading) is
   * kept by the base class; 'did-finish-load' and the first 'ready-to-show' follow the page's
   * real load event (the test process reports it), as on X11: 'ready-to-show' is "Emitted when
   * the web page has been rendered (while not being shown) and window can be displayed without a
   * visual flash" (electron.d.ts, BrowserWindow 'ready-to-show').
   */
  override loadURL(url: string): Promise<void> {
    const result = super.loadURL(url);
    if (this.isDestroyed()) return result;
    const preloadPath = this.options.webPreferences?.preload;
    // The preload runs "before other scripts run in the page" on every load (electron.d.ts,
    // WebPreferences.preload), with the page's new document.
    this.preload = preloadPath ? new PreloadInstance(preloadPath, this.webContents) : null;
    send({ type: 'window:load', id: this.id, url });
    return result;
  }

  override show(): void {
    super.show();
    send({ type: 'window:show', id: this.id });
  }

  override hide(): void {
    super.hide();
    send({ type: 'window:hide', id: this.id });
  }

  override focus(): void {
    super.focus();
    send({ type: 'window:focus', id: this.id });
  }

  /**
   * "Try to close the window. This has the same effect as a user manually clicking the close
   * button" (electron.d.ts, BrowserWindow.close). The 'close' event "is emitted before the
   * beforeunload and unload event of the DOM. Calling event.preventDefault() will cancel the
   * close" — so: 'close', then the page unloads (its pagehide handlers run, and what they send
   * still reaches main), then the window is destroyed and 'closed' follows.
   */
  override close(): void {
    if (this.isDestroyed() || this.closing) return;
    const event = preventableEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.closing = true;
    void call({ type: 'window:close', id: this.id }).finally(() => this.destroy());
  }

  /**
   * "Force closing the window, the unload and beforeunload event won't be emitted for the web
   * page, and close event will also not be emitted for this window, but it guarantees the closed
   * event will be emitted" (electron.d.ts, BrowserWindow.destroy). The webContents is destroyed
   * at once, so anything the page still sends is dropped (app-host.ts refuses calls from a
   * destroyed window).
   */
  override destroy(): void {
    if (this.isDestroyed()) return;
    this.preload = null;
    super.destroy();
    send({ type: 'window:destroy', id: this.id });
  }
}
