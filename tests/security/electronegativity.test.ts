// The static scan in `npm test` can fail: Electronegativity (through tools/electronegativity.ts,
// offline) run over small built-app fixtures — an insecure one, and a secure one written with the
// modern syntax the scanner cannot parse on its own.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan, unexpected } from '../../tools/electronegativity';

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'attune-scan-fixture-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const STRICT_HTML = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy"
  content="default-src 'none'; script-src app://attune; object-src 'none'; base-uri 'none'"></head>
  <body><script type="module" src="./assets/index.js"></script></body></html>`;

const SECURE_MAIN = `import { app, BrowserWindow, session } from 'electron';
class Windows {
  #open = new Map();   // an ES2022 private field: the scanner's own parsers cannot read this
  static #count = 0;
  create(preloadPath) {
    const win = new BrowserWindow({ show: false, webPreferences: { preload: preloadPath, sandbox: true,
      contextIsolation: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' } });
    win.webContents.on('will-navigate', (e) => e.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    this.#open.set(++Windows.#count, win);
    return win;
  }
}
app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_w, _p, cb) => cb(false));
  new Windows().create('/app/preload.cjs');
});
`;

describe('tools/electronegativity.ts', () => {
  it('passes a hardened app, reading modern syntax and the .cjs preload (only the preload review remains)', async () => {
    const dir = fixture({
      'main/index.js': SECURE_MAIN,
      'preload/index.cjs': `const { contextBridge } = require('electron'); contextBridge.exposeInMainWorld('x', Object.freeze({}));`,
      'renderer/index.html': STRICT_HTML,
      'renderer/assets/index.js': 'document.title = "x";',
    });
    const result = await scan(dir, { electronVersion: '45.5.0' });
    expect(result.parseErrors).toEqual([]);
    expect(result.scanned).toEqual(
      expect.arrayContaining(['main/index.js', 'preload/index.js', 'renderer/index.html']),
    );
    expect(result.findings.map((f) => f.id)).toEqual(['PRELOAD_JS_CHECK']);
    expect(unexpected(result.findings)).toEqual([]);
  }, 60_000);

  it('fails an insecure app: Node in the renderer, no isolation, no sandbox, weak CSP, openExternal of anything', async () => {
    const dir = fixture({
      'main/index.js': `import { BrowserWindow, shell } from 'electron';
        const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
        win.loadURL('http://example.com/');
        export const open = (url) => shell.openExternal(url);`,
      'renderer/index.html': `<!doctype html><html><head><meta http-equiv="Content-Security-Policy"
        content="default-src *; script-src 'self' 'unsafe-inline' 'unsafe-eval'"></head><body></body></html>`,
    });
    const result = await scan(dir, { electronVersion: '45.5.0' });
    const ids = unexpected(result.findings).map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'OPEN_EXTERNAL_JS_CHECK',
        'CSP_GLOBAL_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
  }, 60_000);
});
