import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The e2e tests share one built site and one browser; keep files in one worker at a time.
    fileParallelism: false,
    testTimeout: 90_000,
    // e2e polls wait for the browser; give them room on a busy 2-core CI machine.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
  },
});
