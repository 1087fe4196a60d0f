// The fake `app` (see ../electron.ts for the test-side API).
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as Electron from 'electron';
import { fakePlatform, isMac, platformState } from './platform';
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
  | 'setName'
  | 'getAppPath'
  | 'getPath'
  | 'setPath'
  | 'getLocale'
  | 'getSystemLocale'
  | 'getPreferredSystemLanguages'
  | 'quit'
  | 'exit'
  | 'relaunch'
  | 'focus'
  | 'setAppUserModelId'
  | 'setLoginItemSettings'
  | 'isPackaged'
>;
type DockApi = Pick<Electron.Dock, 'hide' | 'show' | 'isVisible' | 'setIcon'>;
type CommandLineApi = Pick<
  Electron.CommandLine,
  'appendSwitch' | 'hasSwitch' | 'getSwitchValue' | 'removeSwitch' | 'appendArgument'
>;

/** app.commandLine: switches appended by the app, in order (Chromium reads most before ready). */
export class FakeCommandLine implements CommandLineApi {
  switches = new Map<string, string>();
  args: string[] = [];
  appendSwitch(name: string, value = ''): void {
    this.switches.set(name, value);
  }
  hasSwitch(name: string): boolean {
    return this.switches.has(name);
  }
  getSwitchValue(name: string): string {
    return this.switches.get(name) ?? '';
  }
  removeSwitch(name: string): void {
    this.switches.delete(name);
  }
  appendArgument(value: string): void {
    this.args.push(value);
  }
}

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
  /**
   * userData folders whose single-instance lock another running copy holds (an installed Attune).
   * Electron's lock is Chromium's ProcessSingleton on the user-data directory
   * (shell/browser/api/electron_api_app.cc, App::RequestSingleInstanceLock), so a copy with its
   * own userData takes its own lock.
   */
  locksHeldElsewhere = new Set<string>();
  /** The userData folder at each lock request, in order. */
  lockDirs: string[] = [];
  /** Every app.focus() call's options. */
  focusCalls: (Electron.FocusOptions | undefined)[] = [];
  /** darwin: another app is active (frontmost). Only app.focus({ steal: true }) activates Attune then. */
  otherAppActive = false;
  commandLine = new FakeCommandLine();
  private ready = false;
  private readyPromise!: Promise<void>;
  private resolveReady!: () => void;
  private holdsLock = false;
  private startName = 'Attune';
  private paths = new Map<string, string>();
  private tempBase: string | null = null;

  private readonly dockApi: DockApi = {
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

  /** app.dock exists on macOS only (electron.d.ts: "@platform darwin"); undefined elsewhere. */
  get dock(): DockApi | undefined {
    const mode = fakePlatform();
    return mode === 'darwin' || !isPlatformChosen() ? this.dockApi : undefined;
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
    const dir = this.getPath('userData');
    this.lockDirs.push(dir);
    this.holdsLock = this.lockAvailable && !this.locksHeldElsewhere.has(dir);
    return this.holdsLock;
  }
  hasSingleInstanceLock(): boolean {
    return this.holdsLock;
  }
  releaseSingleInstanceLock(): void {
    this.holdsLock = false;
  }
  /**
   * Fake only: the person opens Attune again while it runs. On macOS (Finder, Dock, Launchpad,
   * Spotlight) LaunchServices starts no second process: the running app gets 'activate'
   * (electron.d.ts, App 'activate': "attempting to re-launch the application when it's already
   * running", @platform darwin). Elsewhere a second process starts and asks for the lock, so the
   * running copy gets 'second-instance' with that launch's arguments.
   */
  launchAgain(args: string[] = []): void {
    if (isMac()) {
      const visible = false;
      this.emit('activate', preventableEvent(), visible);
      return;
    }
    this.emitSecondInstance([process.execPath, ...args], { argv: args });
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
  /** Changes the name only: userData was fixed from the name at start-up (lib/browser/init.ts). */
  setName(name: string): void {
    this.name = name;
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
  /** What a test sets as the system's preferred languages; null: on Linux, read from the environment. */
  preferredSystemLanguages: string[] | null = null;
  // Electron's app.getPreferredSystemLanguages() (docs/api/app.md): the preferred languages, most
  // preferred first, with country codes where they apply. macOS reads [NSLocale preferredLanguages]
  // ("fr-CA", "en-US"); Windows GlobalizationPreferences ("fr-CA", "zh-Hans-CN"); Linux
  // g_get_language_names(), i.e. LANGUAGE (a colon list), else LC_ALL, LC_MESSAGES or LANG, each
  // with its GLib variants ("de_DE.UTF-8", "de_DE", "de.UTF-8", "de"), without GLib's trailing
  // "C" (electron/electron#36035, "Don't add C to list").
  getPreferredSystemLanguages(): string[] {
    if (this.preferredSystemLanguages) return [...this.preferredSystemLanguages];
    if (!fakePlatform().startsWith('linux')) return ['en-GB'];
    return linuxLanguageNames(process.env);
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    const set = this.paths.get(name);
    if (set) return set;
    if (name === 'temp') return tmpdir();
    if (name === 'exe') return process.execPath;
    if (!this.tempBase) this.tempBase = mkdtempSync(path.join(tmpdir(), 'attune-fake-electron-'));
    // userData is appData + the app's name as it was at start-up (Electron's lib/browser/init.ts).
    const dir =
      name === 'userData' ? path.join(this.getPath('appData'), this.startName) : path.join(this.tempBase, name);
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
  /**
   * macOS: makes Attune the active app; while another app is active only `steal: true` does
   * (macOS 14 cooperative activation: NSApplication.activate() may be declined; electron.d.ts
   * FocusOptions.steal: "even if another app is currently active"). Other platforms: recorded.
   */
  focus(options?: Electron.FocusOptions): void {
    this.focusCalls.push(options);
    if (isMac() && options?.steal) this.otherAppActive = false;
  }
  /** Fake only: whether Attune is the active app (always true outside macOS). */
  isActive(): boolean {
    return !isMac() || !this.otherAppActive;
  }
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
    this.startName = 'Attune';
    this.appPath = process.cwd();
    this.lockAvailable = true;
    this.locksHeldElsewhere = new Set();
    this.lockDirs = [];
    this.focusCalls = [];
    this.otherAppActive = false;
    this.commandLine = new FakeCommandLine();
    this.lockRequests = [];
    this.quitCalls = 0;
    this.exitCodes = [];
    this.relaunchCalls = 0;
    this.dockHidden = false;
    this.loginItem = null;
    this.holdsLock = false;
    this.paths = new Map();
    this.systemLocale = 'en-GB';
    this.preferredSystemLanguages = null;
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

function isPlatformChosen(): boolean {
  return platformState.mode !== null;
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

/** GLib's g_get_language_names() from the environment (gutils.c: guess_category_value, g_get_locale_variants). */
export function linuxLanguageNames(env: NodeJS.ProcessEnv): string[] {
  const category = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v) ?? '';
  // GLib reads LANGUAGE only when the messages locale isn't "C" (gettext's rule).
  const list = env.LANGUAGE && category !== 'C' && category !== 'POSIX' ? env.LANGUAGE.split(':') : [category];
  const names: string[] = [];
  for (const entry of list.filter((e) => e && e !== 'C' && e !== 'POSIX')) {
    const m = /^([^_.@]+)(_[^.@]+)?(\.[^@]+)?(@.+)?$/.exec(entry);
    if (!m) continue;
    const [, lang, territory = '', codeset = '', modifier = ''] = m;
    // GLib's order: the modifier varies slowest, then the territory, then the codeset.
    for (const mod of modifier ? [modifier, ''] : [''])
      for (const t of territory ? [territory, ''] : [''])
        for (const c of codeset ? [codeset, ''] : ['']) names.push(`${lang}${t}${c}${mod}`);
  }
  return [...new Set(names)];
}
