// Starts one of the grader's tools (catch-up, reset, hint) the way bin/grade.mjs starts
// grading: zod loads before tsx's ESM loader is registered, so the start stays fast
// (`node --import tsx` also registers the CommonJS hooks and sends every module through them).
// Usage: node packages/grader/bin/tool.mjs <catch-up|reset|hint> [arguments]
const entries = {
  'catch-up': '../src/bin/catch-up.ts',
  reset: '../src/bin/reset.ts',
  hint: '../src/bin/hint.ts',
};
const [tool] = process.argv.splice(2, 1);
const entry = tool ? entries[tool] : undefined;
if (!entry) {
  process.stderr.write(
    `Expected one of ${Object.keys(entries).join(', ')}, not ${tool ?? 'nothing'}\n`,
  );
  process.exit(2);
}
await import('zod');
const { register } = await import('tsx/esm/api');
register();
await import(entry);
