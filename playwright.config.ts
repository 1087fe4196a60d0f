// Playwright drives Debian's Chromium (never a downloaded browser) against the built web preview,
// served over http by `vite preview`.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH, CHROMIUM_PATH } from './tests/support/chromium-launch';

// ATTUNE_WEB_PORT (with ATTUNE_WEB_OUT at build time) lets parallel runs use their own server.
const port = Number(process.env.ATTUNE_WEB_PORT ?? 4173);

export { CHROMIUM_LAUNCH, CHROMIUM_PATH };

export default defineConfig({
  testDir: 'tests/web',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
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
