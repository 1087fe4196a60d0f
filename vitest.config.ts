import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/web/**', 'tests/electron/**', 'tests/notify/**', 'tests/desktop/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    // electron-store imports electron; inlining it lets a test's vi.mock('electron') reach it.
    server: { deps: { inline: ['electron-store'] } },
  },
});
