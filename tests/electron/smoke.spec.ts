// Smoke test of the real app with Playwright's Electron driver: it starts with no window, puts its
// icon in the tray, and the tray's quick break opens the practice window — a sandboxed, isolated
// page on app://attune. Needs an Electron binary and a build (`npm run build`). Where the binary
// is missing (its download cannot run on CI machines) the test is skipped and says why; everything
// it covers is also tested without Electron (tests/main, tests/web, and end to end in tests/e2e).
// A packaged end-to-end build (`npm run dist:e2e`, which keeps the inspect fuse on for this
// driver) can be driven the same way with `_electron.launch({ executablePath })`.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** Whether Playwright can launch Electron here, or why not. */
function electronBinary(): { executable: string } | { reason: string } {
  let dir: string;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  // The electron package finds its binary through path.txt, written by its download step.
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      reason: `no Electron binary here: ${path.relative(root, pathFile)} is missing (the electron package installed, but its binary download did not)`,
    };
  }
  const executable = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { reason: `no Electron binary at ${executable}` };
  return { executable };
}

const binary = electronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
/** Said whenever this test is skipped: where the same ground is covered without Electron. */
const COVERED =
  'The end-to-end journeys (tests/e2e, npm run test:e2e) cover the same ground without Electron: the built main, preload and renderer together, windows as Chromium pages.';
const skipReason =
  'reason' in binary
    ? `Electron smoke test skipped: ${binary.reason}. ${COVERED}`
    : noDisplay
      ? `Electron smoke test skipped: no display (run it under xvfb-run). ${COVERED}`
      : null;

interface ProbeWindow {
  url: string;
  visible: boolean;
}

test('starts in the tray with no window; the quick break opens the practice window', async () => {
  if (skipReason) console.log(skipReason);
  test.skip(skipReason !== null, skipReason ?? '');
  if ('reason' in binary) return;
  expect(existsSync(path.join(root, 'out/main/index.js')), 'run `npm run build` first').toBe(true);

  // A private profile, so the test never touches the person's own settings or history.
  const home = mkdtempSync(path.join(tmpdir(), 'attune-e2e-'));
  // No executablePath: Playwright then starts node_modules' Electron with its own loader, which the
  // probe needs to run after (see tray-probe.cjs).
  const app = await electron.launch({
    args: ['-r', path.join(import.meta.dirname, 'tray-probe.cjs'), root],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), APPDATA: home },
  });
  try {
    // The tray appears once the app is ready…
    await expect
      .poll(() =>
        app.evaluate(
          () => (globalThis as unknown as { __attuneProbe: { trays: unknown[] } }).__attuneProbe.trays.length,
        ),
      )
      .toBe(1);
    // …and no window exists.
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
    expect(app.windows()).toHaveLength(0);
    const tray = await app.evaluate(() => {
      const probe = (
        globalThis as unknown as {
          __attuneProbe: { trays: object[]; tooltips: Map<object, string>; menus: Map<object, Electron.Menu> };
        }
      ).__attuneProbe;
      const t = probe.trays[0] as object;
      return { tooltip: probe.tooltips.get(t) ?? '', labels: probe.menus.get(t)?.items.map((i) => i.label) ?? [] };
    });
    expect(tray.tooltip).toMatch(/Attune/);
    expect(tray.labels).toEqual(expect.arrayContaining(['Take a pause now', 'Settings…', 'Quit']));

    // Click the first quick break in the tray menu, as a person would.
    const opened = app.waitForEvent('window');
    await app.evaluate(() => {
      const probe = (globalThis as unknown as { __attuneProbe: { trays: object[]; menus: Map<object, Electron.Menu> } })
        .__attuneProbe;
      const menu = probe.menus.get(probe.trays[0] as object);
      const quick = menu?.items.find((i) => i.label === 'Take a pause now')?.submenu?.items[0];
      if (!quick) throw new Error('no quick break in the tray menu');
      quick.click();
    });
    const page = await opened;
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/attune\/index\.html#\/practice/);

    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map(
        (w): ProbeWindow => ({
          url: w.webContents.getURL(),
          visible: w.isVisible(),
        }),
      ),
    );
    expect(windows).toHaveLength(1);
    expect(windows[0]?.visible).toBe(true);
    // The page has the narrow bridge and no Node.
    expect(
      await page.evaluate(() => [
        typeof (window as { attune?: unknown }).attune,
        typeof (globalThis as { require?: unknown }).require,
      ]),
    ).toEqual(['object', 'undefined']);
  } finally {
    await app.close();
  }
});
