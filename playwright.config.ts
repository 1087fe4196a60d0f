// Playwright drives Debian's Chromium (never a downloaded browser) against the built web preview,
// served over http by `vite preview`.
import { defineConfig } from '@playwright/test';

// ATTUNE_WEB_PORT (with ATTUNE_WEB_OUT at build time) lets parallel runs use their own server.
const port = Number(process.env.ATTUNE_WEB_PORT ?? 4173);

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How every browser test and the practice bench start Debian's Chromium. */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/web',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: 'web', testDir: 'tests/web', testIgnore: /practice-timing\.spec\.ts$/ },
    // The pacer's 50 ms timing tolerance is measured on a quiet machine: this project waits for
    // every other browser test to finish, so no parallel worker competes for the two cores.
    { name: 'timing', testDir: 'tests/web', testMatch: /practice-timing\.spec\.ts$/, dependencies: ['web'] },
    // The packaged-app smoke test (Playwright's _electron driver). It runs wherever an Electron
    // binary is installed and skips, printing why, where none is (as here and in CI).
    { name: 'electron', testDir: 'tests/electron', fullyParallel: false, timeout: 120_000 },
  ],
  webServer: {
    command: 'npm run preview:web',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
