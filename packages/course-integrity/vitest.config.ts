import { defineConfig } from 'vitest/config';

// Each test grades a whole lab through the CLI, which takes a few seconds.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });
