// The test process's handle on one running Attune: the app process (built main + fake electron)
// and its windows, which are pages of one Chromium browser context (one Electron session).
// Page requests go to main's app:// handler, `window.attune` calls go to the preload and main's
// ipcMain handlers; the tray, second launches and the clock are driven through requests.
import { type ChildProcess, fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Route } from '@playwright/test';
import { DEVELOPMENT_NAME } from '../../../src/main/adapters/dev-identity';
import type { AppLog } from './app-log';
import {
  APP_ORIGIN,
  type AppToTest,
  type NetReply,
  PAGE_ORIGIN,
  type TestRequest,
  type TestToApp,
  type TraySnapshot,
  toAppUrl,
  toPageUrl,
  type WindowSpec,
} from './messages';
import { BINDING, installPageBridge } from './page-bridge';
import { until } from './time';

const PROCESS_SCRIPT = path.resolve(import.meta.dirname, 'app-process.mjs');

export interface AppPaths {
  /** The bundled fake (tests/e2e/harness/electron-e2e.ts). */
  fakeFile: string;
  mainFile: string;
  /** A private home: XDG_CONFIG_HOME = home/.config, user data in home/.config/Attune Dev. */
  home: string;
}

export interface LaunchOptions extends AppPaths {
  browser: Browser;
  log: AppLog;
  args?: string[];
  /** Epoch ms the app's clock starts at (it then flows with real time). */
  clockStart: number;
  /** The time zone of the app process and its pages. */
  timeZone: string;
  /** The desktop prefers dark colours. */
  dark?: boolean;
  /** The desktop's languages, as Linux sets them (LANGUAGE, e.g. "de_DE.UTF-8:en"); unset: the runner's. */
  language?: string;
}

export interface AppWindow {
  id: number;
  /** The address loadURL asked for, until its navigation request is seen. */
  loading: string | null;
  spec: WindowSpec;
  page: Page;
  visible: boolean;
  destroyed: boolean;
}

/** Electron's appData on Linux: $XDG_CONFIG_HOME (set to home/.config for the app process). */
export const appDataOf = (home: string) => path.join(home, '.config');
/** Where the app keeps its files: an unpackaged app moves them to `<appData>/Attune Dev`. */
export const userDataOf = (home: string) => path.join(appDataOf(home), DEVELOPMENT_NAME);

function processEnv(home: string, timeZone: string, language?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    TZ: timeZone,
    NODE_OPTIONS: '',
  };
  delete env.ELECTRON_RENDERER_URL;
  // The fake's app.getPreferredSystemLanguages() reads these as GLib does (tests/fakes/electron/app.ts).
  if (language) {
    env.LANGUAGE = language;
    env.LANG = language.split(':')[0];
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
  }
  return env;
}

