import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { writeFixtureCourse } from '../fixture-course.ts';
import { courseEnv, runNode } from '../run-node.ts';

const cli = fileURLToPath(new URL('../../bin/cli.mjs', import.meta.url));
const course = writeFixtureCourse();
afterAll(() => rmSync(course.dir, { recursive: true, force: true }));

function hint(args: string[]) {
  return runNode([cli, 'hint', ...args], courseEnv(course.dir));
}

describe('npm run hint', () => {
  test('shows one more hint tier of the first failing check on each run', async () => {
    const first = await hint([course.labs.half]);
    expect(first.stdout).toContain('💡 Hint 1/2: first hint 2');
    expect(first.stdout).not.toContain('second hint 2');
    expect(first.stdout).toContain(
      `For the next hint tier, run it again: npm run hint ${course.labs.half}`,
    );
    expect(first.code).toBe(1);

    const second = await hint([course.labs.half]);
    expect(second.stdout).toContain('💡 Hint 2/2: second hint 2');
    expect(second.stdout).toContain(
      'That was the last hint. Still stuck? Ask your instructor, or catch up at the next lab: npm run catch-up lab-3',
    );

    const third = await hint([course.labs.half, '--lang', 'ko']);
    expect(third.stdout).toContain('💡 힌트 2/2: 두 번째 힌트 2');
    const state = JSON.parse(readFileSync(join(course.dir, 'state/hints.json'), 'utf8'));
    expect(state).toEqual({ [course.labs.half]: { 'answers-ok-again': 2 } });
  });

  test('says there is nothing to hint when every check passes', async () => {
    const run = await hint([course.labs.good]);

    expect(run.stdout).toContain(`Every check of ${course.labs.good} passes.`);
    expect(run.code).toBe(0);
  });

  test('asks for a lab and lists the labs when none is given', async () => {
    const run = await hint([]);

    expect(run.stderr).toContain('Say which lab, for example: npm run hint lab-2');
    expect(run.stderr).toContain(`${course.labs.good}  good lab`);
    expect(run.code).toBe(2);
  });
});
