import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { courseEnv, runNode } from './run-node.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(repo, 'packages/grader/bin/cli.mjs');
// Inside the repository, so the labs' checks resolve their imports as in the course.
const parent = fileURLToPath(new URL('./.fixture-courses/', import.meta.url));
mkdirSync(parent, { recursive: true });
const course = mkdtempSync(join(parent, 'wrong-'));
afterAll(() => rmSync(course, { recursive: true, force: true }));
// The labs' tsconfig.json extends the course's.
cpSync(join(repo, 'tsconfig.base.json'), join(course, 'tsconfig.base.json'));

/** Copies a real lab with its solution in place of the starter, changed by `edit`. */
function wrongSolution(folder: string, file: string, edit: (text: string) => string): void {
  cpSync(join(repo, 'labs', folder), join(course, 'labs', folder), { recursive: true });
  cpSync(join(repo, 'solutions', folder, 'src'), join(course, 'labs', folder, 'src'), {
    recursive: true,
  });
  const path = join(course, 'labs', folder, 'src', file);
  const text = readFileSync(path, 'utf8');
  const changed = edit(text);
  if (changed === text) throw new Error(`The edit of ${file} changed nothing`);
  writeFileSync(path, changed);
}

wrongSolution('lab-2-limits-and-pricing', 'cost.ts', (text) =>
  text
    .replace(
      /freeTier \? dec\(pricing\.freeTier\.gbSeconds\.value\) : Decimal\.ZERO/,
      'Decimal.ZERO',
    )
    .replace(/freeTier \? pricing\.freeTier\.requests\.value : 0/, '0 * Number(freeTier)'),
);
wrongSolution('lab-4-invoking-lambda', 'retry.ts', (text) =>
  text.replace(/Math\.min\(options\.maxDelayMs, (.*)\)/, '$1'),
);
wrongSolution('lab-5-api-gateway', 'responses.ts', (text) =>
  text.replace('body: JSON.stringify(value),', 'body: value as unknown as string,'),
);

const grade = (lab: string) =>
  runNode([cli, 'grade', lab, '--lang', 'en'], courseEnv(course), 110_000);

test.concurrent('lab-2 without the free tier gets the free-tier hint', async () => {
  const run = await grade('lab-2');
  expect(run.stdout).toContain('What happened: computeUsd: expected 18.33337 but received');
  expect(run.stdout).toContain('💡 Hint 1/1: The GB-seconds are right. Subtract the free tier');
});

test.concurrent('lab-4 with an uncapped backoff gets the cap hint', async () => {
  const run = await grade('lab-4');
  expect(run.stdout).toContain('delay before retry 4 was 400 ms, expected 250 ms');
  expect(run.stdout).toContain('💡 Hint 1/1: The wait went past its ceiling');
  expect(run.stdout).not.toContain('node:timers/promises');
});

test.concurrent('lab-5 with the body left as an object gets the JSON.stringify hint', async () => {
  const run = await grade('lab-5');
  expect(run.stdout).toContain("expected: 'string'\n    received: 'object'");
  expect(run.stdout).toContain('💡 Hint 1/1: The body must be a string');
  expect(run.stdout).not.toContain('content-type: application/json header');
});
