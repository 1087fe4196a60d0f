// Desktop services over private D-Bus buses (tests/desktop/**): each test file starts its own
// session and "system" bus, test services and, where it needs one, Xvfb with real dunst
// (tests/desktop/support/desktop.ts). Run through tools/test-desktop.sh; `npm test` does that.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/desktop/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // electron-store imports electron; inlining it lets a test's vi.mock('electron') reach it.
    server: { deps: { inline: ['electron-store'] } },
  },
});
