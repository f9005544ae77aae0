// Times `npm run grade -- lab-1 --solution` against bare `vitest run` of the same checks.
// Usage: npm run bench -w @lambda-dojo/grader [-- <runs>]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const runs = Number(process.argv[2] ?? 7);
const config = fileURLToPath(new URL('./bare-vitest.config.ts', import.meta.url));

const commands = {
  grader: ['npm', ['run', '-s', 'grade', '--', 'lab-1', '--solution']],
  'bare vitest': ['npx', ['vitest', 'run', '--config', config]],
} as const;

function time([cmd, args]: readonly [string, readonly string[]]): number {
  const started = performance.now();
  execFileSync(cmd, args, { cwd: root, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  return performance.now() - started;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const samples: Record<string, number[]> = { grader: [], 'bare vitest': [] };
for (const entry of Object.values(commands)) time(entry); // warm caches once
for (let i = 0; i < runs; i++) {
  // Alternate so background load affects both alike.
  for (const [name, entry] of Object.entries(commands)) samples[name]?.push(time(entry));
}
const grader = median(samples.grader ?? []);
const bare = median(samples['bare vitest'] ?? []);
console.log(`runs: ${runs} each, alternating; median wall time`);
console.log(`npm run grade -- lab-1 --solution : ${grader.toFixed(0)} ms`);
console.log(`vitest run (same checks)          : ${bare.toFixed(0)} ms`);
console.log(`grader overhead                   : ${(((grader - bare) / bare) * 100).toFixed(1)}%`);
