import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { submissionsUrl, submitResults } from '../../src/commands/submit.ts';
import { collectCourseFiles, writeCourseFiles } from '../../src/integrity/course-files.ts';
import { listLabs } from '../../src/labs.ts';
import { parseOptions } from '../../src/options.ts';
import type { ResultsFile } from '../../src/results-json.ts';
import { writeFixtureCourse } from '../fixture-course.ts';
import { courseEnv, runNode } from '../run-node.ts';

/** A stand-in class board on 127.0.0.1 that records what it receives. */
interface Received {
  url: string;
  headers: IncomingMessage['headers'];
  body: { name: string; code: string; strict: boolean; results: ResultsFile };
}
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
      received.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(text) });
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  boardUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
  reply = { status: 201, body: '{"ok":true,"name":"Alex"}' };
});

const results = {
  version: 3,
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
  parseOptions(['lab-1', '--submit', boardUrl, '--code', 'K7QM2P', '--name', 'Alex', ...extra], {
    LANG: 'en_US.UTF-8',
  });

describe('submitResults', () => {
  test('posts the name, the code, --strict and the results to /api/submissions', async () => {
    const outcome = await submitResults(results, options('--strict'));

    expect(outcome).toEqual({
      ok: true,
      message: "Submitted. Your instructor's board now shows the result of Alex.",
    });
    expect(received[0]?.url).toBe('/api/submissions');
    expect(received[0]?.headers['accept-language']).toBe('en');
    expect(received[0]?.body).toEqual({
      name: 'Alex',
      code: 'K7QM2P',
      strict: true,
      results: { ...results, tests: [{ ...results.tests[0], message: null, output: null }] },
    });
  });

  test("passes on the board's reason when it refuses", async () => {
    reply = { status: 403, body: '{"ok":false,"error":"wrong-code","message":"Wrong join code."}' };

    const outcome = await submitResults(results, options());

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

    const outcome = await submitResults(results, { ...options(), submit: url });

    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe(
      `Could not reach the class board at ${url}: ECONNREFUSED. Check the address and that you are on the same network. Your grade is unchanged.`,
    );
  });

  test('refuses an address that is not http', async () => {
    const outcome = await submitResults(results, { ...options(), submit: 'ftp://board' });

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
  const cli = fileURLToPath(new URL('../../bin/grade.mjs', import.meta.url));
  const course = writeFixtureCourse();
  const courseFiles = join(course.dir, 'packages/grader/course-files.json');
  afterAll(() => rmSync(course.dir, { recursive: true, force: true }));

  function grade(args: string[]) {
    return runNode([cli, ...args], courseEnv(course.dir));
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

    const run = await grade([course.labs.good, '--strict', ...submitArgs()]);

    expect(run.stdout).toContain(`The checks of ${course.labs.good} match the ones committed`);
    expect(received[0]?.body.strict).toBe(true);
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
