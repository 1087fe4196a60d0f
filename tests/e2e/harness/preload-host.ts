// Runs the built preload bundle (out/preload/index.cjs) for one page load of one window, in Node,
// against a contextBridge and an ipcRenderer of its own. What it exposes with
// contextBridge.exposeInMainWorld is what the page's `window.attune` calls into (page-bridge.ts).
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { compileFunction } from 'node:vm';
import type * as Electron from 'electron';
import { type FakeWebContents, FakeWebFrame, invokeEvent, ipcMain } from '../../fakes/electron';

/**
 * This window's ipcRenderer. invoke() reaches main's ipcMain.handle handler with an event whose
 * sender is this window's webContents and whose senderFrame is the frame that called.
 * Electron: "Arguments will be serialized with the Structured Clone Algorithm, just like
 * window.postMessage" (ipcRenderer.invoke/send, and webContents.send the other way, in
 * electron.d.ts) — hence structuredClone both ways.
 */
class WindowIpcRenderer extends EventEmitter {
  /** The frame the current call comes from (set by PreloadInstance around each call). */
  frame: FakeWebFrame;
  constructor(private readonly contents: FakeWebContents) {
    super();
    this.frame = contents.mainFrame;
  }
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const event = invokeEvent({ sender: this.contents, senderFrame: this.frame });
    return structuredClone(await ipcMain.invoke(channel, event, ...structuredClone(args)));
  }
  /** main's webContents.send(channel, ...args) arriving here. */
  deliver(channel: string, args: unknown[]): void {
    const event = { sender: this, senderId: 0, ports: [] } as unknown as Electron.IpcRendererEvent;
    this.emit(channel, event, ...structuredClone(args));
  }
}

interface ExposedApi {
  invoke(channel: string, ...payload: unknown[]): Promise<unknown>;
  on(event: string, listener: (data: unknown) => void): () => void;
}

export class PreloadInstance {
  readonly exposed = new Map<string, unknown>();
  readonly ipcRenderer: WindowIpcRenderer;
  private readonly subscriptions = new Map<number, () => void>();

  constructor(
    preloadPath: string,
    private readonly contents: FakeWebContents,
  ) {
    this.ipcRenderer = new WindowIpcRenderer(contents);
    const contextBridge = {
      exposeInMainWorld: (key: string, api: unknown) => {
        if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property "${key}"`);
        this.exposed.set(key, api);
      },
    };
    // A sandboxed preload's `require` offers only a subset of modules: `electron` (the renderer
    // modules, of which Attune's preload uses contextBridge and ipcRenderer), `events`, `timers`
    // and `url` (Electron docs, "Process Sandboxing" → "Preload scripts").
    const electron = { contextBridge, ipcRenderer: this.ipcRenderer };
    const sandboxRequire = (id: string): unknown => {
      if (id === 'electron') return electron;
      if (id === 'events') return { EventEmitter, default: EventEmitter };
      throw new Error(`module not found: ${id} (a sandboxed preload cannot require it)`);
    };
    const module = { exports: {} as unknown };
    const run = compileFunction(readFileSync(preloadPath, 'utf8'), ['require', 'module', 'exports'], {
      filename: preloadPath,
    });
    run(sandboxRequire, module, module.exports);
  }

  /** The object the preload exposed as `window.attune`. */
  private api(): ExposedApi {
    const api = this.exposed.get('attune') as ExposedApi | undefined;
    if (!api) throw new Error('the preload exposed no `attune` object');
    return api;
  }

  /** A call from the page, made from `frame`. */
  invoke(frame: FakeWebFrame, channel: string, payload: unknown[]): Promise<unknown> {
    this.ipcRenderer.frame = frame;
    try {
      return this.api().invoke(channel, ...payload);
    } finally {
      this.ipcRenderer.frame = this.contents.mainFrame;
    }
  }

  subscribe(event: string, subId: number, forward: (data: unknown) => void): void {
    this.subscriptions.set(subId, this.api().on(event, forward));
  }

  unsubscribe(subId: number): void {
    this.subscriptions.get(subId)?.();
    this.subscriptions.delete(subId);
  }

  deliver(channel: string, args: unknown[]): void {
    this.ipcRenderer.deliver(channel, args);
  }

  /** A frame other than the main one (an iframe) calling. */
  static subframe(contents: FakeWebContents, url: string): FakeWebFrame {
    return new FakeWebFrame(url, contents.mainFrame);
  }
}
