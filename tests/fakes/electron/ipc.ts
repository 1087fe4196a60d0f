// Fake ipcMain, ipcRenderer and contextBridge.
import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';
import { FakeWebContents, type FakeWebFrame } from './contents';
import { asElectron, preventableEvent } from './shared';

type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** An IpcMainInvokeEvent from `sender` (default: a fresh webContents) and `senderFrame`. */
export function invokeEvent(
  from: { sender?: FakeWebContents; senderFrame?: FakeWebFrame | null } = {},
): Electron.IpcMainInvokeEvent {
  const sender = from.sender ?? new FakeWebContents('app://attune/index.html');
  const frame = from.senderFrame === undefined ? sender.mainFrame : from.senderFrame;
  return asElectron<Electron.IpcMainInvokeEvent>({
    ...preventableEvent(),
    sender,
    senderFrame: frame,
    frameId: frame?.routingId ?? 0,
    processId: frame?.processId ?? 0,
    type: 'frame',
  });
}

class FakeIpcMain extends EventEmitter implements Pick<Electron.IpcMain, 'handle' | 'handleOnce' | 'removeHandler'> {
  handlers = new Map<string, InvokeHandler>();
  handle(channel: string, listener: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  handleOnce(channel: string, listener: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.handlers.delete(channel);
      return listener(event, ...args);
    });
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Fake only: a renderer's ipcRenderer.invoke(channel, ...args) arriving with `event`. */
  async invoke(channel: string, event: Electron.IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
  resetState(): void {
    this.removeAllListeners();
    this.handlers = new Map();
  }
}
export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  invoked: { channel: string; args: unknown[] }[] = [];
  sent: { channel: string; args: unknown[] }[] = [];
  /** Answers invoke() when set; otherwise invoke goes to ipcMain's handler. */
  respond: ((channel: string, ...args: unknown[]) => unknown) | null = null;
  /** The webContents main sees as the sender of this renderer's invokes. */
  fakeSender: FakeWebContents | null = null;
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    if (this.respond) return this.respond(channel, ...args);
    return ipcMain.invoke(channel, invokeEvent(this.fakeSender ? { sender: this.fakeSender } : {}), ...args);
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** Fake only: main sent `channel` to this renderer; listeners get (IpcRendererEvent, ...args). */
  deliver(channel: string, ...args: unknown[]): void {
    const event = asElectron<Electron.IpcRendererEvent>({ sender: this, ports: [], senderId: 0 });
    this.emit(channel, event, ...args);
  }
  resetState(): void {
    this.removeAllListeners();
    this.invoked = [];
    this.sent = [];
    this.respond = null;
    this.fakeSender = null;
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(apiKey: string, api: unknown): void {
    if (contextBridge.exposed.has(apiKey))
      throw new Error(`Cannot bind an API on top of an existing property "${apiKey}"`);
    contextBridge.exposed.set(apiKey, api);
  },
};
contextBridge satisfies Pick<Electron.ContextBridge, 'exposeInMainWorld'>;
