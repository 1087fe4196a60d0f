// The pause in a real Chromium: how exactly the pacer keeps time, what it costs the main thread,
// how much JavaScript the practice window loads and how soon it paints. Builds the web preview
// into a temporary folder and serves it itself, so it needs nothing running.
//
// Budgets (issue 4): phase-change error p99 ≤ 8 ms; no layout between phase changes and the main
// thread busy < 1% during a 60 s session; ≤ 90 KB of gzipped JS for the practice route; first
// paint < 150 ms after navigation.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { buildSchedule, resolvePattern, type Schedule } from '../../src/shared/patterns';
import { defaultSettings, mergeDeep, type SettingsPatch } from '../../src/shared/settings';
import { CHROMIUM_LAUNCH } from '../../tests/support/chromium-launch';
import { bridgeOnlyFiles, catalogSizes, readManifest } from './route-chunks';

const BUDGET = { p99Ms: 8, layoutsBetween: 0, busyPercent: 1, jsKb: 90, firstPaintMs: 150 };
const REPO = path.resolve(import.meta.dirname, '../..');
const TIMING_MINUTES = 2;
const COST_SECONDS = 60;
const PAINT_RUNS = 9;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
}

const median = (samples: number[]) => percentile(samples, 50);

/** A page whose settings are these (merged over the defaults), as the browser bridge keeps them. */
async function openPage(browser: Browser, url: string, patch: SettingsPatch, watch: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 560, height: 680 } });
  const page = await context.newPage();
  const settings = JSON.stringify(mergeDeep(defaultSettings(), patch));
  await page.addInitScript(`window.localStorage.setItem('attune.settings', ${JSON.stringify(settings)});`);
  if (watch) {
    // Every segment boundary (data-step) with performance.now(), seen by a MutationObserver.
    await page.addInitScript(`
      window.__steps = [];
      new MutationObserver((records) => {
        const t = performance.now();
        for (const r of records) window.__steps.push({ step: Number(r.target.getAttribute('data-step')), t });
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-step'] });
    `);
  }
  await page.goto(url);
  await page.locator('[data-testid="pacer"]').waitFor();
  return page;
}

async function sessionOrigin(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid="pacer"]').getAttribute('data-origin'));
}

/** Phase-change error over a 2-minute session: every boundary's lateness against the schedule. */
async function timing(browser: Browser, base: string): Promise<{ errors: number[]; schedule: Schedule }> {
  // A short custom pattern with both holds: every kind of boundary, and many of them.
  const custom = { inhale: 2, holdIn: 1, exhale: 2, holdOut: 1 };
  const schedule = buildSchedule(resolvePattern('custom', { holdsEnabled: true, custom }), {
    unit: 'minutes',
    minutes: TIMING_MINUTES,
  });
  const page = await openPage(
    browser,
    `${base}#/practice/breathe?pattern=custom&minutes=${TIMING_MINUTES}`,
    { practice: { holdsEnabled: true, custom } },
    true,
  );
  await page.locator('[data-testid="pacer"][data-phase="done"]').waitFor({ timeout: schedule.totalMs + 15_000 });
  const origin = await sessionOrigin(page);
  const steps = (await page.evaluate('window.__steps')) as { step: number; t: number }[];
  await page.context().close();
  const errors: number[] = [];
  for (const { step, t } of steps) {
    const expected = step < schedule.segments.length ? schedule.segments[step]?.startMs : schedule.totalMs;
    if (expected !== undefined && step > 0) errors.push(t - (origin + expected));
  }
  if (errors.length !== schedule.segments.length) {
    throw new Error(`saw ${errors.length} boundaries, expected ${schedule.segments.length}`);
  }
  return { errors, schedule };
}

interface Cost {
  busyPercent: number;
  scriptMs: number;
  taskMs: number;
  layouts: number;
  layoutsBetween: number;
  styleRecalcs: number;
  phaseChanges: number;
}

