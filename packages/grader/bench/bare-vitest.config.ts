import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Bare Vitest over lab-1's checks against the solution: the baseline the grader is timed against.
const root = fileURLToPath(new URL('../../../', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: [{ find: /^@lab\//, replacement: `${root}solutions/lab-1-hello-lambda/src/` }],
  },
  test: { include: ['labs/lab-1-hello-lambda/checks/**/*.check.ts'], pool: 'forks' },
});
