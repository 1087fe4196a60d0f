import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/web/**', 'tests/electron/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
