import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { recordProgress } from '../src/progress.ts';
import type { ResultsFile } from '../src/results-json.ts';
import { writeFixtureCourse } from './fixture-course.ts';
import { courseEnv, type NodeRun, runNode } from './run-node.ts';

const cli = fileURLToPath(new URL('../bin/cli.mjs', import.meta.url));
const course = writeFixtureCourse();
afterAll(() => rmSync(course.dir, { recursive: true, force: true }));

function grade(args: string[], env: Record<string, string> = {}) {
  return runNode([cli, 'grade', ...args], { ...courseEnv(course.dir), ...env });
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

describe('grading learner code', () => {
  test.concurrent('passing code scores every point and exits 0', async () => {
    const run = await grade([course.labs.good]);
    expect(run.stdout).toContain('✓ answers ok (60/60)');
    expect(run.stdout).toContain('Score: 100 / 100');
    expect(run.code).toBe(0);
  });

  test.concurrent('a failing check shows its first hint tier and exits 1', async () => {
    const run = await grade([course.labs.half]);
    expect(run.stdout).toContain('✗ answers ok again (0/40)');
    expect(run.stdout).toContain('💡 Hint 1/2: first hint 2');
    expect(run.stdout).not.toContain('second hint 2');
    expect(run.stdout).toContain('npm run grade -- lab-2 --hint 2');
    expect(run.stdout).toContain('What your code printed: second call');
    expect(run.code).toBe(1);
  });

  test.concurrent('a failed assertion shows its own hint and the check’s note and values', async () => {
    const run = await grade([course.labs.hinted]);
    expect(run.stdout).toContain(
      "What happened: the answer\n    expected: 'ok'\n    received: 'OK'",
    );
    expect(run.stdout).toContain('💡 Hint 1/1: Mind the case too');
    expect(run.stdout).not.toContain('first hint 1');
    expect(run.stdout).not.toContain('Object.is');
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

  test.concurrent('--hint 2 shows the second tier too', async () => {
    const run = await grade([course.labs.half, '--hint', '2']);
    expect(run.stdout).toContain('💡 Hint 2/2: second hint 2');
  });

  test.concurrent('messages follow --lang ko', async () => {
    const run = await grade([course.labs.half, '--lang', 'ko']);
    expect(run.stdout).toContain('과제 2: 다시 응답하기');
    expect(run.stdout).toContain('💡 힌트 1/2: 첫 번째 힌트 2');
    expect(run.stdout).toContain('점수: 60 / 100');
  });

  test.concurrent('the language falls back to Korean when LANG says nothing', async () => {
    const run = await grade([course.labs.good], { LANG: '', LC_ALL: '', LC_MESSAGES: '' });
    expect(run.stdout).toContain('점수: 100 / 100');
  });

  test.concurrent('an infinite loop is stopped where it loops, check by check', async () => {
    const run = await grade([course.labs.loop, '--json']);
    const out = results(run);
    expect(out.status).toBe('fail');
    for (const t of out.tests) {
      expect(t.message).toMatch(
        /^The grader stopped a loop that never ends: handler \(.*handler\.ts:1:\d+\)$/,
      );
    }
    expect(run.code).toBe(1);
  });

  test.concurrent('without the loop guard, a hung check is skipped and the rest graded again', async () => {
    const run = await grade([course.labs.secondloops, '--json'], { LAMBDA_DOJO_LOOP_GUARD: 'off' });
    const out = results(run);
    expect(out.tests.map((t) => t.status)).toEqual(['pass', 'fail']);
    expect(out.tests[1]?.message).toMatch(/Did not finish within \d+ s, so the grader stopped it/);
    expect(out.score).toBe(60);
    expect(JSON.stringify(out)).not.toContain('vitest-pool');
  });

  test.concurrent('a loop while the code loads is stopped and reported as an error', async () => {
    const run = await grade([course.labs.stuck, '--json'], {
      LAMBDA_DOJO_LOAD_TIMEOUT_MS: '3000',
    });
    const out = results(run);
    expect(out.status).toBe('error');
    expect(out.message).toContain('Loading your code took more than');
    expect(run.code).toBe(1);
  });

  test.concurrent('code that throws while loading is an error, not a failure', async () => {
    const run = await grade([course.labs.throws, '--json']);
    const out = results(run);
    expect(out.status).toBe('error');
    expect(out.message).toContain('boom while loading');
    expect(out.message).toContain('could not be loaded');
    expect(run.code).toBe(1);
  });

  test.concurrent('an exception while loading shows the file, line and code', async () => {
    const run = await grade([course.labs.jsonparse, '--json']);
    const out = results(run);
    expect(out.status).toBe('error');
    expect(out.message).toContain('SyntaxError: "undefined" is not valid JSON');
    expect(out.message).toMatch(
      /labs\/lab-\d+-jsonparse\/src\/handler\.ts:1:\d+\n1 \| const config = JSON\.parse/,
    );
  });

  test.concurrent('a syntax error is an error with the place it happened', async () => {
    const run = await grade([course.labs.syntax, '--json']);
    const out = results(run);
    expect(out.status).toBe('error');
    expect(out.message).toContain('handler.ts');
  });

  test.concurrent('process.exit in learner code fails the check without ending the grader', async () => {
    const run = await grade([course.labs.exits, '--json']);
    const out = results(run);
    expect(out.tests.map((t) => t.status)).toEqual(['fail', 'fail']);
    expect(out.tests[0]?.message).toContain('process.exit(3) was called');
  });

  test.concurrent('a promise that never settles times out check by check', async () => {
    const run = await grade([course.labs.never, '--json']);
    const out = results(run);
    expect(out.tests.map((t) => t.status)).toEqual(['fail', 'fail']);
    expect(out.tests[0]?.message).toContain('Did not finish within 1.5 s');
  });
});

// Alone, not concurrent: it compares the time of two grades.
describe('a loop in one task', () => {
  test('a loop in one task still scores the other, soon, with advice about the loop', async () => {
    const started = Date.now();
    await grade([course.labs.good]);
    const baselineMs = Date.now() - started;
    const run = await grade([course.labs.secondloops]);
    const elapsedMs = Date.now() - started - baselineMs;
    expect(run.stdout).toContain('✓ answers ok (60/60)');
    expect(run.stdout).toContain('✗ answers ok again (0/40)');
    expect(run.stdout).toMatch(
      /What happened: The grader stopped a loop that never ends: handler \(.*handler\.ts:3:\d+\)/,
    );
    expect(run.stdout).toContain('💡 Hint 1/1: Look for a loop whose condition never turns false');
    expect(run.stdout).not.toContain('first hint 2');
    expect(run.stdout).not.toContain('vitest');
    expect(run.stdout).toContain('Score: 60 / 100');
    // The check's timeout is 1.5 s; a loop must not cost more than that plus a few seconds.
    expect(elapsedMs).toBeLessThan(baselineMs + 1_500 + 5_000);
  }, 120_000);
});

describe('results and progress', () => {
  test.concurrent('checks keep the manifest order of their files, whichever runs first', async () => {
    const out = results(await grade([course.labs.split, '--json']));
    expect(out.tests.map((t) => [t.check_id, t.task_id])).toEqual([
      ['first-file', 1],
      ['second-file', 2],
    ]);
    expect(out.score).toBe(100);
  });

  test.concurrent('--json writes Exercism results v3 with the lab, score and version', async () => {
    const file = join(course.dir, 'out/results.json');
    const run = await grade([course.labs.half, '--json', file]);
    const out: ResultsFile = JSON.parse(readFileSync(file, 'utf8'));
    expect(out).toMatchObject({
      version: 3,
      status: 'fail',
      lab: 'lab-2',
      score: 60,
      max_score: 100,
      grader_version: expect.any(String),
    });
    expect(out.tests).toEqual([
      expect.objectContaining({ name: 'answers ok', status: 'pass', message: null, task_id: 1 }),
      expect.objectContaining({ name: 'answers ok again', status: 'fail', task_id: 2 }),
    ]);
    expect(out.tests[1]?.output).toContain('second call');
    expect(Date.parse(out.timestamp)).not.toBeNaN();
    expect(run.stdout).toContain('Results written to');
  });

  test('--all shows the progress of every lab', async () => {
    const state = { LAMBDA_DOJO_STATE_DIR: join(course.dir, 'state-all') };
    await grade([course.labs.good], state);
    const run = await grade(['--all'], state);
    expect(run.stdout).toMatch(/lab-1\s+good lab\s+passed\s+100\/100/);
    expect(run.stdout).toMatch(/lab-3\s+loop lab\s+not graded\s+-\/100/);
    expect(run.code).toBe(0);
  });

  test('--all keeps a passed lab passed after a worse try, and shows both grades', async () => {
    const stateDir = join(course.dir, 'state-best');
    const state = { LAMBDA_DOJO_STATE_DIR: stateDir };
    await grade([course.labs.good], state);
    const file = join(stateDir, 'progress.json');
    recordProgress(file, 'lab-1', {
      status: 'fail',
      score: 21,
      maxScore: 100,
      gradedAt: new Date().toISOString(),
    });
    const run = await grade(['--all'], state);
    expect(run.stdout).toMatch(/Lab\s+Title\s+Status\s+Best\s+Last\s+Last graded/);
    expect(run.stdout).toMatch(/lab-1\s+good lab\s+passed\s+100\/100\s+21\/100/);
  });

  test('grading the solution never changes the progress file', async () => {
    const state = { LAMBDA_DOJO_STATE_DIR: join(course.dir, 'state-solution') };
    await grade([course.labs.half, '--solution'], state);
    const run = await grade(['--all'], state);
    expect(run.stdout).toMatch(/lab-2\s+half lab\s+not graded/);
  });
});

describe('usage', () => {
  test.concurrent('a lab can be named lab-N, N, its folder or its slug', async () => {
    for (const name of ['lab-1', '1', 'lab-1-good', 'good']) {
      const run = await grade([name, '--json']);
      expect(results(run).lab, name).toBe('lab-1');
    }
  });

  test.concurrent('an unknown lab lists the labs and exits 2', async () => {
    const run = await grade(['lab-99']);
    expect(run.stderr).toContain('There is no lab "lab-99"');
    expect(run.stderr).toContain('lab-1  good lab');
    expect(run.code).toBe(2);
  });

  test.concurrent('npm run grade lab-1 --lang en grades in English, without --', async () => {
    const run = await npmRun(['grade', course.labs.good, '--lang', 'en']);
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
    const run = await grade(['lab-1', '--lang', 'fr']);
    expect(run.stderr).toContain('expected ko or en for --lang but received fr');
    expect(run.code).toBe(2);
  });
});
