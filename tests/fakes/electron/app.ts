// The fake `app` (see ../electron.ts for the test-side API).
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as Electron from 'electron';
import { preventableEvent } from './shared';

type AppApi = Pick<
  Electron.App,
  | 'whenReady'
  | 'isReady'
  | 'requestSingleInstanceLock'
  | 'hasSingleInstanceLock'
  | 'releaseSingleInstanceLock'
  | 'getVersion'
  | 'getName'
  | 'getAppPath'
  | 'getPath'
  | 'setPath'
  | 'getLocale'
  | 'getSystemLocale'
  | 'quit'
  | 'exit'
  | 'relaunch'
  | 'focus'
  | 'setAppUserModelId'
  | 'setLoginItemSettings'
  | 'isPackaged'
>;
type DockApi = Pick<Electron.Dock, 'hide' | 'show' | 'isVisible' | 'setIcon'>;

export class FakeApp extends EventEmitter implements AppApi {
  isPackaged = false;
  version = packageVersion();
  name = 'Attune';
  appPath = process.cwd();
  lockAvailable = true;
  lockRequests: unknown[] = [];
  quitCalls = 0;
  exitCodes: number[] = [];
  relaunchCalls = 0;
  dockHidden = false;
  loginItem: Electron.Settings | null = null;
  private ready = false;
  private readyPromise!: Promise<void>;
  private resolveReady!: () => void;
  private holdsLock = false;
  private paths = new Map<string, string>();
  private tempBase: string | null = null;

  readonly dock: DockApi = {
    hide: () => {
      this.dockHidden = true;
    },
    show: async () => {
      this.dockHidden = false;
    },
    isVisible: () => !this.dockHidden,
    setIcon: () => {},
  };

  constructor() {
    super();
    this.resetState();
  }

  /** Fake only: emit 'ready' and resolve whenReady(). */
  markReady(): void {
    if (this.ready) return;
    this.ready = true;
    this.emit('ready', preventableEvent(), {});
    this.resolveReady();
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.lockRequests.push(additionalData);
    this.holdsLock = this.lockAvailable;
    return this.lockAvailable;
  }
  hasSingleInstanceLock(): boolean {
    return this.holdsLock;
  }
  releaseSingleInstanceLock(): void {
    this.holdsLock = false;
  }
  /** Fake only: what Electron does when a second copy starts and asks for the lock. */
  emitSecondInstance(argv: string[], additionalData?: unknown, cwd = process.cwd()): void {
    this.emit('second-instance', preventableEvent(), argv, cwd, additionalData);
  }
  getVersion(): string {
    return this.version;
  }
  getName(): string {
    return this.name;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getLocale(): string {
    return 'en-GB';
  }
  /** What a test sets as the system's regional format (e.g. 'en-US' for 12-hour times). */
  systemLocale = 'en-GB';
  // Electron's app.getSystemLocale() (electron.d.ts, "app.getSystemLocale()"): the operating
  // system's locale including its region, e.g. 'en-US' or 'de-DE', after `ready`; the regional
  // format Windows 11 and macOS use for dates and times.
  getSystemLocale(): string {
    return this.systemLocale;
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    const set = this.paths.get(name);
    if (set) return set;
    if (name === 'temp') return tmpdir();
    if (name === 'exe') return process.execPath;
    if (!this.tempBase) this.tempBase = mkdtempSync(path.join(tmpdir(), 'attune-fake-electron-'));
    const dir = path.join(this.tempBase, name);
    mkdirSync(dir, { recursive: true });
    this.paths.set(name, dir);
    return dir;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  quit(): void {
    this.quitCalls++;
    const before = preventableEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    const willQuit = preventableEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit', preventableEvent(), 0);
  }
  exit(exitCode = 0): void {
    this.exitCodes.push(exitCode);
  }
  relaunch(): void {
    this.relaunchCalls++;
  }
  focus(): void {}
  setAppUserModelId(): void {}
  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItem = { ...settings };
  }
  getLoginItemSettings(): Pick<Electron.LoginItemSettings, 'openAtLogin'> {
    return { openAtLogin: this.loginItem?.openAtLogin ?? false };
  }

  resetState(ready = false): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.version = packageVersion();
    this.name = 'Attune';
    this.appPath = process.cwd();
    this.lockAvailable = true;
    this.lockRequests = [];
    this.quitCalls = 0;
    this.exitCodes = [];
    this.relaunchCalls = 0;
    this.dockHidden = false;
    this.loginItem = null;
    this.holdsLock = false;
    this.paths = new Map();
    if (this.tempBase) rmSync(this.tempBase, { recursive: true, force: true });
    this.tempBase = null;
    this.ready = false;
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    if (ready) this.markReady();
  }

  /** Removes the temp folder this fake made (also done on reset and at process exit). */
  cleanUp(): void {
    if (this.tempBase) rmSync(this.tempBase, { recursive: true, force: true });
    this.tempBase = null;
  }
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const app = new FakeApp();
process.once('exit', () => app.cleanUp());
