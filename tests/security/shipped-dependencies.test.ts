// What ships inside the app besides our own bundles, resolved from package-lock.json, and the
// versions it is held to. `npm audit --omit=dev` is the live check (the registry here refuses audit
// requests, see docs/security.md); this test keeps the reviewed state from drifting: a new runtime
// dependency, or a pinned one slipping back below its fixed version, fails here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
interface LockPackage {
  version: string;
  dependencies?: Record<string, string>;
  dev?: boolean;
}
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockPackage>;
};

/** Resolves `name` from the package at `from` the way Node does: nested node_modules first, then up. */
function resolve(from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return null;
    const idx = dir.lastIndexOf('/node_modules/');
    dir = idx === -1 ? '' : dir.slice(0, idx);
  }
}

function shipped(): Map<string, string> {
  const out = new Map<string, string>();
  const queue = Object.keys(lock.packages['']?.dependencies ?? {}).map((name) => resolve('', name));
  while (queue.length > 0) {
    const key = queue.pop();
    if (!key || out.has(key)) continue;
    const pkg = lock.packages[key] as LockPackage;
    out.set(key, pkg.version);
    for (const dep of Object.keys(pkg.dependencies ?? {})) queue.push(resolve(key, dep));
  }
  return out;
}

const atLeast = (version: string, minimum: string) => {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};

describe('shipped dependencies', () => {
  const tree = shipped();
  const names = [...tree.keys()].map((k) => k.slice(k.lastIndexOf('node_modules/') + 'node_modules/'.length));

  it('are node-notifier and its helpers, nothing else (React, electron-store are bundled by Vite)', () => {
    expect(names.sort()).toEqual([
      'growly',
      'is-docker',
      'is-wsl',
      'isexe',
      'node-notifier',
      'semver',
      'shellwords',
      'uuid',
      'which',
    ]);
    for (const key of tree.keys()) expect(lock.packages[key]?.dev, key).not.toBe(true);
  });

  it.each([
    ['node-notifier', '8.0.1', 'CVE-2020-7789: command injection through unescaped options on Linux'],
    ['uuid', '11.1.1', 'GHSA-w5hq-g745-h8pq: missing buffer bounds check in v3/v5/v6 (pinned with overrides)'],
  ])('%s is at least %s (%s)', (name, minimum) => {
    const versions = [...tree.entries()].filter(([k]) => k.endsWith(`node_modules/${name}`)).map(([, v]) => v);
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(atLeast(v, minimum), `${name}@${v}`).toBe(true);
  });

  it('the installed copy node-notifier loads is the pinned uuid', () => {
    const fromNotifier = createRequire(createRequire(import.meta.url).resolve('node-notifier/package.json'));
    const installed = fromNotifier('uuid/package.json') as { version: string };
    expect(atLeast(installed.version, '11.1.1'), installed.version).toBe(true);
  });
});
