import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findLab, listLabs } from '@lambda-dojo/course';
import { afterAll, describe, expect, test } from 'vitest';
import { recordProgress } from '../src/progress.ts';
import type { ResultsFile } from '../src/results-json.ts';
import { writeFixtureCourse } from './fixture-course.ts';
import { runCli } from './run-cli.ts';
import { courseEnv, type NodeRun, runNode } from './run-node.ts';

const cli = fileURLToPath(new URL('../bin/cli.mjs', import.meta.url));
const course = writeFixtureCourse();
afterAll(() => rmSync(course.dir, { recursive: true, force: true }));

function grade(args: string[], env: Record<string, string> = {}) {
  return runNode([cli, 'grade', ...args], { ...courseEnv(course.dir), ...env });
}

/** `npm run grade <args>` through the CLI's main in-process (the paths come from `env`). */
function gradeInMain(args: string[], env: Record<string, string> = {}) {
  return runCli(['grade', ...args], { ...courseEnv(course.dir), ...env });
}

/** Runs `npm run …` from the repository, as a learner types it, in a Korean locale. */
function npmRun(args: string[]): Promise<NodeRun> {
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', ...args],
      { cwd: repo, env: { ...process.env, ...courseEnv(course.dir), LANG: 'ko_KR.UTF-8' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
      },
    );
  });
}

function results(run: NodeRun): ResultsFile {
  return JSON.parse(run.stdout);
}

// Smoke tests through the real binary: what only the CLI does (exit codes, files it writes,
// progress, npm's arguments). How learner code is graded is tested in grading.test.ts.
describe('grading from the command line', () => {
  test.concurrent('a failing check shows its first hint tier, --json writes the file, and it exits 1', async () => {
    const file = join(course.dir, 'out/results.json');
    const run = await grade([course.labs.half, '--json', file]);
    expect(run.stdout).toContain('✗ answers ok again (0/40)');
    expect(run.stdout).toContain('💡 Hint 1/2: first hint 2');
    expect(run.stdout).not.toContain('second hint 2');
    expect(run.stdout).toContain('npm run grade -- lab-2 --hint 2');
    expect(run.stdout).toContain('What your code printed: second call');
    expect(run.stdout).toContain('Score: 60 / 100');
    expect(run.stdout).toContain(`Results written to ${file}`);
    const out: ResultsFile = JSON.parse(readFileSync(file, 'utf8'));
    expect(out).toMatchObject({ version: 3, lab: 'lab-2', status: 'fail', score: 60 });
    expect(run.code).toBe(1);
  });

  test.concurrent('type errors in the learner’s code are shown and cost no points', async () => {
    const run = await grade([course.labs.typeerror], { LAMBDA_DOJO_TYPECHECK_WAIT_MS: '90000' });
    expect(run.stdout).toContain(
      'TypeScript finds 1 type error in your code. They cost no points, but fix them:',
    );
    expect(run.stdout).toMatch(
      /labs\/lab-\d+-typeerror\/src\/handler\.ts:2:9 TS2322 Type 'string' is not assignable to type 'number'\./,
    );
    expect(run.stdout).toContain('Score: 100 / 100');
    expect(run.code).toBe(0);
  });

  test.concurrent('code that does not load exits 1, and --json - prints only the results', async () => {
    const run = await grade([course.labs.throws, '--json']);
    expect(results(run).status).toBe('error');
    expect(run.code).toBe(1);
  });
});

describe('results and progress', () => {
  test('--all shows the progress of every lab, and keeps a passed lab passed after a worse try', async () => {
    const stateDir = join(course.dir, 'state-all');
    const state = { LAMBDA_DOJO_STATE_DIR: stateDir };
    await gradeInMain([course.labs.good], state);
    const first = await gradeInMain(['--all'], state);
    expect(first.stdout).toMatch(/lab-1\s+good lab\s+passed\s+100\/100/);
    expect(first.stdout).toMatch(/lab-3\s+loop lab\s+not graded\s+-\/100/);
    expect(first.code).toBe(0);

    recordProgress(join(stateDir, 'progress.json'), 'lab-1', {
      status: 'fail',
      score: 21,
      maxScore: 100,
      gradedAt: new Date().toISOString(),
    });
    const run = await gradeInMain(['--all'], state);
    expect(run.stdout).toMatch(/Lab\s+Title\s+Status\s+Best\s+Last\s+Last graded/);
    expect(run.stdout).toMatch(/lab-1\s+good lab\s+passed\s+100\/100\s+21\/100/);
  });

  test('grading the solution never changes the progress file', async () => {
    const state = { LAMBDA_DOJO_STATE_DIR: join(course.dir, 'state-solution') };
    await gradeInMain([course.labs.half, '--solution'], state);
    const run = await gradeInMain(['--all'], state);
    expect(run.stdout).toMatch(/lab-2\s+half lab\s+not graded/);
  });
});

describe('usage', () => {
  test('a lab can be named lab-N, N, its folder or its slug', () => {
    const labs = listLabs(join(course.dir, 'labs'), join(course.dir, 'solutions'));
    for (const name of ['lab-1', '1', 'lab-1-good', 'good']) {
      expect(findLab(labs, name)?.manifest.id, name).toBe('lab-1');
    }
  });

  test.concurrent('the language falls back to Korean when LANG says nothing', async () => {
    const run = await gradeInMain(['lab-99'], { LANG: '', LC_ALL: '', LC_MESSAGES: '' });
    expect(run.stderr).toContain('"lab-99"에 해당하는 랩이 없어요');
    expect(run.stderr).toContain('lab-1  good 랩');
    expect(run.code).toBe(2);
  });

  test.concurrent('an unknown lab lists the labs and exits 2', async () => {
    const run = await gradeInMain(['lab-99'], { LC_ALL: '', LC_MESSAGES: '' });
    expect(run.stderr).toContain('There is no lab "lab-99"');
    expect(run.stderr).toContain('lab-1  good lab');
    expect(run.code).toBe(2);
  });

  test.concurrent('npm run grade lab-1 --lang en grades in English, without --, and exits 0', async () => {
    const run = await npmRun(['grade', course.labs.good, '--lang', 'en']);
    expect(run.stdout).toContain('✓ answers ok (60/60)');
    expect(run.stdout).toContain('Score: 100 / 100');
    expect(run.code).toBe(0);
  });

  test.concurrent('options npm cannot hand back get the command to type, in one language', async () => {
    const run = await npmRun(['grade', course.labs.good, '--target', 'nowhere', '--lang', 'en']);
    expect(run.stderr).toBe(
      `npm took the options for itself. Put the grader's options after --: npm run grade -- ${course.labs.good} --lang en --target <target>\n`,
    );
    expect(run.code).toBe(2);
  });

  test.concurrent('a bad option explains itself and exits 2', async () => {
    const run = await gradeInMain(['lab-1', '--lang', 'fr']);
    expect(run.stderr).toContain('expected ko or en for --lang but received fr');
    expect(run.code).toBe(2);
  });
});
