// Starts the grader CLI (TypeScript, run through tsx).
// Vitest's Node API is a large module graph: loading it before tsx's loader is
// registered spares every one of its modules a trip through the loader hooks,
// which roughly halves the grader's start-up time.
await Promise.all([import('vitest/node'), import('zod')]);
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli.ts');
