// The AppImage's launch-time sandbox decision, run for real: electron-builder's own AppRun (as
// the installed electron-builder generates it) with Attune's `unshare` check beside it, a fake
// Electron that records its arguments, and made-up /proc/sys trees — for each combination of the
// sysctls and the helper's owner and mode, --no-sandbox is added exactly when the pure decision
// (src/main/core/sandbox-launch.ts) says the kernel leaves no other way.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideSandbox, type SandboxFacts } from '../../src/main/core/sandbox-launch';

const require = createRequire(import.meta.url);
const { generateAppRunScript } = require('app-builder-lib/out/targets/appimage/appImageUtil.js') as {
  generateAppRunScript(config: Record<string, string>): string;
};
const SHIM = path.resolve('resources/linux/unshare');

let root: string;
let appDir: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'attune-appimage-'));
  appDir = path.join(root, 'squashfs-root');
  mkdirSync(appDir);
  writeFileSync(
    path.join(appDir, 'AppRun'),
    generateAppRunScript({
      DesktopFileName: 'attune.desktop',
      ExecutableName: 'attune',
      ProductName: 'Attune',
      ProductFilename: 'Attune',
      ResourceName: 'appimagekit-attune',
    }),
    { mode: 0o755 },
  );
  // As electron-builder's linux.extraFiles puts it: at the root of the app, beside the binary.
  copyFileSync(SHIM, path.join(appDir, 'unshare'));
  chmodSync(path.join(appDir, 'unshare'), 0o755);
  // A stand-in Electron: records the arguments it was started with.
  writeFileSync(path.join(appDir, 'attune'), '#!/bin/sh\nprintf "%s\\n" "$@" > "$ARGS_OUT"\n', { mode: 0o755 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function procTree(f: SandboxFacts): string {
  const dir = mkdtempSync(path.join(root, 'proc-'));
  mkdirSync(path.join(dir, 'kernel'));
  mkdirSync(path.join(dir, 'user'));
  const put = (file: string, v: string | null) => {
    if (v !== null) writeFileSync(path.join(dir, file), `${v}\n`);
  };
  put('kernel/apparmor_restrict_unprivileged_userns', f.apparmorRestrict);
  put('kernel/unprivileged_userns_clone', f.usernsClone);
  put('user/max_user_namespaces', f.maxUserNamespaces);
  return dir;
}

function setHelper(helper: SandboxFacts['helper']): void {
  const file = path.join(appDir, 'chrome-sandbox');
  rmSync(file, { force: true });
  if (!helper) return;
  writeFileSync(file, '');
  chownSync(file, helper.uid, helper.uid);
  chmodSync(file, helper.mode & 0o7777);
}

/** Starts the AppImage's AppRun as the AppImage runtime does; returns Electron's arguments. */
function launch(facts: SandboxFacts, args: string[] = []): string[] {
  setHelper(facts.helper);
  const out = path.join(root, 'args.txt');
  rmSync(out, { force: true });
  const result = spawnSync('bash', [path.join(appDir, 'AppRun'), ...args], {
    env: {
      PATH: process.env.PATH,
      HOME: root,
      APPDIR: appDir,
      APPIMAGE: path.join(root, 'Attune.AppImage'),
      ATTUNE_PROC_SYS: procTree(facts),
      ARGS_OUT: out,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`AppRun exited ${result.status}: ${result.stderr}`);
  return readFileSync(out, 'utf8').split('\n').filter(Boolean);
}

const isRoot = process.getuid?.() === 0;
const HELPERS: Record<string, SandboxFacts['helper']> = {
  'root 4755': { uid: 0, mode: 0o104755 },
  'user 0755': { uid: 1000, mode: 0o100755 },
  'user 4755': { uid: 1000, mode: 0o104755 },
  missing: null,
};
const combos: [string, SandboxFacts][] = [];
for (const apparmorRestrict of ['1', '0', null])
  for (const usernsClone of ['1', '0', null])
    for (const maxUserNamespaces of ['15000', '0'])
      for (const [name, helper] of Object.entries(HELPERS))
        combos.push([
          `restrict=${apparmorRestrict} clone=${usernsClone} max=${maxUserNamespaces} helper ${name}`,
          { inAppImage: true, apparmorRestrict, usernsClone, maxUserNamespaces, helper },
        ]);

describe.skipIf(!isRoot)('AppRun + Attune’s check, before Chromium starts (needs root to chown the helper)', () => {
  it.each(combos)('%s', (_name, facts) => {
    const args = launch(facts, ['--settings']);
    const expected = decideSandbox(facts).kind === 'sandboxed' ? ['--settings'] : ['--no-sandbox', '--settings'];
    expect(args).toEqual(expected);
  });

  it('Ubuntu 24.04 defaults: started without the sandbox, and the person’s arguments kept', () => {
    const args = launch(
      {
        inAppImage: true,
        apparmorRestrict: '1',
        usernsClone: '1',
        maxUserNamespaces: '15000',
        helper: HELPERS['user 0755'] ?? null,
      },
      ['--break', 'breathe'],
    );
    expect(args).toEqual(['--no-sandbox', '--break', 'breathe']);
  });

  it('a --no-sandbox the person gave is passed once, never doubled', () => {
    const args = launch(
      { inAppImage: true, apparmorRestrict: '1', usernsClone: null, maxUserNamespaces: null, helper: null },
      ['--no-sandbox'],
    );
    expect(args).toEqual(['--no-sandbox']);
  });
});

describe('the check is transparent for anything else', () => {
  it('other unshare commands reach the system’s unshare', () => {
    const out = execFileSync(path.join(appDir, 'unshare'), ['--version'], {
      env: { PATH: `${appDir}:${process.env.PATH}` },
      encoding: 'utf8',
    });
    expect(out).toMatch(/unshare from util-linux/);
  });

  it('the AppRun electron-builder generates still asks `unshare -Ur true` with its own folder first on PATH', () => {
    const appRun = readFileSync(path.join(appDir, 'AppRun'), 'utf8');
    expect(appRun).toMatch(/export PATH="\$\{APPDIR\}:/);
    expect(appRun).toMatch(/! unshare -Ur true 2>\/dev\/null ; then\n\s+NO_SANDBOX=\(--no-sandbox\)/);
  });
});
