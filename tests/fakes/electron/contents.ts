// Fake frames and webContents.
import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';
import { app } from './app';
import { nextId, originOf, preventableEvent } from './shared';

type FrameApi = Pick<Electron.WebFrameMain, 'url' | 'origin' | 'processId' | 'routingId' | 'name' | 'detached'>;

export class FakeWebFrame implements FrameApi {
  readonly frames: FakeWebFrame[] = [];
  readonly processId: number;
  readonly routingId = nextId();
  readonly name = '';
  detached = false;
  constructor(
    public url: string,
    public readonly parent: FakeWebFrame | null = null,
    processId?: number,
  ) {
    this.processId = processId ?? parent?.processId ?? nextId();
    parent?.frames.push(this);
  }
  get origin(): string {
    return originOf(this.url);
  }
  get top(): FakeWebFrame {
    return this.parent ? this.parent.top : this;
  }
}

type WebContentsApi = Pick<
  Electron.WebContents,
  | 'id'
  | 'isDestroyed'
  | 'getURL'
  | 'getTitle'
  | 'isLoading'
  | 'focus'
  | 'isFocused'
  | 'stopFindInPage'
  | 'findInPage'
  | 'setZoomFactor'
  | 'getZoomFactor'
  | 'openDevTools'
  | 'reload'
>;

export class FakeWebContents extends EventEmitter implements WebContentsApi {
  static all: FakeWebContents[] = [];
  readonly id = nextId();
  sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | null = null;
  readonly mainFrame: FakeWebFrame;
  findRequests: { text: string; options: Electron.FindInPageOptions | undefined }[] = [];
  stopFindActions: string[] = [];
  zoomFactor = 1;
  devToolsOpened = false;
  /** True from BrowserWindow.loadURL until 'did-finish-load'. */
  loading = false;
  private destroyed = false;
  private focused = false;

  constructor(url = 'about:blank') {
    super();
    this.mainFrame = new FakeWebFrame(url);
    FakeWebContents.all.push(this);
    app.emit('web-contents-created', preventableEvent(), this);
  }

  get url(): string {
    return this.mainFrame.url;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  /** Fake only: what the page's window.open(url) would get. Electron allows it when no handler is set. */
  tryOpenWindow(url: string): Electron.WindowOpenHandlerResponse {
    if (!this.windowOpenHandler) return { action: 'allow' };
    return this.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.url, policy: 'strict-origin-when-cross-origin' },
    } as Electron.HandlerDetails);
  }
  /** Fake only: emit an event whose first argument is preventable; true when a listener prevented it. */
  emitPreventable(name: string, ...args: unknown[]): boolean {
    const event = preventableEvent({ url: typeof args[0] === 'string' ? args[0] : undefined });
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
  /** Fake only: a child frame (e.g. an iframe) of the main frame. */
  addSubframe(url: string): FakeWebFrame {
    return new FakeWebFrame(url, this.mainFrame);
  }
  /** Fake only: what loadURL does to the page. */
  navigateTo(url: string): void {
    this.mainFrame.url = url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Fake only (Electron destroys webContents with their window). */
  destroyContents(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.mainFrame.detached = true;
    this.emit('destroyed');
  }
  getURL(): string {
    return this.url;
  }
  getTitle(): string {
    return '';
  }
  isLoading(): boolean {
    return this.loading;
  }
  focus(): void {
    this.focused = true;
  }
  isFocused(): boolean {
    return this.focused;
  }
  findInPage(text: string, options?: Electron.FindInPageOptions): number {
    this.findRequests.push({ text, options });
    return this.findRequests.length;
  }
  stopFindInPage(action: 'clearSelection' | 'keepSelection' | 'activateSelection'): void {
    this.stopFindActions.push(action);
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  getZoomFactor(): number {
    return this.zoomFactor;
  }
  openDevTools(): void {
    this.devToolsOpened = true;
  }
  reload(): void {}
}

export const webContents = {
  getAllWebContents: () => FakeWebContents.all.filter((w) => !w.isDestroyed()),
  fromId: (id: number) => FakeWebContents.all.find((w) => w.id === id),
  getFocusedWebContents: () => FakeWebContents.all.find((w) => w.isFocused() && !w.isDestroyed()) ?? null,
};
