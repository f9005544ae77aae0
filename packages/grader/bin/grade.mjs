// Starts the grader CLI (TypeScript, run through tsx).
// zod loads before tsx's loader is registered, sparing its modules a trip
// through the loader hooks. Vitest's Node API is not loaded here: the checks
// run in the run host (bin/run-host.mjs), which preloads it the same way.
await import('zod');
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli.ts');
