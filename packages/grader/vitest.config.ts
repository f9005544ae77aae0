import { defineConfig } from 'vitest/config';

// Most of the suite waits on child processes (run hosts, a few CLI smoke tests), so two
// files run at once even on 2 cores (Vitest's default there is one), and at most three
// grades per file: more only makes every grade slower. A grade takes seconds by design.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    maxWorkers: 2,
    maxConcurrency: 3,
  },
});
