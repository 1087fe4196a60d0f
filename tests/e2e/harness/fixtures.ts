// The journeys' Playwright fixture: one private home per test, the bundled fake, the built app,
// screenshots into docs/screenshots/journeys/, and — when a journey fails — a screenshot of every
// open window and the app's log next to the test report (the test's output folder).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { bundleElectronFake } from '../../support/bundle-electron-fake';
import { AppLog } from './app-log';
import { AttuneApp as App, type AttuneApp, userDataOf } from './attune-app';
import { Dunst } from './dunst';
import { screenshotX } from './x-screenshot';

export const SCREENSHOTS = path.resolve('docs/screenshots/journeys');
const MAIN = path.resolve('out/main/index.js');

/** Monday 2 March 2026, 10:00 in UTC: inside the default active hours (weekdays 09:00–17:30). */
export const MONDAY_10 = Date.UTC(2026, 2, 2, 10, 0, 0);
export const TIME_ZONE = 'UTC';

export class Journey {
  readonly home = mkdtempSync(path.join(tmpdir(), 'attune-journey-'));
  readonly userData = userDataOf(this.home);
  readonly log: AppLog;
  readonly dunst = new Dunst();
  private readonly apps: AttuneApp[] = [];
  private shots = 0;

  constructor(
    private readonly browser: import('@playwright/test').Browser,
    private readonly fakeFile: string,
    private readonly info: TestInfo,
    private readonly slug: string,
  ) {
    this.log = new AppLog(info.outputPath('app.log'));
  }

  file(name: string): string {
    return path.join(this.userData, name);
  }

  async launch(
    options: { args?: string[]; clockStart?: number; dark?: boolean; language?: string } = {},
  ): Promise<AttuneApp> {
    if (!existsSync(MAIN)) throw new Error('out/main/index.js is missing: run `npm run build` first');
    const app = await App.launch({
      browser: this.browser,
      log: this.log,
      fakeFile: this.fakeFile,
      mainFile: MAIN,
      home: this.home,
      clockStart: options.clockStart ?? MONDAY_10,
      timeZone: TIME_ZONE,
      args: options.args ?? [],
      dark: options.dark ?? false,
      ...(options.language ? { language: options.language } : {}),
    });
    this.apps.push(app);
    return app;
  }

  /** docs/screenshots/journeys/<journey>-<n>-<name>.png, also attached to the report. */
  async shot(page: Page, name: string): Promise<void> {
    this.shots++;
    const file = path.join(SCREENSHOTS, `${this.slug}-${String(this.shots).padStart(2, '0')}-${name}.png`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: file, animations: 'disabled' });
    await this.info.attach(name, { path: file, contentType: 'image/png' });
  }

  /** The X screen outside Chromium (dunst's notification), cropped to what is drawn. */
  async shotDesktop(name: string): Promise<void> {
    this.shots++;
    const file = path.join(SCREENSHOTS, `${this.slug}-${String(this.shots).padStart(2, '0')}-${name}.png`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await screenshotX(file);
    await this.info.attach(name, { path: file, contentType: 'image/png' });
  }

  async finish(failed: boolean): Promise<void> {
    if (failed) {
      for (const app of this.apps) {
        for (const w of app.openWindows()) {
          if (!w.page || w.page.isClosed()) continue;
          await w.page
            .screenshot({ path: this.info.outputPath(`window-${w.id}-at-failure.png`) })
            .catch(() => undefined);
        }
      }
      for (const name of ['settings.json', 'history.json'])
        if (existsSync(this.file(name))) copyFileSync(this.file(name), this.info.outputPath(name));
      // The journey's screenshots so far are attached, so they sit under attachments/ beside the log.
    }
    for (const app of this.apps) await app.kill();
    rmSync(this.home, { recursive: true, force: true });
  }
}

export const test = base.extend<{ journey: Journey }, { fakeFile: string }>({
  fakeFile: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'attune-e2e-fake-'));
      const file = path.join(dir, 'electron-e2e.mjs');
      await bundleElectronFake(file, 'tests/e2e/harness/electron-e2e.ts');
      await use(file);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  journey: async ({ browser, fakeFile }, use, testInfo) => {
    const slug = path.basename(testInfo.file, '.spec.ts');
    const journey = new Journey(browser, fakeFile, testInfo, slug);
    await use(journey);
    await journey.finish(testInfo.status !== testInfo.expectedStatus);
  },
});

export { expect };
