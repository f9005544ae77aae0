import { afterEach, describe, expect, test } from 'vitest';
import type { Board } from '../src/board.ts';
import { boardScript } from '../src/page-script.ts';
import { answer, CODE, KEY, submission, TestBoard } from './http.ts';

let board: TestBoard;
afterEach(async () => {
  await board.dispose();
});

async function grid(): Promise<Board> {
  const res = await board.get(`/api/board?key=${KEY}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Board;
}

describe('submitting results', () => {
  test('accepts a grader result and shows it in the grid and the summary', async () => {
    board = await new TestBoard().start();

    const res = await board.submit(submission('김민지'));

    expect(res.status).toBe(201);
    expect(await answer(res)).toMatchObject({ ok: true, name: '김민지', lab: 'lab-1' });
    const { rows, summary } = await grid();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toBe('김민지');
    expect(rows[0]?.cells['lab-1']).toMatchObject({ status: 'fail', score: 60, maxScore: 100 });
    expect(summary).toEqual([
      { lab: 'lab-1', submitted: 1, passed: 0, verifiedPassed: 0, averageScore: 60 },
      { lab: 'lab-2', submitted: 0, passed: 0, verifiedPassed: 0, averageScore: null },
    ]);
  });

  test('keeps the latest status and the best score of a learner in a lab', async () => {
    board = await new TestBoard().start();
    await board.submit(submission('Alex', { status: 'pass', score: 100 }));

    await board.submit(submission('alex', { score: 60 }));

    const { rows } = await grid();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells['lab-1']).toMatchObject({
      status: 'fail',
      score: 60,
      bestScore: 100,
      submissions: 2,
    });
  });

  test('accepts the join code in any case but refuses a wrong one', async () => {
    board = await new TestBoard().start();

    const lower = await board.submit({ ...submission('Alex'), code: CODE.toLowerCase() });
    const wrong = await board.submit({ ...submission('Alex'), code: 'AAAAAA' });

    expect(lower.status).toBe(201);
    expect(wrong.status).toBe(403);
    expect(await answer(wrong)).toEqual({
      ok: false,
      error: 'wrong-code',
      message: 'Wrong join code. Pass the code shown on the instructor screen with --code.',
    });
    expect((await grid()).rows).toHaveLength(1);
  });

  test('answers in Korean when the learner asks for Korean', async () => {
    board = await new TestBoard().start();

    const res = await board.submit(
      { ...submission('Alex'), code: 'AAAAAA' },
      { 'accept-language': 'ko-KR' },
    );

    expect((await answer(res)).message).toBe(
      '참여 코드가 맞지 않아요. 강사 화면에 보이는 코드를 --code로 넘겨 주세요.',
    );
  });
});

describe('refusing bad submissions', () => {
  const cases: [string, unknown, number, string][] = [
    ['a body without results', { name: 'Alex', code: CODE }, 400, 'invalid-body'],
    ['a score that is not a number', submission('Alex', { score: '60' }), 400, 'invalid-body'],
    ['an unknown results version', submission('Alex', { version: 2 }), 400, 'invalid-body'],
    ['a lab the class does not have', submission('Alex', { lab: 'lab-9' }), 400, 'unknown-lab'],
    ['a score above the maximum', submission('Alex', { score: 101 }), 400, 'bad-score'],
    [
      'a maximum that is not the lab points',
      submission('Alex', { max_score: 10, score: 10 }),
      400,
      'bad-score',
    ],
    ['the reference solution result', submission('Alex', { solution: true }), 400, 'solution'],
    ['an empty name', submission('   '), 400, 'name-empty'],
    ['a name of 41 characters', submission('가'.repeat(41)), 400, 'name-long'],
    ['a name with a control character', submission('Alex\u0007'), 400, 'name-charset'],
    ['a name with a right-to-left override', submission('Alex\u202Egnp.exe'), 400, 'name-charset'],
    ['a name with a newline', submission('Alex\nBob'), 200, ''],
    ['malformed JSON', '{"name": "Alex",', 400, 'invalid-body'],
    ['a JSON array', '[1, 2]', 400, 'invalid-body'],
  ];

  test.each(cases)('refuses %s', async (_label, body, status, error) => {
    board = await new TestBoard().start();

    const res = await board.submit(body);

    if (status === 200) {
      // Whitespace inside a name collapses to one space instead of being refused.
      expect(res.status).toBe(201);
      expect((await answer(res)).name).toBe('Alex Bob');
      return;
    }
    expect(res.status).toBe(status);
    expect((await answer(res)).error).toBe(error);
    expect((await grid()).rows).toHaveLength(0);
  });

  test('explains which fields are wrong', async () => {
    board = await new TestBoard().start();

    const res = await board.submit(submission('Alex', { score: '60' }));

    expect((await answer(res)).message).toBe(
      'The submission is not in the expected shape (results.score: Invalid input: expected number, received string). Only results made by npm run grade can be sent.',
    );
  });

  test('refuses a body over the size limit with 413', async () => {
    board = await new TestBoard({ bodyBytes: 4096 }).start();

    const res = await board.submit({ ...submission('Alex'), padding: 'x'.repeat(5000) });

    expect(res.status).toBe(413);
    expect(await answer(res)).toEqual({
      ok: false,
      error: 'too-large',
      message: 'The submission is too large.',
    });
  });

  test('refuses a body that is not JSON with 415', async () => {
    board = await new TestBoard().start();

    const res = await fetch(`${board.url}/api/submissions`, { method: 'POST', body: 'name=Alex' });

    expect(res.status).toBe(415);
  });

  test('limits how often one learner submits', async () => {
    board = await new TestBoard({ perLearner: 3 }).start();
    for (let i = 0; i < 3; i++) expect((await board.submit(submission('Alex'))).status).toBe(201);

    const res = await board.submit(submission('ALEX'));

    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await answer(res)).message).toMatch(
      /^You are submitting too often\. Try again in \d+ s\.$/,
    );
    expect((await board.submit(submission('Sam'))).status).toBe(201);
  });

  test('limits how often one address submits, even with a wrong code', async () => {
    board = await new TestBoard({ perAddress: 5 }).start();
    for (let i = 0; i < 5; i++) await board.submit({ ...submission(`L${i}`), code: 'WRONG1' });

    const res = await board.submit(submission('Alex'));

    expect(res.status).toBe(429);
    expect((await answer(res)).error).toBe('rate-limited');
  });
});

describe('the instructor page', () => {
  test('needs the instructor key', async () => {
    board = await new TestBoard().start();

    expect((await board.get('/')).status).toBe(401);
    expect((await board.get('/?key=wrong')).status).toBe(401);
    expect((await board.get('/api/board')).status).toBe(401);
    expect((await board.get('/api/export.csv?key=wrong')).status).toBe(401);
  });

  test('escapes every name so a <script> name shows as text', async () => {
    board = await new TestBoard().start();
    await board.submit(submission('<script>alert(1)</script>'));
    await board.submit(submission('"><img src=x onerror=alert(2)>'));

    const html = await (await board.get(`/?key=${KEY}&lang=en`)).text();

    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
  });

  test('keeps names out of the live script and forbids inline scripts', async () => {
    board = await new TestBoard().start();
    await board.submit(submission('<script>alert(1)</script>'));

    const res = await board.get(`/?key=${KEY}`);

    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(boardScript).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(boardScript).toContain('textContent');
  });

  test('is in Korean by default and in English with lang=en', async () => {
    board = await new TestBoard().start();

    const ko = await (await board.get(`/?key=${KEY}`)).text();
    const en = await (await board.get(`/?key=${KEY}&lang=en`)).text();

    expect(ko).toContain('<html lang="ko">');
    expect(ko).toContain('참여 코드: <strong id="code">K7QM2P</strong>');
    expect(en).toContain('Join code: <strong id="code">K7QM2P</strong>');
    expect(en).toContain(
      'npm run grade lab-1 -- --strict --submit http://127.0.0.1:4848 --code K7QM2P --name your-name',
    );
  });

  test('answers 204 to the poll while nothing changed, and the board once it did', async () => {
    board = await new TestBoard().start();
    const { version } = await grid();

    const unchanged = await board.get(`/api/board?key=${KEY}&since=${version}`);
    await board.submit(submission('Alex'));
    const changed = await board.get(`/api/board?key=${KEY}&since=${version}`);

    expect(unchanged.status).toBe(204);
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as Board).version).toBeGreaterThan(version);
  });

  test('exports CSV with formula-looking names defused', async () => {
    board = await new TestBoard().start();
    await board.submit(submission('=HYPERLINK("http://x","y")'));
    await board.submit(
      submission('+1', { lab: 'lab-2', max_score: 50, score: 50, status: 'pass' }),
    );
    await board.submit(submission('@SUM(A1)'));
    await board.submit(submission('-2'));

    const res = await board.get(`/api/export.csv?key=${KEY}`);
    const csv = await res.text();

    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="lambda-dojo-class-/,
    );
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"name","learner","lab","status","score","max_score","best_score","submissions","strict","verification","updated_at"',
    );
    const names = lines.slice(1).map((line) => line.slice(0, line.indexOf(',"id-')));
    expect(names.sort()).toEqual([
      `"'+1"`,
      `"'-2"`,
      `"'=HYPERLINK(""http://x"",""y"")"`,
      `"'@SUM(A1)"`,
    ]);
  });
});

describe('durability and load', () => {
  test('keeps every submission and the join code data across a restart', async () => {
    board = await new TestBoard().start();
    await board.submit(submission('Alex', { status: 'pass', score: 100 }));
    await board.submit(submission('Sam'));
    const before = await grid();

    await board.stop();
    await board.start();

    const after = await grid();
    expect(after.rows).toEqual(before.rows);
    expect(after.version).toBe(before.version);
    expect((await board.submit(submission('Kim'))).status).toBe(201);
    expect((await grid()).rows.map((r) => r.name)).toEqual(['Alex', 'Kim', 'Sam']);
  });

  test('takes a burst of 100 learners submitting at once', async () => {
    board = await new TestBoard().start();
    const names = Array.from({ length: 100 }, (_, i) => `학습자-${String(i).padStart(3, '0')}`);

    const responses = await Promise.all(
      names.map((name, i) =>
        board.submit(submission(name, i % 2 ? {} : { status: 'pass', score: 100 })),
      ),
    );

    expect(responses.map((r) => r.status)).toEqual(names.map(() => 201));
    const { rows, summary } = await grid();
    expect(rows.map((r) => r.name).sort()).toEqual(names);
    expect(summary[0]).toEqual({
      lab: 'lab-1',
      submitted: 100,
      passed: 50,
      verifiedPassed: 0,
      averageScore: 80,
    });
    expect(board.store.submissionCount()).toBe(100);
  });
});
