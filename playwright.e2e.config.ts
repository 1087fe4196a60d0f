// The end-to-end journeys (tests/e2e): the built main, preload and renderer together, windows as
// pages of Debian's Chromium. Run through tools/test-e2e.sh (`npm run test:e2e`), which builds
// the app and starts Xvfb, a private D-Bus session and dunst first. One worker: each journey
// starts a whole app, and notifications go to one shared daemon.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './playwright.config';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/e2e',
  // A failing journey's screenshots and app.log stay in its folder under test-results/e2e.
  preserveOutput: 'failures-only',
  reporter: [['list'], ['html', { outputFolder: 'playwright-report/e2e', open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
  },
});