/** Main-thread cost of a 60-second session, from the DevTools Protocol's Performance domain. */
async function cost(browser: Browser, base: string, reducedMotion: boolean): Promise<Cost> {
  const page = await openPage(
    browser,
    `${base}#/practice/breathe?pattern=long-exhale&minutes=1`,
    { practice: { reducedMotion: reducedMotion ? 'always' : 'never' } },
    false,
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const metrics = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
  // Align with the page's clock: the session's start as an epoch time.
  const startEpoch = (await page.evaluate(
    `performance.timeOrigin + Number(document.querySelector('[data-testid="pacer"]').dataset.origin)`,
  )) as number;
  const schedule = buildSchedule(
    resolvePattern('long-exhale', { holdsEnabled: false, custom: defaultSettings().practice.custom }),
    {
      unit: 'minutes',
      minutes: 1,
    },
  );
  const sleepUntil = (epoch: number) => new Promise((r) => setTimeout(r, Math.max(0, epoch - Date.now())));

  // Skip the first second (the page is still settling after load), then measure the rest.
  const measureFrom = startEpoch + 1000;
  await sleepUntil(measureFrom);
  const first = await metrics();
  let layoutsBetween = 0;
  // Inside every phase, away from its boundaries: layout there would be per-frame work.
  for (const seg of schedule.segments) {
    const from = startEpoch + seg.startMs + 300;
    const to = startEpoch + seg.endMs - 300;
    if (from < measureFrom) continue;
    await sleepUntil(from);
    const a = await metrics();
    await sleepUntil(to);
    const b = await metrics();
    layoutsBetween += (b.LayoutCount ?? 0) - (a.LayoutCount ?? 0);
  }
  const end = measureFrom + (COST_SECONDS - 1) * 1000;
  await sleepUntil(end);
  const last = await metrics();
  const wallSeconds = (end - measureFrom) / 1000;
  await page.context().close();
  const d = (k: string) => (last[k] ?? 0) - (first[k] ?? 0);
  return {
    busyPercent: (d('TaskDuration') / wallSeconds) * 100,
    scriptMs: d('ScriptDuration') * 1000,
    taskMs: d('TaskDuration') * 1000,
    layouts: d('LayoutCount'),
    layoutsBetween,
    styleRecalcs: d('RecalcStyleCount'),
    phaseChanges: schedule.segments.length,
  };
}

/** JavaScript the practice route loads (gzipped), and when it first paints after navigation. */
async function loading(browser: Browser, base: string, dir: string) {
  const runs: { fcp: number; fp: number; pacer: number }[] = [];
  let scripts: string[] = [];
  for (let i = 0; i < PAINT_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 560, height: 680 } });
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) loaded.push(new URL(r.url()).pathname);
    });
    await page.addInitScript(`
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="pacer"]')) {
          window.__pacerAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
    `);
    await page.goto(`${base}#/practice/breathe?minutes=1&kind=breathe`);
    await page.locator('[data-testid="pacer"]').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const r = (await page.evaluate(`({
      fp: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      pacer: window.__pacerAt,
    })`)) as { fcp: number; fp: number; pacer: number };
    runs.push(r);
    scripts = loaded;
    await context.close();
  }
  const sizes = scripts.map((p) => ({ file: path.basename(p), gz: gzipSync(readFileSync(path.join(dir, p))).length }));
  return { runs, sizes };
}

