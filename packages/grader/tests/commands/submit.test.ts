import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  collectCourseFiles,
  learnerIdentity,
  listLabs,
  proofMatches,
  writeCourseFiles,
} from '@lambda-dojo/course';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parseGradeArgs } from '../../src/commands/grade.ts';
import { submissionsUrl, submitResults } from '../../src/commands/submit.ts';
import type { ResultsFile } from '../../src/results-json.ts';
import { writeFixtureCourse } from '../fixture-course.ts';
import { runCli } from '../run-cli.ts';
import { courseEnv } from '../run-node.ts';

/** A stand-in class board on 127.0.0.1 that records what it receives. */
interface Received {
  url: string;
  headers: IncomingMessage['headers'];
  body: {
    name: string;
    code: string;
    learner: string;
    strict: boolean;
    results: ResultsFile;
    proof?: { checks: string; mac: string };
  };
}
const joinKey = 'board-issued-key';
/** Submissions only; the board's answers to /api/join are in `joins`. */
const joins: Received[] = [];
const received: Received[] = [];
let reply = { status: 201, body: '{"ok":true,"name":"Alex"}' };
let server: Server;
let boardUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => {
      const entry = { url: req.url ?? '', headers: req.headers, body: JSON.parse(text) };
      if (req.url === '/api/join') {
        joins.push(entry);
        const body = JSON.stringify({ ok: true, key: joinKey });
        return void res.writeHead(201, { 'content-type': 'application/json' }).end(body);
      }
      received.push(entry);
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  boardUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
  joins.length = 0;
  reply = { status: 201, body: '{"ok":true,"name":"Alex"}' };
});

/** Commits a fixture course, so --strict finds its course-files.json in git. */
function commitAll(dir: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'C',
    GIT_AUTHOR_EMAIL: 'c@example.com',
    GIT_COMMITTER_NAME: 'C',
    GIT_COMMITTER_EMAIL: 'c@example.com',
  };
  for (const args of [
    ['init', '-q'],
    ['add', '.'],
    ['commit', '-q', '-m', 'course'],
  ]) {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore', env });
  }
}

const results = {
  version: 3,
  timestamp: '2026-12-01T10:00:00.000Z',
  max_score: 100,
  lab: 'lab-1',
  status: 'fail',
  message: null,
  score: 60,
  tests: [
    {
      name: 'answers',
      status: 'fail',
      message: 'expected 1',
      output: 'my secret log',
      task_id: 1,
      check_id: 'a',
      points: 40,
    },
  ],
} as unknown as ResultsFile;
const options = (...extra: string[]) =>
  parseGradeArgs(['lab-1', '--submit', boardUrl, '--code', 'K7QM2P', '--name', 'Alex', ...extra], {
    LANG: 'en_US.UTF-8',
  });

