import { defineConfig } from 'vitest/config';

// CLI tests grade fixture labs in a child process; a few take several seconds by design.
export default defineConfig({ test: { testTimeout: 60_000, include: ['tests/**/*.test.ts'] } });
