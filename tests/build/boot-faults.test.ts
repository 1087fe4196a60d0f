// The built main bundle started in plain Node with the Electron fake, under the faults that used
// to leave a live Attune with nothing working (issue 15): a saved pause beyond what a date can
// hold, a time zone Intl rejects, and anything else that throws during start-up. Each run ends
// usable (the tray has its menu, every IPC handler is there) or quits with a message and the
// single-instance lock released.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../src/shared/contract';
import { defaultSettings } from '../../src/shared/settings';
import { bundleElectronFake } from '../support/bundle-electron-fake';
import { builtFile } from './built-output';

interface FaultReport {
  errors: string[];
  afterReady: {
    holdsLock: boolean;
    exitCodes: number[];
    errorBoxes: { title: string; content: string }[];
    ipcChannels: string[];
    trays: number;
    trayLabels: string[] | null;
    tooltip: string | null;
  };
  settings?: { ok: boolean; value: { remindersPausedUntil: number | null } };
  state?: { ok: boolean; value: { reminder: { kind: string } } };
  notice?: { ok: boolean; value: string | null };
  noticeAgain?: { ok: boolean; value: string | null };
}

let dir: string;
let fakeFile: string;

beforeAll(async () => {
  builtFile('preload/index.cjs');
  dir = mkdtempSync(path.join(tmpdir(), 'attune-boot-faults-'));
  fakeFile = path.join(dir, 'electron-fake.mjs');
  await bundleElectronFake(fakeFile);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function boot(
  name: string,
  fault: string,
  opts: { settings?: unknown; env?: Record<string, string> } = {},
): Promise<{ report: FaultReport; userData: string }> {
  // The development data folder main uses when not packaged (src/main/adapters/dev-identity.ts).
  const userData = path.join(dir, name, 'Attune Dev');
  mkdirSync(userData, { recursive: true });
  if (opts.settings) writeFileSync(path.join(userData, 'settings.json'), JSON.stringify(opts.settings));
  const reportFile = path.join(dir, `${name}.json`);
  const child = await promisify(execFile)(
    process.execPath,
    [
      path.resolve('tests/build/boot/fault-driver.mjs'),
      fakeFile,
      builtFile('main/index.js'),
      userData,
      reportFile,
      fault,
    ],
    { cwd: process.cwd(), env: { ...process.env, ELECTRON_RENDERER_URL: '', ...opts.env }, timeout: 15_000 },
  ).catch((e: { stderr: string }) => e);
  try {
    return { report: JSON.parse(readFileSync(reportFile, 'utf8')) as FaultReport, userData };
  } catch {
    throw new Error(`the fault driver wrote no report. stderr:\n${child.stderr}`);
  }
}

function expectUsable(report: FaultReport): void {
  expect(report.errors).toEqual([]);
  const r = report.afterReady;
  expect(r.errorBoxes).toEqual([]);
  expect(r.exitCodes).toEqual([]);
  expect(r.holdsLock).toBe(true);
  expect(r.trays).toBe(1);
  expect(r.trayLabels).toContain('Take a pause now');
  expect(r.trayLabels).toContain('Quit');
  expect([...r.ipcChannels].sort()).toEqual([...REQUEST_CHANNELS].sort());
  expect(report.state?.ok).toBe(true);
}

describe('start-up under faults (built main, plain Node, Electron fake)', () => {
  it('a saved pause beyond what a date can hold (9e15): runs, with the pause repaired and the person told', async () => {
    const { report, userData } = await boot('far-future', 'none', {
      settings: { ...defaultSettings(), remindersPausedUntil: 9e15 },
    });
    expectUsable(report);
    expect(report.afterReady.trayLabels?.[0]).not.toMatch(/Invalid|NaN/);
    expect(report.settings?.value.remindersPausedUntil).toBeNull();
    expect(report.notice?.value).toMatch(/Some settings under “Reminders” couldn’t be read/);
    // The file on disk agrees with memory: repaired, original kept beside it.
    const onDisk = JSON.parse(readFileSync(path.join(userData, 'settings.json'), 'utf8'));
    expect(onDisk.remindersPausedUntil).toBeNull();
  });

  it('a time zone Intl rejects (TZ=Etc/Unknown, /etc/localtime not a link): runs in UTC and says so once', async () => {
    const { report } = await boot('unknown-zone', 'no-zone-link', { env: { TZ: 'Etc/Unknown' } });
    expectUsable(report);
    expect(report.afterReady.tooltip).toMatch(/^Attune/);
    expect(report.notice?.value).toMatch(/couldn’t read your computer’s time zone \(it says “Etc\/Unknown”\)/);
    expect(report.notice?.value).toMatch(/keeps time in UTC/);
    expect(report.noticeAgain?.value).toBeNull();
  });

  it('anything else that throws during start-up: a dialog in plain words, the lock released, the app exits', async () => {
    const { report } = await boot('menu-throws', 'menu-throws');
    expect(report.errors).toEqual([]);
    const r = report.afterReady;
    expect(r.errorBoxes).toHaveLength(1);
    expect(r.errorBoxes[0]?.title).toBe('Attune couldn’t start');
    expect(r.errorBoxes[0]?.content).toMatch(/Starting it again often helps/);
    expect(r.errorBoxes[0]?.content).toMatch(/the desktop refused the menu/);
    expect(r.holdsLock).toBe(false);
    expect(r.exitCodes).toEqual([1]);
  });
});
