import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listLabs, readCourseFiles } from '@lambda-dojo/course';
import { afterAll, describe, expect, test } from 'vitest';
import { verifyLabChecks } from '../../src/integrity/verify.ts';
import type { ResultsFile } from '../../src/results-json.ts';
import { type Attack, type forgingAttacks, writeAttackCourse } from '../attack-course.ts';
import { courseEnv, runNode } from '../run-node.ts';

const cli = fileURLToPath(new URL('../../bin/cli.mjs', import.meta.url));
const course = writeAttackCourse();
afterAll(() => rmSync(course.dir, { recursive: true, force: true }));

async function grade(attack: Attack | 'controls', ...flags: string[]) {
  const lab = attack === 'controls' ? course.controls : course.labs[attack];
  const run = await runNode([cli, 'grade', lab, '--json', ...flags], courseEnv(course.dir));
  let results: ResultsFile | undefined;
  try {
    results = JSON.parse(run.stdout);
  } catch {
    results = undefined;
  }
  return { ...run, results };
}

/** A process that is gone or a zombie (dead, not yet reaped) no longer runs. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX]/.test(stat);
  } catch {
    return false;
  }
}

describe('--strict refuses a result the learner code forged', () => {
  // Without --strict, every forging attack in one run (a check file, so a worker, each).
  let controls: ReturnType<typeof grade> | undefined;
  const unchecked = () => {
    controls ??= grade('controls');
    return controls;
  };

  test.concurrent.each<[(typeof forgingAttacks)[number], string]>([
    ['send', 'replacing process.send and process._send to rewrite each fail to pass'],
    ['extend', 'redefining toBe and toEqual through expect.extend'],
    ['prototype', "patching chai's Assertion prototype and Object.is"],
    ['runner', 'marking the running check as expected to fail, through @vitest/runner'],
    ['matcher', 'returning an object whose asymmetricMatch accepts anything'],
  ])(
    '%s: %s',
    async (attack) => {
      const [control, strict] = await Promise.all([unchecked(), grade(attack, '--strict')]);

      // Without --strict the attack works: that is what makes this test able to fail. Its
      // handler answers 'not ok', so only the attack makes both of its checks pass.
      const own = control.results?.tests.filter((t) => t.check_id.startsWith(`${attack}-`));
      expect(
        own?.map((t) => [t.check_id, t.status]),
        control.stderr,
      ).toEqual([
        [`${attack}-first-file`, 'pass'],
        [`${attack}-second-file`, 'pass'],
      ]);
      expect(strict.results?.status, strict.stderr).toBe('error');
      expect(strict.results?.score).toBe(0);
      expect(strict.code).toBe(1);
    },
    240_000,
  );

  test('rewriting a check file and its hash in course-files.json is found against git', async () => {
    const lab = listLabs(join(course.dir, 'labs'), join(course.dir, 'solutions')).find(
      (l) => l.manifest.id === course.labs.rewrite,
    );
    if (!lab) throw new Error('Expected the rewrite lab in the fixture course');

    await grade('rewrite');
    const working = readCourseFiles(join(course.dir, 'packages/grader/course-files.json'));
    const strict = await grade('rewrite', '--strict');

    // The rewritten working copy agrees with itself, so comparing with it would be fooled.
    expect(verifyLabChecks(lab, course.dir, working).ok).toBe(true);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain(`labs/${lab.folder}/checks/b-second.check.ts`);
    expect(strict.stderr).toContain('differ from the ones committed');
  }, 240_000);

  test('under --strict the learner code cannot write a check file at all', async () => {
    const file = join(
      course.dir,
      'labs',
      `${course.labs['rewrite-strict']}-rewrite-strict`,
      'checks/b-second.check.ts',
    );
    const before = readFileSync(file, 'utf8');

    const strict = await grade('rewrite-strict', '--strict');

    expect(strict.results?.status).toBe('fail');
    expect(strict.results?.score).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('whatever the learner code does, the grader', () => {
  test.concurrent.each([[[]], [['--strict']]])(
    'keeps --json on standard output valid JSON %j',
    async (flags: string[]) => {
      const run = await grade('stdout', ...flags);

      expect(run.results, run.stdout).toMatchObject({ lab: course.labs.stdout, status: 'fail' });
      expect(run.stderr).toContain('not json');
    },
  );

  test('ends every process the learner code started, in the group or out of it', async () => {
    const run = await grade('processes');
    const pids = readFileSync(course.pids, 'utf8').trim().split('\n').map(Number);

    expect(run.results?.status).toBe('fail');
    expect(pids).toHaveLength(4);
    expect(pids.filter(running)).toEqual([]);
  });

  test('under --strict, learner code cannot start a process', async () => {
    rmSync(course.pids, { force: true });

    const run = await grade('processes', '--strict');

    expect(run.results?.status).toBe('fail');
    expect(existsSync(course.pids)).toBe(false);
  });

  test('ends every process the learner code started when the grader is stopped with Ctrl+C', async () => {
    const grader = spawn(process.execPath, [cli, 'grade', course.labs.lingers], {
      env: { ...process.env, ...courseEnv(course.dir) },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) =>
      grader.on('exit', (code, signal) => resolve(signal ?? code)),
    );
    const started = () =>
      existsSync(course.lingering) ? readFileSync(course.lingering, 'utf8') : '';
    await expect
      .poll(() => started().trim().split('\n').filter(Boolean), { timeout: 90_000, interval: 50 })
      .toHaveLength(2);
    const pids = started().trim().split('\n').map(Number);

    grader.kill('SIGINT');

    expect(await exited).toBe('SIGINT');
    await expect.poll(() => pids.filter(running), { timeout: 10_000 }).toEqual([]);
  });
});
