// The Electron build as shipped: a CommonJS preload that needs nothing but electron, a main
// bundle with everything bundled but electron and node-notifier, no browser bridge anywhere, and
// a renderer page under a strict CSP with no inline script.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { APP_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import * as electronFake from '../fakes/electron';
import { listBuilt, moduleRequests, readBuilt } from './built-output';

/** Strings only the browser bridge (web preview) contains; checked against its source below. */
const BRIDGE_MARKERS = ['attune.settings', 'attune.history', 'attune:preview-close', 'localStorage'];

describe('preload bundle (out/preload/index.cjs)', () => {
  const code = () => readBuilt('preload/index.cjs');

  it('is a classic CommonJS script: no import or export statements, no import()', () => {
    // vm.Script compiles as a classic script, where any import/export statement is a SyntaxError.
    expect(() => new vm.Script(code(), { filename: 'index.cjs' })).not.toThrow();
    const asks = moduleRequests(code());
    expect(asks.staticImports).toEqual([]);
    expect(asks.dynamicImports).toEqual([]);
    expect(code()).not.toMatch(/\bimport\.meta\b/);
  });

  it('requires nothing but electron', () => {
    expect(new Set(moduleRequests(code()).requires)).toEqual(new Set(['electron']));
  });

  it('runs in a bare context with only electron to require, and exposes one frozen `attune`', () => {
    electronFake.resetElectronFake();
    const asked: string[] = [];
    const module = { exports: {} };
    const sandbox = {
      module,
      exports: module.exports,
      require: (id: string) => {
        asked.push(id);
        if (id === 'electron') return electronFake;
        throw new Error(`the sandboxed preload cannot require "${id}"`);
      },
    };
    new vm.Script(code(), { filename: 'index.cjs' }).runInNewContext(sandbox);
    expect(asked).toEqual(['electron']);
    expect([...electronFake.contextBridge.exposed.keys()]).toEqual(['attune']);
    const attune = electronFake.contextBridge.exposed.get('attune') as object;
    expect(Object.isFrozen(attune)).toBe(true);
    expect(Object.keys(attune).sort()).toEqual(['invoke', 'on']);
  });
});

describe('main bundle (out/main/index.js)', () => {
  const code = () => readBuilt('main/index.js');

  it('is an ES module (package.json says "type": "module")', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).type).toBe('module');
    expect(code()).toMatch(/^import .+ from "electron";$/m);
    expect(code()).not.toMatch(/\brequire\(\s*['"]electron['"]\s*\)/);
  });

  it('imports only Node built-ins, electron and node-notifier: everything else is bundled', () => {
    const asks = moduleRequests(code());
    expect(asks.staticImports).toContain('electron');
    const allowed = (s: string) =>
      s === 'electron' || s === 'node-notifier' || s.startsWith('node:') || builtinModules.includes(s);
    expect([...asks.staticImports, ...asks.dynamicImports, ...asks.requires].filter((s) => !allowed(s))).toEqual([]);
  });

  it('contains no browser bridge', () => {
    for (const marker of BRIDGE_MARKERS) expect(code(), marker).not.toContain(marker);
    expect(code()).not.toContain('browser-bridge');
  });
});

describe('renderer for Electron (out/renderer)', () => {
  it('contains no browser bridge in any file', () => {
    const files = listBuilt('renderer');
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    for (const f of files) {
      const text = readBuilt(path.join('renderer', f));
      for (const marker of [...BRIDGE_MARKERS, 'browser-bridge', 'createBrowserBridge'])
        expect(text, `${f} contains ${marker}`).not.toContain(marker);
    }
  });

  it('the markers are real: the bridge source contains every one (so the checks above can fail)', () => {
    const source = readFileSync('src/renderer/src/app/browser-bridge.ts', 'utf8');
    for (const marker of BRIDGE_MARKERS) expect(source, marker).toContain(marker);
  });

  it('index.html carries the strict CSP as a meta tag', () => {
    const html = readBuilt('renderer/index.html');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/gi)];
    expect(metas).toHaveLength(1);
    const csp = metas[0]?.[1] ?? '';
    expect([APP_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY]).toContain(csp);
    expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|data:[^;]*script/);
    const script = csp.split('; ').find((d) => d.startsWith('script-src '));
    expect(script).toMatch(/^script-src ('self'|app:\/\/attune)$/);
  });

  it('index.html has no inline script and only relative asset paths', () => {
    const html = readBuilt('renderer/index.html');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body?.trim()).toBe('');
      expect(attrs).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
    }
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/\son[a-z]+="/i); // no inline event handlers
  });
});
