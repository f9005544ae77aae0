import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { writeFixtureCourse } from './fixture-course.ts';
import { gradeInProcess } from './grade-in-process.ts';

// One fixture course for the file; each lab is graded in a run host of its own, as the CLI does.
const course = writeFixtureCourse();
afterAll(() => rmSync(course.dir, { recursive: true, force: true }));

const grade = (lab: string, options?: Parameters<typeof gradeInProcess>[2]) =>
  gradeInProcess(course.dir, lab, options);

// 'half' is graded once; its report and its results file are read by two tests.
let half: ReturnType<typeof grade> | undefined;
const gradeHalf = () => {
  half ??= grade(course.labs.half);
  return half;
};

describe('grading learner code', () => {
  test.concurrent('passing code scores every point', async () => {
    const { report, run } = await grade(course.labs.good);

    expect(report).toContain('✓ answers ok (60/60)');
    expect(report).toContain('Score: 100 / 100');
    expect(run.status).toBe('pass');
  });

  test.concurrent('a failing check shows its hint tiers and what the code printed, in either language', async () => {
    const { report, reportWith, run } = await gradeHalf();

    expect(report).toContain('✗ answers ok again (0/40)');
    expect(report).toContain('💡 Hint 1/2: first hint 2');
    expect(report).not.toContain('second hint 2');
    expect(report).toContain('npm run grade -- lab-2 --hint 2');
    expect(report).toContain('What your code printed: second call');
    expect(run.status).toBe('fail');
    // --hint 2
    expect(reportWith({ hintTier: 2 })).toContain('💡 Hint 2/2: second hint 2');
    // --lang ko
    const ko = reportWith({ lang: 'ko' });
    expect(ko).toContain('과제 2: 다시 응답하기');
    expect(ko).toContain('💡 힌트 1/2: 첫 번째 힌트 2');
    expect(ko).toContain('점수: 60 / 100');
  });

  test.concurrent('a failed assertion shows its own hint and the check’s note and values', async () => {
    const { report } = await grade(course.labs.hinted);

    expect(report).toContain("What happened: the answer\n    expected: 'ok'\n    received: 'OK'");
    expect(report).toContain('💡 Hint 1/1: Mind the case too');
    expect(report).not.toContain('first hint 1');
    expect(report).not.toContain('Object.is');
  });

  test.concurrent('an infinite loop is stopped where it loops, check by check', async () => {
    const { results } = await grade(course.labs.loop);

    expect(results.status).toBe('fail');
    for (const t of results.tests) {
      expect(t.message).toMatch(
        /^The grader stopped a loop that never ends: handler \(.*handler\.ts:1:\d+\)$/,
      );
    }
  });

  test.concurrent('without the loop guard, a hung check is skipped and the rest graded again', async () => {
    const { results } = await grade(course.labs.secondloops, {
      env: { LAMBDA_DOJO_LOOP_GUARD: 'off' },
    });

    expect(results.tests.map((t) => t.status)).toEqual(['pass', 'fail']);
    expect(results.tests[1]?.message).toMatch(
      /Did not finish within \d+ s, so the grader stopped it/,
    );
    expect(results.score).toBe(60);
    expect(JSON.stringify(results)).not.toContain('vitest-pool');
  });

  test.concurrent('a loop while the code loads is stopped and reported as an error', async () => {
    const { results } = await grade(course.labs.stuck, { loadTimeoutMs: 3_000 });

    expect(results.status).toBe('error');
    expect(results.message).toContain('Loading your code took more than');
  });

  test.concurrent('code that throws while loading is an error, not a failure', async () => {
    const { results } = await grade(course.labs.throws);

    expect(results.status).toBe('error');
    expect(results.message).toContain('boom while loading');
    expect(results.message).toContain('could not be loaded');
  });

  test.concurrent('an exception while loading shows the file, line and code', async () => {
    const { results } = await grade(course.labs.jsonparse);

    expect(results.status).toBe('error');
    expect(results.message).toContain('SyntaxError: "undefined" is not valid JSON');
    expect(results.message).toMatch(
      /labs\/lab-\d+-jsonparse\/src\/handler\.ts:1:\d+\n1 \| const config = JSON\.parse/,
    );
  });

  test.concurrent('a syntax error is an error with the place it happened', async () => {
    const { results } = await grade(course.labs.syntax);

    expect(results.status).toBe('error');
    expect(results.message).toContain('handler.ts');
  });

  test.concurrent('process.exit in learner code fails the check without ending the grader', async () => {
    const { results } = await grade(course.labs.exits);

    expect(results.tests.map((t) => t.status)).toEqual(['fail', 'fail']);
    expect(results.tests[0]?.message).toContain('process.exit(3) was called');
  });

  test.concurrent('a promise that never settles times out check by check', async () => {
    const { results } = await grade(course.labs.never);

    expect(results.tests.map((t) => t.status)).toEqual(['fail', 'fail']);
    expect(results.tests[0]?.message).toContain('Did not finish within 1.5 s');
  });

  test.concurrent('checks keep the manifest order of their files, whichever runs first', async () => {
    const { results } = await grade(course.labs.split);

    expect(results.tests.map((t) => [t.check_id, t.task_id])).toEqual([
      ['first-file', 1],
      ['second-file', 2],
    ]);
    expect(results.score).toBe(100);
  });

  test.concurrent('the results file follows Exercism results v3 with the lab, score and version', async () => {
    const { results } = await gradeHalf();

    expect(results).toMatchObject({
      version: 3,
      status: 'fail',
      lab: 'lab-2',
      score: 60,
      max_score: 100,
      grader_version: expect.any(String),
    });
    expect(results.tests).toEqual([
      expect.objectContaining({ name: 'answers ok', status: 'pass', message: null, task_id: 1 }),
      expect.objectContaining({ name: 'answers ok again', status: 'fail', task_id: 2 }),
    ]);
    expect(results.tests[1]?.output).toContain('second call');
    expect(Date.parse(results.timestamp)).not.toBeNaN();
  });
});

// Alone, not concurrent: it compares the time of two grades.
describe('a loop in one task', () => {
  test('a loop in one task still scores the other, soon, with advice about the loop', async () => {
    const started = Date.now();
    await grade(course.labs.good);
    const baselineMs = Date.now() - started;
    const { report } = await grade(course.labs.secondloops);
    const elapsedMs = Date.now() - started - baselineMs;

    expect(report).toContain('✓ answers ok (60/60)');
    expect(report).toContain('✗ answers ok again (0/40)');
    expect(report).toMatch(
      /What happened: The grader stopped a loop that never ends: handler \(.*handler\.ts:3:\d+\)/,
    );
    expect(report).toContain('💡 Hint 1/1: Look for a loop whose condition never turns false');
    expect(report).not.toContain('first hint 2');
    expect(report).not.toContain('vitest');
    expect(report).toContain('Score: 60 / 100');
    // The check's timeout is 1.5 s; a loop must not cost more than that plus a few seconds.
    expect(elapsedMs).toBeLessThan(baselineMs + 1_500 + 5_000);
  }, 120_000);
});
