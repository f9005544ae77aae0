// Starts the process that runs a lab's checks (src/runner/run-host.ts), in its
// own process group. Vitest and zod load before tsx, as in cli.mjs.
await Promise.all([import('vitest/node'), import('zod')]);
const { register } = await import('tsx/esm/api');
register();
await import('../src/runner/run-host.ts');