function forkApp(
  paths: AppPaths,
  extra: { args: string[]; second: boolean; clockStart?: number; timeZone: string; dark?: boolean; language?: string },
) {
  const configFile = path.join(paths.home, `.attune-e2e-${extra.second ? 'second' : 'app'}-${Date.now()}.json`);
  writeFileSync(
    configFile,
    JSON.stringify({
      fakeFile: paths.fakeFile,
      mainFile: paths.mainFile,
      appData: appDataOf(paths.home),
      appPath: process.cwd(),
      args: extra.args,
      second: extra.second,
      clockStart: extra.clockStart,
      dark: extra.dark ?? false,
    }),
  );
  return fork(PROCESS_SCRIPT, [configFile], {
    cwd: process.cwd(),
    env: processEnv(paths.home, extra.timeZone, extra.language),
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
}

export interface SecondLaunch {
  code: number | null;
  stdout: string;
  stderr: string;
}

export class AttuneApp {
  private readonly windows = new Map<number, AppWindow & { ready: Promise<Page>; delivering: Promise<unknown> }>();
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private lastSeq = 0;
  private exitInfo: { code: number | null } | null = null;
  readonly exited: Promise<{ code: number | null }>;

  private constructor(
    private readonly child: ChildProcess,
    readonly context: BrowserContext,
    private readonly options: LaunchOptions,
  ) {
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        this.exitInfo = { code };
        this.options.log.write('harness', `app process exited with ${code}`);
        for (const p of this.pending.values()) p.reject(new Error('the app process exited'));
        this.pending.clear();
        resolve({ code });
      }),
    );
  }

  static async launch(options: LaunchOptions): Promise<AttuneApp> {
    const context = await options.browser.newContext({
      timezoneId: options.timeZone,
      locale: 'en-GB',
      colorScheme: options.dark ? 'dark' : 'light',
    });
    const child = forkApp(options, {
      args: options.args ?? [],
      second: false,
      clockStart: options.clockStart,
      timeZone: options.timeZone,
      dark: options.dark ?? false,
      ...(options.language ? { language: options.language } : {}),
    });
    const app = new AttuneApp(child, context, options);
    child.stdout?.on('data', (d: Buffer) => options.log.write('app', d.toString()));
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
      options.log.write('app:stderr', d.toString());
    });
    await context.exposeBinding(BINDING, (source, message) => app.fromPage(source.page, source.frame, message));
    await context.addInitScript(installPageBridge, BINDING);
    await context.route('**/*', (route) => app.serve(route));
    const started = new Promise<void>((resolve, reject) => {
      child.on('message', (m: AppToTest) => {
        if (m.type === 'started') resolve();
        app.onMessage(m);
      });
      child.on('exit', (code) => reject(new Error(`the app process exited (${code}) before it started`)));
    });
    await started;
    options.log.write('harness', `app started with [${(options.args ?? []).join(' ')}]`);
    // Started, and it has asked the desktop how to show reminders. Until then no journey moves
    // the clock: an hour passing at once would run out the timers of questions still on the bus
    // (a second in real time), which no hour on a real desktop does.
    await until('the app to choose how reminders are shown', () => /attune: reminders: /.test(stderr), 10_000);
    return app;
  }

  /** Starts a second copy with `args`, as a person would from a terminal or launcher. */
  async secondLaunch(args: string[]): Promise<SecondLaunch> {
    const child = forkApp(this.options, { args, second: true, timeZone: this.options.timeZone });
    let stdout = '';
    let stderr = '';
    let lockRequests: unknown[] = [];
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('message', (m: AppToTest) => {
      if (m.type === 'exiting') lockRequests = m.lockRequests;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    this.options.log.write('second launch', `[${args.join(' ')}] exited ${code}; stderr: ${stderr.trim()}`);
    // requestSingleInstanceLock(additionalData): the first instance's 'second-instance' event
    // receives the second's argv and additionalData (electron.d.ts, App 'second-instance').
    if (lockRequests.length > 0)
      await this.request({
        type: 'second-instance',
        argv: [process.execPath, this.options.mainFile, ...args],
        additionalData: lockRequests[0],
      });
    return { code, stdout, stderr };
  }

  request(request: TestRequest): Promise<unknown> {
    if (this.exitInfo) return Promise.reject(new Error(`the app process has exited (asked: ${request.type})`));
    const seq = ++this.lastSeq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.child.send({ type: 'request', seq, request } satisfies TestToApp);
    });
  }

  tray(): Promise<TraySnapshot> {
    return this.request({ type: 'tray' }) as Promise<TraySnapshot>;
  }

  /** Clicks a tray menu item by its labels, e.g. clickTray('Take a pause now', 'Three breaths'). */
  async clickTray(...labels: string[]): Promise<void> {
    this.options.log.write('harness', `tray click: ${labels.join(' → ')}`);
    await this.request({ type: 'tray:click', path: labels });
  }

  /** The tray's first line (the status). */
  async statusLine(): Promise<string> {
    return (await this.tray()).items[0]?.label ?? '';
  }

  /** Moves the app's clock forward by `ms`, firing its timers in order; returns the new time. */
  async tick(ms: number): Promise<number> {
    this.options.log.write('harness', `clock forward ${ms / 1000} s`);
    return (await this.request({ type: 'clock:tick', ms })) as number;
  }

  async now(): Promise<number> {
    return (await this.request({ type: 'clock:now' })) as number;
  }

  /** The open (not destroyed) windows, oldest first. */
  openWindows(): AppWindow[] {
    return [...this.windows.values()].filter((w) => !w.destroyed);
  }

  /** Waits for a shown window whose page address (hash route) matches `route`, and returns its page. */
  async window(route: RegExp, timeout = 10_000): Promise<Page> {
    const end = Date.now() + timeout;
    for (;;) {
      for (const w of this.openWindows()) {
        if (w.visible && w.page && !w.page.isClosed() && route.test(w.page.url())) return w.page;
      }
      if (Date.now() > end) {
        const open = this.openWindows().map((w) => `${w.page.url()}${w.visible ? '' : ' (hidden)'}`);
        throw new Error(`no window showing ${route} (open: ${open.join(', ') || 'none'})`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The window manager's close button on the window showing `page`. */
  async closeWindow(page: Page): Promise<void> {
    const w = this.openWindows().find((x) => x.page === page);
    if (!w) throw new Error('that page is not an open window');
    await this.request({ type: 'user-close', id: w.id });
  }

  /**
   * Presses a key that closes the window showing `page` (Esc). The window may close between the
   * key going down and coming up, as a real one can; only then is the page's being gone expected.
   */
  async pressToClose(page: Page, key: string): Promise<void> {
    await page.keyboard.press(key).catch((err: Error) => {
      if (!page.isClosed()) throw err;
    });
  }

  /** Quits through the app (as the tray's Quit does) and waits for its process to end. */
  async quit(): Promise<void> {
    if (!this.exitInfo) await this.request({ type: 'quit' }).catch(() => {});
    await this.exited;
    await this.context.close();
  }

  /** Stops everything, whatever state it is in (after a failure). */
  async kill(): Promise<void> {
    if (!this.exitInfo) {
      await Promise.race([this.quit(), new Promise((r) => setTimeout(r, 3000))]);
      if (!this.exitInfo) this.child.kill('SIGKILL');
    }
    await this.context.close().catch(() => {});
  }

  // --- the app process's messages -------------------------------------------------------------

  private onMessage(m: AppToTest): void {
    switch (m.type) {
      case 'reply': {
        const p = this.pending.get(m.seq);
        this.pending.delete(m.seq);
        if (m.ok) p?.resolve(m.value);
        else p?.reject(new Error(m.error));
        return;
      }
      case 'call':
        void this.closePage(m.op.id).then(
          () => this.child.send({ type: 'reply', seq: m.seq, ok: true } satisfies TestToApp),
          (err: Error) => this.child.send({ type: 'reply', seq: m.seq, ok: false, error: err.message }),
        );
        return;
      case 'window:create':
        this.createWindow(m.id, m.spec);
        return;
      case 'window:load':
        this.withPage(m.id, async (page, w) => {
          this.options.log.write('harness', `window ${m.id} loads ${m.url}`);
          w.loading = toPageUrl(m.url).split('#')[0] ?? null;
          await page.goto(toPageUrl(m.url), { waitUntil: 'load' });
          await this.request({ type: 'loaded', id: m.id });
        });
        return;
      case 'window:show':
      case 'window:focus':
        this.withPage(m.id, async (page, w) => {
          w.visible = true;
          await page.bringToFront();
        });
        return;
      case 'window:hide': {
        const w = this.windows.get(m.id);
        if (w) w.visible = false;
        return;
      }
      case 'window:destroy': {
        // Destroyed in main: from now on the window is gone for the test too.
        const w = this.windows.get(m.id);
        if (w) {
          w.destroyed = true;
          w.visible = false;
        }
        void this.closePage(m.id);
        return;
      }
      case 'deliver': {
        const w = this.windows.get(m.id);
        if (!w) return;
        w.delivering = w.delivering
          .then(() => w.ready)
          .then((page) =>
            page.evaluate(
              ([subId, data]) =>
                (window as unknown as { __attuneDeliver(s: number, d: unknown): void }).__attuneDeliver(subId, data),
              [m.subId, m.data] as const,
            ),
          )
          .catch((err: Error) => this.options.log.write('harness', `delivery to window ${m.id}: ${err.message}`));
        return;
      }
      case 'log':
        this.options.log.write('app', m.line);
        return;
      default:
        return;
    }
  }

  private createWindow(id: number, spec: WindowSpec): void {
    this.options.log.write('harness', `window ${id} created (${spec.width}×${spec.height}, "${spec.title}")`);
    const ready = this.context.newPage().then(async (page) => {
      await page.setViewportSize({ width: spec.width, height: spec.height });
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame() || w.destroyed) return;
        void this.request({ type: 'navigated', id, url: toAppUrl(frame.url()) }).catch(() => {});
      });
      page.on('console', (msg) => this.options.log.write(`window ${id} console.${msg.type()}`, msg.text()));
      page.on('pageerror', (err) => this.options.log.write(`window ${id} error`, err.stack ?? err.message));
      w.page = page;
      return page;
    });
    const w = {
      id,
      spec,
      page: null as unknown as Page,
      loading: null as string | null,
      visible: false,
      destroyed: false,
      ready,
      delivering: Promise.resolve() as Promise<unknown>,
    };
    this.windows.set(id, w);
  }

  private chain = new Map<number, Promise<void>>();
  /** Runs `fn` once the window's page exists, after earlier operations on the same window. */
  private withPage(id: number, fn: (page: Page, w: AppWindow) => Promise<void>): void {
    const w = this.windows.get(id);
    if (!w) return;
    const next = (this.chain.get(id) ?? Promise.resolve())
      .then(() => w.ready)
      .then((page) => (w.destroyed ? undefined : fn(page, w)))
      .catch((err: Error) => this.options.log.write('harness', `window ${id}: ${err.message}`));
    this.chain.set(id, next);
  }

  private async closePage(id: number): Promise<void> {
    const w = this.windows.get(id);
    if (!w) return;
    const page = await w.ready;
    if (page.isClosed()) return;
    this.options.log.write('harness', `window ${id} closes`);
    // A normal close: the page unloads and its pagehide handlers run (whatever they send
    // still reaches main, which has not destroyed the window yet).
    const closed = page.waitForEvent('close', { timeout: 10_000 }).catch(() => {});
    await page.close({ runBeforeUnload: true }).catch(() => {});
    await closed;
  }

  /** A page's `window.attune` call. */
  private async fromPage(
    page: Page,
    frame: { url(): string } & object,
    message: unknown,
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
    const w = [...this.windows.values()].find((x) => x.page === page);
    if (!w) return { ok: false, error: 'this page is not an Attune window' };
    const call = message as { op: string; channel?: string; event?: string };
    this.options.log.write(`window ${w.id} → main`, `${call.op} ${call.channel ?? call.event ?? ''}`);
    try {
      const value = await this.request({
        type: 'ipc',
        id: w.id,
        frameUrl: toAppUrl(frame.url()),
        mainFrame: frame === page.mainFrame(),
        call: message as Extract<TestRequest, { type: 'ipc' }>['call'],
      });
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  }

  /** A main-frame navigation the page started itself goes past main's 'will-navigate' listeners. */
  private async mayNavigate(frame: import('@playwright/test').Frame, pageUrl: string): Promise<boolean> {
    const w = this.openWindows().find((x) => x.page && x.page.mainFrame() === frame);
    if (!w) return true;
    if (w.loading !== null && pageUrl.split('#')[0] === w.loading) {
      w.loading = null;
      return true;
    }
    const prevented = await this.request({ type: 'will-navigate', id: w.id, url: toAppUrl(pageUrl) }).catch(() => true);
    return prevented !== true;
  }

  /** Every request a page makes: answered by the app process (its guard, then main's handler). */
  private async serve(route: Route): Promise<void> {
    const request = route.request();
    const url = toAppUrl(request.url());
    if (request.isNavigationRequest() && !(await this.mayNavigate(request.frame(), request.url()))) {
      this.options.log.write('harness', `navigation stopped by the app: ${url}`);
      await route.abort('aborted').catch(() => {});
      return;
    }
    let reply: NetReply;
    try {
      reply = (await this.request({
        type: 'net',
        url,
        method: request.method(),
        headers: request.headers(),
        resourceType: request.resourceType(),
      })) as NetReply;
    } catch (err) {
      this.options.log.write('harness', `request ${url}: ${(err as Error).message}`);
      await route.abort('failed').catch(() => {});
      return;
    }
    if (reply.cancel) {
      this.options.log.write('harness', `request refused by the app: ${url}`);
      await route.abort('blockedbyclient').catch(() => {});
      return;
    }
    let body: Buffer | undefined = reply.body ? Buffer.from(reply.body) : undefined;
    if (body && (reply.headers['content-type'] ?? '').startsWith('text/html')) body = withPageOriginCsp(body);
    await route.fulfill({ status: reply.status, headers: reply.headers, ...(body && { body }) }).catch(() => {});
  }
}

/**
 * The built index.html's CSP meta tag names the app's origin (script-src app://attune). Chromium
 * loads the page from PAGE_ORIGIN instead (it cannot register app:// as a standard scheme the
 * way Electron does), so inside that one tag the origin is mapped the same way as every URL.
 * The header CSP from main's handler ('self' only) is passed on untouched; both apply.
 */
function withPageOriginCsp(body: Buffer): Buffer {
  const html = body.toString('utf8');
  const mapped = html.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i,
    (_m, open: string, policy: string, close: string) => open + policy.replaceAll(APP_ORIGIN, PAGE_ORIGIN) + close,
  );
  return Buffer.from(mapped, 'utf8');
}
