// Times a cold build of both locales with webpack (the old pipeline) and with @docusaurus/faster
// (Rspack, SWC, Lightning CSS), one after the other in one run, so both see the same machine load.
// Usage, in site/: npm run bench:build   (about 3 minutes on the 2-core dev machine)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const siteDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');

function run(args, env) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [bin, ...args], {
    cwd: siteDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`docusaurus ${args.join(' ')} failed (${child.status})`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const rows = [];
for (const [label, env] of [
  ['webpack (before)', { DOJO_BUNDLER: 'webpack' }],
  ['@docusaurus/faster (after)', {}],
]) {
  run(['clear'], env); // build/, .docusaurus/ and the bundler caches: a cold build
  const seconds = run(['build'], env);
  rows.push({ bundler: label, 'cold build, both locales (s)': seconds.toFixed(1) });
  console.log(`${label}: ${seconds.toFixed(1)} s`);
}
console.table(rows);
