// The one entry of the grader CLI: node packages/grader/bin/cli.mjs <command> [arguments],
// the commands those of src/commands/table.ts (grade, hint, catch-up, reset, course-files).
// zod loads before tsx's ESM loader is registered, sparing its modules a trip through the
// loader hooks (`node --import tsx` also registers the CommonJS hooks and sends every module
// through them, the slow start this file avoids). Vitest's Node API is not loaded here: the
// checks run in the run host (bin/run-host.mjs), which preloads it the same way.
await import('zod');
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../src/cli.ts');
// Learners grade on Node 20 too; the AWS SDK's notice about future Node versions is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const code = await main(process.argv.slice(2));
await new Promise((resolve) => process.stdout.write('', resolve));
process.exit(code);
