// The built main bundle (out/main/index.js) started in plain Node, with the typed Electron fake
// standing in for `electron` through a module loader hook (tests/build/boot/). This catches
// bundling and module-format mistakes that tests of the sources cannot: the bundle must load as
// ESM, find its preload, renderer and icons from where it is, and run start() for real.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../src/shared/contract';
import { QUICK_BREAKS } from '../../src/shared/routes';
import { bundleElectronFake } from '../support/bundle-electron-fake';
import { builtFile, OUT } from './built-output';

interface Report {
  steps: string[];
  errors: string[];
  fakeIsDefaultToo: boolean;
  beforeReady: {
    isReady: boolean;
    lockRequests: unknown[];
    privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
    protocolHandlers: string[];
    trays: number;
    windows: number;
    exitCodes: number[];
    quitCalls: number;
    name: string;
    lockDirs: string[];
  };
  afterReady: {
    ipcChannels: string[];
    protocolHandlers: string[];
    trays: number;
    windows: number;
    dockHidden: boolean;
    tray: {
      image: string;
      imageEmpty: boolean;
      imageSize: { width: number; height: number };
      scaleFactors: number[];
      tooltip: string;
      labels: string[];
      quickBreaks: string[];
    };
    userDataFiles: string[];
  };
  servedIndex: { status: number; type: string; csp: string | null; isOurPage: boolean };
  servedEscape: number;
  practice: {
    windows: number;
    loadedURLs: string[];
    options: Electron.BrowserWindowConstructorOptions;
    preloadExists: boolean;
    iconExists: boolean;
    visibleAtOnce: boolean;
    visibleWhenReady: boolean;
    newWindow: unknown;
    navigationPrevented: boolean;
    ipc: { ours: { ok: boolean }; stranger: { ok: boolean; error?: string } };
  };
  sameWindowForAnotherBreak: { windows: number; sent: { channel: string; args: unknown[] }[] };
  secondInstance: string[];
  afterQuit: { openWindows: number; trayDestroyed: boolean };
}

let dir: string;
let report: Report;
let stderr: string;

