import { type ProofFields, signProof } from '@lambda-dojo/course';
import { afterEach, describe, expect, test } from 'vitest';
import type { Board } from '../src/board.ts';
import { answer, CODE, KEY, LAB_1_CHECKS, results, submission, TestBoard } from './http.ts';

let board: TestBoard;
afterEach(async () => {
  await board.dispose();
});

async function grid(): Promise<Board> {
  return (await (await board.get(`/api/board?key=${KEY}`)).json()) as Board;
}

const passing = {
  status: 'pass',
  score: 100,
  tests: [
    {
      name: 'a',
      status: 'pass',
      message: null,
      output: null,
      task_id: 1,
      check_id: 'a',
      points: 60,
    },
    {
      name: 'b',
      status: 'pass',
      message: null,
      output: null,
      task_id: 2,
      check_id: 'b',
      points: 40,
    },
  ],
};

/** Joins as the grader does and returns the key the board issued. */
async function join(name: string, learner: string): Promise<string> {
  const res = await board.join({ name, code: CODE, learner });
  expect(res.status).toBe(201);
  return ((await res.json()) as { key: string }).key;
}

/** A submission signed as the grader signs it (grader: submission/proof.ts). */
function signed(
  key: string,
  name: string,
  learner: string,
  overrides: Record<string, unknown>,
  { strict = true, checks = LAB_1_CHECKS } = {},
) {
  const body = { ...submission(name, overrides, learner), strict };
  const r = results(overrides);
  const fields: ProofFields = {
    learner,
    lab: r.lab,
    status: r.status,
    score: r.score,
    maxScore: r.max_score,
    strict,
    checks: strict ? checks : '',
    timestamp: r.timestamp,
    tests: r.tests,
  };
  return { ...body, proof: signProof(key, fields) };
}

const LEARNER = 'learner-aaaaaaaaaaaa';

describe('what the board can verify', () => {
  test('a pass sent by plain HTTP with the join code alone is self-reported, never verified', async () => {
    board = await new TestBoard().start();

    const res = await board.submit({ ...submission('Alex', passing), strict: true });

    expect(res.status).toBe(201);
    const { rows, summary } = await grid();
    expect(rows[0]?.cells['lab-1']).toMatchObject({ status: 'pass', verification: 'unsigned' });
    expect(summary[0]).toMatchObject({ passed: 1, verifiedPassed: 0 });
  });

  test('a --strict pass signed with the joined key, on the board’s checks, is verified', async () => {
    board = await new TestBoard().start();
    const key = await join('Alex', LEARNER);

    const res = await board.submit(signed(key, 'Alex', LEARNER, passing));

    expect(res.status).toBe(201);
    const { rows, summary } = await grid();
    expect(rows[0]?.cells['lab-1']?.verification).toBe('verified');
    expect(summary[0]).toMatchObject({ passed: 1, verifiedPassed: 1 });
  });

  test.each([
    ['without --strict', { strict: false }, 'not-strict'],
    ['with checks other than the board’s', { checks: 'd'.repeat(64) }, 'checks-differ'],
  ])('a signed result graded %s is self-reported', async (_what, how, expected) => {
    board = await new TestBoard().start();
    const key = await join('Alex', LEARNER);

    await board.submit(signed(key, 'Alex', LEARNER, passing, how));

    expect((await grid()).rows[0]?.cells['lab-1']?.verification).toBe(expected);
  });

  test('a signed score that does not add up from the checks is self-reported', async () => {
    board = await new TestBoard().start();
    const key = await join('Alex', LEARNER);

    await board.submit(signed(key, 'Alex', LEARNER, { ...passing, tests: results().tests }));

    expect((await grid()).rows[0]?.cells['lab-1']?.verification).toBe('inconsistent');
  });

  test('refuses a result for a joined learner id that is unsigned or signed with another key', async () => {
    board = await new TestBoard().start();
    await join('Alex', LEARNER);

    const unsigned = await board.submit(submission('Alex', passing, LEARNER));
    const forged = await board.submit(signed('not-the-key', 'Alex', LEARNER, passing));
    const altered = signed(
      await join('Bo', 'learner-bbbbbbbbbbbb'),
      'Bo',
      'learner-bbbbbbbbbbbb',
      {},
    );
    const tampered = await board.submit({
      ...altered,
      results: { ...altered.results, score: 100 },
    });

    for (const res of [unsigned, forged, tampered]) {
      expect(res.status).toBe(403);
      expect((await answer(res)).error).toBe('bad-proof');
    }
    expect((await grid()).rows).toEqual([]);
  });

  test('issues the key of a learner id once', async () => {
    board = await new TestBoard().start();
    await join('Alex', LEARNER);

    const again = await board.join({ name: 'Alex', code: CODE, learner: LEARNER });
    const wrongCode = await board.join({
      name: 'Alex',
      code: 'AAAAAA',
      learner: 'learner-cccccccccccc',
    });

    expect(again.status).toBe(409);
    expect((await answer(again)).error).toBe('already-joined');
    expect(wrongCode.status).toBe(403);
  });
});

describe('learners and names', () => {
  test('two learners with the same name have two rows, told apart by their id', async () => {
    board = await new TestBoard().start();

    await board.submit(submission('김민지', {}, 'learner-minji-one-000'));
    await board.submit(submission('김민지', passing, 'learner-minji-two-000'));

    const { rows } = await grid();
    expect(rows.map((r) => [r.name, r.tag, r.cells['lab-1']?.status])).toEqual([
      ['김민지', '#learne', 'fail'],
      ['김민지', '#learne', 'pass'],
    ]);
  });
});
