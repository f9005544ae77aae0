import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCourse, repoRoot } from '@lambda-dojo/course';
import { describe, expect, test } from 'vitest';
import { courseLayoutProblems, filesUnder, labLayoutProblems } from '../src/course-layout.ts';
import { gradeWithCli } from '../src/grade-cli.ts';

const course = loadCourse();
const { labs, broken } = course;
const courseDir = process.env.LAMBDA_DOJO_COURSE_DIR || repoRoot;

test('every lab folder has a valid manifest', () => {
  expect(broken).toEqual([]);
});

test('labs/ and solutions/ hold nothing but labs and their solutions', () => {
  expect(courseLayoutProblems(course, courseDir)).toEqual([]);
});

test('the course has labs, numbered from 1 without gaps', () => {
  expect(labs.length).toBeGreaterThan(0);
  expect(labs.map((lab) => lab.number)).toEqual(labs.map((_, i) => i + 1));
  for (const lab of labs) expect(lab.manifest.id).toBe(`lab-${lab.number}`);
});

/**
 * Grading on lambda-local deploys first (lab-7 also builds its package with npm) and each check
 * makes real invocations: on a loaded 2-core machine a run has taken close to two minutes.
 */
const LOCAL_MS = 280_000;

describe.each(labs.map((lab) => [lab.manifest.id, lab] as const))('%s', (id, lab) => {
  let solutionRun: ReturnType<typeof gradeWithCli> | undefined;
  const gradeSolution = () => {
    solutionRun ??= gradeWithCli(id, ['--solution', '--lang', 'en']);
    return solutionRun;
  };

  test('its folder name matches its manifest', () => {
    expect(lab.folder).toBe(`${id}-${lab.manifest.slug}`);
  });

  test('holds only known files, lists every check file, and the solution mirrors it', () => {
    expect(labLayoutProblems(lab, courseDir)).toEqual([]);
  });

  test('files the learner does not edit are the same in the solution', () => {
    const provided = filesUnder(join(lab.labDir, 'src')).filter(
      (file) => !lab.manifest.files.edit.includes(`src/${file}`),
    );
    for (const file of provided) {
      const starter = readFileSync(join(lab.labDir, 'src', file), 'utf8');
      expect(readFileSync(join(lab.solutionDir, 'src', file), 'utf8'), file).toBe(starter);
    }
  });

  test('the manifest lists files that exist', () => {
    const listed = [
      ...lab.manifest.files.edit,
      ...lab.manifest.files.checks,
      lab.manifest.instructions.ko,
      lab.manifest.instructions.en,
    ];
    for (const file of listed) expect(statSync(join(lab.labDir, file)).isFile(), file).toBe(true);
  });

  test('the solution scores 100%', async () => {
    const { code, results } = await gradeSolution();
    const failing = results.tests.filter((t) => t.status !== 'pass');
    expect(failing.map((t) => `${t.check_id}: ${t.message}`)).toEqual([]);
    expect(results.status).toBe('pass');
    expect(results.score).toBe(lab.manifest.points);
    expect(results.max_score).toBe(lab.manifest.points);
    expect(code).toBe(0);
  });

  test('the checks add up to the points in the manifest, with unique ids', async () => {
    const { results } = await gradeSolution();
    expect(results.tests.reduce((sum, t) => sum + t.points, 0)).toBe(lab.manifest.points);
    const ids = results.tests.map((t) => t.check_id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.runIf(lab.manifest.targets.includes('local'))(
    'the solution also scores 100% against lambda-local (--target local)',
    async () => {
      const { results } = await gradeWithCli(
        id,
        ['--solution', '--lang', 'en', '--target', 'local'],
        {},
        LOCAL_MS,
      );
      const failing = results.tests.filter((t) => t.status !== 'pass');
      expect(failing.map((t) => `${t.check_id}: ${t.message}`)).toEqual([]);
      expect(results).toMatchObject({
        status: 'pass',
        target: 'local',
        score: lab.manifest.points,
      });
    },
    LOCAL_MS + 20_000,
  );

  test.runIf(lab.manifest.targets.includes('local'))(
    'the untouched starter fails on lambda-local the same checks, with the same hints, as on mock',
    async () => {
      const [mock, local] = await Promise.all([
        gradeWithCli(id, ['--lang', 'en']),
        gradeWithCli(id, ['--lang', 'en', '--target', 'local'], {}, LOCAL_MS),
      ]);
      const failing = (run: typeof mock) =>
        run.results.tests.filter((t) => t.status !== 'pass').map((t) => t.check_id);
      expect(local.results.target).toBe('local');
      expect(failing(local)).toEqual(failing(mock));
      expect(failing(local).length).toBeGreaterThan(0);
      const hints = (run: typeof mock) => run.stdout.match(/💡 Hint 1\/\d+: .*/g) ?? [];
      expect(hints(local)).toEqual(hints(mock));
      expect(local.results.score).toBe(mock.results.score);
    },
    LOCAL_MS + 20_000,
  );

  test('the untouched starter loads, fails, and shows a hint in Korean and in English', async () => {
    const ko = await gradeWithCli(id, ['--lang', 'ko']);
    expect(ko.results.status, ko.results.message ?? '').toBe('fail');
    expect(ko.results.score).toBeLessThan(lab.manifest.points);
    expect(ko.code).toBe(1);
    expect(ko.stdout).toMatch(/💡 힌트 1\/\d+: \S/);
    const en = await gradeWithCli(id, ['--lang', 'en']);
    expect(en.stdout).toMatch(/💡 Hint 1\/\d+: \S/);
    for (const failing of en.results.tests.filter((t) => t.status !== 'pass')) {
      expect(failing.message, failing.check_id).toBeTruthy();
    }
  });
});
