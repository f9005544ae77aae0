import { defineConfig } from 'vitest/config';

// One test starts the board and runs the real grader in child processes.
export default defineConfig({ test: { testTimeout: 60_000, include: ['tests/**/*.test.ts'] } });
