// Notifications against a real daemon (dunst under Xvfb, private D-Bus). Run through
// tools/test-notify.sh, which starts them; `npm test` does that.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/notify/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
  },
});