beforeAll(async () => {
  const mainFile = builtFile('main/index.js');
  builtFile('preload/index.cjs');
  builtFile('renderer/index.html');
  dir = mkdtempSync(path.join(tmpdir(), 'attune-boot-'));
  // The fake is TypeScript in several modules; the child runs plain Node, so hand it one bundled ES module.
  const fakeFile = path.join(dir, 'electron-fake.mjs');
  await bundleElectronFake(fakeFile);
  const reportFile = path.join(dir, 'report.json');
  const appData = path.join(dir, 'appData');
  const child = await promisify(execFile)(
    process.execPath,
    [path.resolve('tests/build/boot/driver.mjs'), fakeFile, mainFile, appData, reportFile],
    { cwd: process.cwd(), env: { ...process.env, ELECTRON_RENDERER_URL: '' }, timeout: 15_000 },
  ).catch((e: { stdout: string; stderr: string; code: number }) => e);
  stderr = child.stderr;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  } catch {
    throw new Error(`the boot driver wrote no report. stderr:\n${child.stderr}`);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`built main bundle (${path.relative(process.cwd(), OUT) || '.'}/main/index.js) in plain Node`, () => {
  it('runs start to finish without errors', () => {
    expect(report.errors).toEqual([]);
    expect(report.steps).toEqual(['imported', 'ready', 'clicked quick break', 'quit']);
    expect(stderr).not.toMatch(/Error|warning/i);
    expect(report.fakeIsDefaultToo).toBe(true);
  });

  it('started like npm start: the development name, and the lock in its own user-data folder', () => {
    expect(report.beforeReady.name).toBe('Attune Dev');
    expect(report.beforeReady.lockDirs).toEqual([path.join(dir, 'appData', 'Attune Dev')]);
  });

  it('before ready: registers app:// as privileged and takes the single-instance lock, nothing else', () => {
    expect(report.beforeReady).toMatchObject({
      isReady: false,
      lockRequests: [{ argv: [] }],
      privilegedSchemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
      protocolHandlers: [],
      trays: 0,
      windows: 0,
      exitCodes: [],
      quitCalls: 0,
    });
  });

  it('once ready: handles app://, registers an IPC handler for every contract channel, and creates the tray', () => {
    const r = report.afterReady;
    expect(r.protocolHandlers).toEqual(['app']);
    expect([...r.ipcChannels].sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect(r.trays).toBe(1);
    expect(r.dockHidden).toBe(true);
  });

  it('idles with no window (so no renderer process)', () => {
    expect(report.afterReady.windows).toBe(0);
  });

  it('the tray shows the real 16 px icon (with @2x) from resources/, its tooltip and menu', () => {
    const t = report.afterReady.tray;
    expect(t.image).toBe(path.resolve('resources/icons/tray/tray.png'));
    expect(t.imageEmpty).toBe(false);
    expect(t.imageSize).toEqual({ width: 16, height: 16 });
    expect(t.scaleFactors).toEqual([1, 2]);
    expect(t.tooltip).toMatch(/^Attune/);
    expect(t.labels.slice(1)).toEqual([
      '---',
      'Take a pause now',
      'Quiet reminders',
      '---',
      'Read: Forget Loving Yourself…',
      'If you are in crisis…',
      'Settings…',
      'About Attune',
      '---',
      'Quit',
    ]);
    expect(t.quickBreaks).toEqual([
      'A short pause — breathing and a kind word',
      'Breathe — 1 minute',
      'Three breaths',
      'Self-compassion break — a few minutes',
    ]);
  });

  it('keeps settings and history in the development user-data folder (<appData>/Attune Dev)', () => {
    expect(report.afterReady.userDataFiles).toEqual(['settings.json', 'history.json']);
  });

  it('serves the built renderer over app:// with the CSP header, and refuses an escape', () => {
    expect(report.servedIndex).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', isOurPage: true });
    expect(report.servedIndex.csp).toMatch(/default-src 'none'/);
    expect(report.servedEscape).toBe(404);
  });

  it('"Take a pause now" → "Breathe — 1 minute" opens the practice window on the breathe route', () => {
    expect(report.practice.windows).toBe(1);
    expect(report.practice.loadedURLs).toEqual([`app://attune/index.html${QUICK_BREAKS.breathe}`]);
    expect(report.practice.visibleAtOnce).toBe(false);
    expect(report.practice.visibleWhenReady).toBe(true);
  });

  it('the practice window has the secure options and the built preload', () => {
    const prefs = report.practice.options.webPreferences;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      preload: path.join(OUT, 'preload/index.cjs'),
    });
    expect(prefs?.enableBlinkFeatures ?? '').toBe('');
    expect(report.practice.preloadExists).toBe(true);
    expect(report.practice.iconExists).toBe(true);
  });

  it('its contents are locked down, and IPC trusts it but not a stranger', () => {
    expect(report.practice.newWindow).toEqual({ action: 'deny' });
    expect(report.practice.navigationPrevented).toBe(true);
    expect(report.practice.ipc.ours.ok).toBe(true);
    expect(report.practice.ipc.stranger).toEqual({
      ok: false,
      error: 'request refused: it did not come from an Attune window',
    });
  });

  it('another quick break reuses the practice window and navigates it', () => {
    expect(report.sameWindowForAnotherBreak.windows).toBe(1);
    expect(report.sameWindowForAnotherBreak.sent).toContainEqual({
      channel: 'navigate',
      args: [QUICK_BREAKS['three-breaths']],
    });
  });

  it('a second launch with no arguments opens Settings', () => {
    expect(report.secondInstance).toEqual([
      `app://attune/index.html${QUICK_BREAKS.breathe}`, // the practice window, still open
      'app://attune/index.html#/settings',
    ]);
  });

  it('quitting closes every window and removes the tray', () => {
    expect(report.afterQuit).toEqual({ openWindows: 0, trayDestroyed: true });
  });
});