export default async function bench(): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'attune-practice-bench-'));
  let server: Server | null = null;
  let browser: Browser | null = null;
  const cwd = process.cwd();
  try {
    process.chdir(REPO);
    await build({
      configFile: path.join(REPO, 'vite.web.config.ts'),
      logLevel: 'warn',
      // The manifest tells which chunks only the web preview's bridge needs (absent in the app).
      build: { outDir: dir, emptyOutDir: true, manifest: true },
    });
    server = await serve(dir);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch(CHROMIUM_LAUNCH);

    // Timing figures depend on what else the machine is doing; say so alongside them.
    const load = () => loadavg()[0]?.toFixed(2) ?? '?';
    console.log(`load average at start: ${load()}`);
    let ok = true;
    const line = (label: string, value: string, budget: string, within: boolean) => {
      ok &&= within;
      console.log(`${label.padEnd(34)} ${value.padStart(12)}  (${budget})${within ? '' : '  OVER'}`);
    };

    const loaded = await loading(browser, base, dir);
    const previewKb = loaded.sizes.reduce((a, s) => a + s.gz, 0) / 1024;
    const manifest = readManifest(dir);
    const loadedFiles = loaded.sizes.map((s) => s.file);
    const previewOnly = bridgeOnlyFiles(manifest, loadedFiles);
    const bridge = loaded.sizes.filter((s) => previewOnly.has(s.file));
    const jsKb = previewKb - bridge.reduce((a, s) => a + s.gz, 0) / 1024;
    console.log(
      `practice route loads: ${loaded.sizes.map((s) => `${s.file} ${(s.gz / 1024).toFixed(1)} KB`).join(', ')}`,
    );
    // The route loads one language's words; the budget holds for the language with the most.
    const languages = catalogSizes(dir, manifest, loadedFiles);
    const english = languages.get('en') ?? 0;
    const [wordiest, most] = [...languages].reduce((a, b) => (b[1] > a[1] ? b : a), ['en', english]);
    const worstKb = jsKb + (most - english) / 1024;
    console.log(
      `  words per language on this route: ${[...languages].map(([l, b]) => `${l} ${(b / 1024).toFixed(1)} KB`).join(', ')}`,
    );
    line(
      'JS for the practice route, gzipped',
      `${worstKb.toFixed(1)} KB`,
      `budget ${BUDGET.jsKb} KB, in ${wordiest}; ${jsKb.toFixed(1)} KB in English`,
      worstKb <= BUDGET.jsKb,
    );
    console.log(
      `  (the app's route, with the i18n runtime and one language's words; the web preview adds its bridge: ${bridge.map((s) => s.file).join(', ') || 'nothing'}, ${previewKb.toFixed(1)} KB in all)`,
    );
    // The issue's budget is first paint after navigation; first contentful paint (the words and
    // the circle, after React's chunk has run) is printed beside it as a figure to watch.
    const fp = median(loaded.runs.map((r) => r.fp));
    const fcp = median(loaded.runs.map((r) => r.fcp));
    line(
      `first paint, median of ${PAINT_RUNS}`,
      `${fp.toFixed(0)} ms`,
      `budget < ${BUDGET.firstPaintMs} ms`,
      fp < BUDGET.firstPaintMs,
    );
    console.log(
      `  first contentful paint ${fcp.toFixed(0)} ms (slowest ${Math.max(...loaded.runs.map((r) => r.fcp)).toFixed(0)} ms), pacer in the page ${median(loaded.runs.map((r) => r.pacer)).toFixed(0)} ms`,
    );

    console.log(`timing: a ${TIMING_MINUTES}-minute session…`);
    const { errors, schedule } = await timing(browser, base);
    const p50 = percentile(errors, 50);
    const p99 = percentile(errors, 99);
    const max = Math.max(...errors);
    console.log(
      `  ${errors.length} boundaries over ${(schedule.totalMs / 1000).toFixed(0)} s (inhale, hold, exhale, rest; ` +
        `last ${((schedule.totalMs - (schedule.segments.at(-1)?.startMs ?? 0)) / 1000).toFixed(0)} s exhale)`,
    );
    console.log(
      `  phase-change error p50 ${p50.toFixed(2)} ms, max ${max.toFixed(2)} ms, min ${Math.min(...errors).toFixed(2)} ms`,
    );
    line('phase-change error p99', `${p99.toFixed(2)} ms`, `budget ≤ ${BUDGET.p99Ms} ms`, p99 <= BUDGET.p99Ms);

    for (const reduced of [false, true]) {
      console.log(`main thread: a ${COST_SECONDS}-second session, ${reduced ? 'reduced motion' : 'full motion'}…`);
      const c = await cost(browser, base, reduced);
      console.log(
        `  task ${c.taskMs.toFixed(0)} ms, script ${c.scriptMs.toFixed(0)} ms, ${c.layouts} layouts and ` +
          `${c.styleRecalcs} style recalcs for ${c.phaseChanges} phase changes`,
      );
      line(
        '  layouts between phase changes',
        `${c.layoutsBetween}`,
        `budget ${BUDGET.layoutsBetween}`,
        c.layoutsBetween <= BUDGET.layoutsBetween,
      );
      line(
        '  main thread busy',
        `${c.busyPercent.toFixed(2)} %`,
        `budget < ${BUDGET.busyPercent} %`,
        c.busyPercent < BUDGET.busyPercent,
      );
    }
    console.log(`load average at end: ${load()}`);
    return ok;
  } finally {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  }
}