const stateDir = mkdtempSync(join(tmpdir(), 'dojo-submit-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));
const context = { stateDir, checksDigest: 'd'.repeat(64) };

describe('submitResults', () => {
  test('posts the name, the code, the learner, --strict, the results and a proof', async () => {
    const outcome = await submitResults(results, options('--strict'), fetch, context);
    const { id } = learnerIdentity(stateDir);

    expect(outcome).toEqual({
      ok: true,
      message: "Submitted. Your instructor's board now shows the result of Alex.",
    });
    expect(received[0]?.url).toBe('/api/submissions');
    expect(received[0]?.headers['accept-language']).toBe('en');
    expect(received[0]?.body).toEqual({
      name: 'Alex',
      code: 'K7QM2P',
      learner: id,
      strict: true,
      results: { ...results, tests: [{ ...results.tests[0], message: null, output: null }] },
      proof: { checks: context.checksDigest, mac: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
  });

  test('joins the board once per checkout, then signs every result with its key', async () => {
    await submitResults(results, options('--strict'), fetch, context);
    await submitResults(results, options('--strict'), fetch, context);
    const { id, boards } = learnerIdentity(stateDir);
    const fields = {
      learner: id,
      lab: 'lab-1',
      status: 'fail',
      score: 60,
      maxScore: results.max_score,
      strict: true,
      checks: context.checksDigest,
      timestamp: results.timestamp,
      tests: results.tests,
    };

    expect(joins.length).toBeLessThanOrEqual(1);
    expect(Object.values(boards)).toEqual([joinKey]);
    expect(proofMatches(joinKey, fields, received[1]?.body.proof?.mac ?? '')).toBe(true);
    expect(
      proofMatches(joinKey, { ...fields, score: 100 }, received[1]?.body.proof?.mac ?? ''),
    ).toBe(false);
  });

  test('two checkouts are two learners, whatever their names', async () => {
    const other = mkdtempSync(join(tmpdir(), 'dojo-submit-'));

    await submitResults(results, options(), fetch, context);
    await submitResults(results, options(), fetch, { stateDir: other });

    expect(received[0]?.body.learner).not.toBe(received[1]?.body.learner);
    rmSync(other, { recursive: true, force: true });
  });

  test("passes on the board's reason when it refuses", async () => {
    reply = { status: 403, body: '{"ok":false,"error":"wrong-code","message":"Wrong join code."}' };

    const outcome = await submitResults(results, options(), fetch, context);

    expect(outcome).toEqual({
      ok: false,
      message: 'The class board refused the submission (HTTP 403): Wrong join code.',
    });
  });

  test('explains an unreachable board instead of throwing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const outcome = await submitResults(results, { ...options(), submit: url }, fetch, context);

    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe(
      `Could not reach the class board at ${url}: ECONNREFUSED. Check the address and that you are on the same network. Your grade is unchanged.`,
    );
  });

  test('refuses an address that is not http', async () => {
    const outcome = await submitResults(
      results,
      { ...options(), submit: 'ftp://board' },
      fetch,
      context,
    );

    expect(outcome.message).toBe(
      'Could not understand the --submit address ftp://board. Use the http:// address your instructor gave you.',
    );
    expect(received).toHaveLength(0);
  });
});

describe('submissionsUrl', () => {
  test('keeps the origin of whatever address the learner pasted', () => {
    expect(submissionsUrl('http://10.0.0.5:4848')?.href).toBe(
      'http://10.0.0.5:4848/api/submissions',
    );
    expect(submissionsUrl('http://10.0.0.5:4848/?key=x')?.href).toBe(
      'http://10.0.0.5:4848/api/submissions',
    );
    expect(submissionsUrl('10.0.0.5:4848')).toBeUndefined();
  });
});

describe('--submit and --strict on the command line', () => {
  const course = writeFixtureCourse();
  const courseFiles = join(course.dir, 'packages/grader/course-files.json');
  afterAll(() => rmSync(course.dir, { recursive: true, force: true }));

  // The CLI's main in-process, on the fixture course the environment names.
  function grade(args: string[]) {
    return runCli(['grade', ...args], courseEnv(course.dir));
  }

  const submitArgs = () => ['--submit', boardUrl, '--code', 'K7QM2P', '--name', 'Alex'];

  test('grades, then submits the results to the board', async () => {
    const run = await grade([course.labs.half, ...submitArgs()]);

    expect(run.stdout).toContain(`Submitting the result to the class board: ${boardUrl}`);
    expect(run.stdout).toContain(
      "Submitted. Your instructor's board now shows the result of Alex.",
    );
    expect(run.code).toBe(1);
    expect(received[0]?.body.results).toMatchObject({
      lab: course.labs.half,
      status: 'fail',
      score: 60,
    });
    expect(received[0]?.body.strict).toBe(false);
  });

  test('--strict submits when the checks match the committed hashes', async () => {
    mkdirSync(join(course.dir, 'packages/grader'), { recursive: true });
    writeCourseFiles(
      collectCourseFiles(
        listLabs(join(course.dir, 'labs'), join(course.dir, 'solutions')),
        course.dir,
      ),
      courseFiles,
    );
    commitAll(course.dir);

    const run = await grade([course.labs.good, '--strict', ...submitArgs()]);

    expect(run.stdout).toContain(`The checks of ${course.labs.good} match the ones committed`);
    expect(received[0]?.body.strict).toBe(true);
    expect(received[0]?.body.proof?.checks).toMatch(/^[0-9a-f]{64}$/);
    expect(run.code).toBe(0);
  });

  test('--strict refuses to grade or submit when a check was edited', async () => {
    writeFileSync(
      join(course.dir, 'checks/extra.check.ts'),
      '// a check the course does not have\n',
    );

    const run = await grade([course.labs.good, '--strict', ...submitArgs()]);

    rmSync(join(course.dir, 'checks/extra.check.ts'));
    expect(run.stderr).toContain(
      `The checks of ${course.labs.good} differ from the ones committed with the course, so this result cannot be submitted (--strict):\n  checks/extra.check.ts`,
    );
    expect(run.code).toBe(2);
    expect(received).toHaveLength(0);
  });

  test('--submit without --code and --name is a usage error', async () => {
    const run = await grade([course.labs.good, '--submit', boardUrl]);

    expect(run.stderr).toContain('expected --code and --name with --submit');
    expect(run.code).toBe(2);
  });
});
