// Starts src/main/index.ts afresh against a reset electron fake, as a person would launch Attune
// (see tests/main/index.test.ts for why the fake is taken from 'electron' itself). The test file
// must `vi.mock('electron', () => import('../fakes/electron'))`.
import path from 'node:path';
import { vi } from 'vitest';
import type { FakePlatform } from '../fakes/electron';

export type Fake = typeof import('../fakes/electron');

export interface LaunchOptions {
  platform?: FakePlatform;
  shortcutsPortal?: boolean;
  packaged?: boolean;
  /** userData folders (relative to appData) whose lock another running copy holds. */
  heldElsewhere?: string[];
  /** Keep data here (a restart passes the same folder). Default: the fake's temp folder. */
  appData?: string;
  /** Combinations another program holds. */
  takenShortcuts?: string[];
}

export async function launchMain(args: string[], opts: LaunchOptions = {}): Promise<Fake> {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetElectronFake({
    ...(opts.platform && { platform: opts.platform }),
    ...(opts.shortcutsPortal !== undefined && { shortcutsPortal: opts.shortcutsPortal }),
  });
  fake.app.appPath = process.cwd();
  fake.app.isPackaged = opts.packaged ?? false;
  if (opts.appData) fake.app.setPath('appData', opts.appData);
  const appData = fake.app.getPath('appData');
  for (const dir of opts.heldElsewhere ?? []) fake.app.locksHeldElsewhere.add(path.join(appData, dir));
  for (const s of opts.takenShortcuts ?? []) fake.globalShortcut.takenElsewhere.add(s);
  process.argv = opts.packaged
    ? ['/opt/Attune/attune', ...args]
    : [process.execPath, '/app/out/main/index.js', ...args];
  await import('../../src/main/index');
  return fake;
}

/** Marks the app ready and lets start() run. */
export async function markReady(fake: Fake): Promise<void> {
  fake.app.markReady();
  await new Promise((r) => setImmediate(r));
}

export const openURLs = (fake: Fake) => fake.BrowserWindow.getAllWindows().map((w) => w.loadedURLs.at(-1));
