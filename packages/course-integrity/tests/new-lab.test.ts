import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCourse, repoRoot } from '@lambda-dojo/course';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { courseLayoutProblems, labLayoutProblems } from '../src/course-layout.ts';
import { gradeWithCli } from '../src/grade-cli.ts';
import { gradeWrongSolution } from '../src/grade-wrong-solution.ts';
import { newLabMain } from '../src/new-lab/main.ts';
import { registerInIndex } from '../src/new-lab/register.ts';
import { planLab } from '../src/new-lab/scaffold.ts';
import type { WrongSolution } from '../src/wrong-solution.ts';

/** Inside the repository (git-ignored), so the new lab resolves the repository's node_modules. */
const parent = new URL('../.fixture-courses/', import.meta.url).pathname;
const skipModules = (src: string) => !src.includes('node_modules');

/** A copy of the course: labs, solutions, and the files new-lab registers the lab in. */
function copyCourse(): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'new-lab-'));
  for (const path of [
    'labs',
    'solutions',
    'tsconfig.base.json',
    'packages/grader/course-files.json',
    'packages/course-integrity/src/wrong-solutions/index.ts',
    'packages/course-integrity/src/wrong-solutions/define-fixtures.ts',
  ]) {
    cpSync(join(repoRoot, path), join(dir, path), { recursive: true, filter: skipModules });
  }
  return dir;
}

function runNewLab(courseDir: string, args: string[], lang = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const code = newLabMain(
    args.includes('--lang') ? args : [...args, '--lang', lang],
    { LAMBDA_DOJO_COURSE_DIR: courseDir },
    {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
    },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run new-lab -- <slug>, in a copy of the course', () => {
  let courseDir: string;
  let scaffolded: ReturnType<typeof runNewLab>;
  const number = loadCourse().labs.length + 1;
  const id = `lab-${number}`;
  const folder = `${id}-step-functions`;
  const env = () => ({ LAMBDA_DOJO_COURSE_DIR: courseDir });

  beforeAll(() => {
    courseDir = copyCourse();
    scaffolded = runNewLab(courseDir, ['step-functions', '--no-install']);
  });

  afterAll(() => rmSync(courseDir, { recursive: true, force: true }));

  test('writes the lab and its mirrored solution under the next number', () => {
    expect(scaffolded.err).toBe('');
    expect(scaffolded.code).toBe(0);
    expect(scaffolded.out).toContain(`Created labs/${folder} and solutions/${folder}.`);
    const lab = loadCourse(join(courseDir, 'labs'), join(courseDir, 'solutions')).labs.at(-1);
    expect(lab?.manifest).toMatchObject({
      id,
      slug: 'step-functions',
      title: { en: 'Step functions', ko: 'Step functions' },
      files: { edit: ['src/handler.ts'], checks: ['checks/handler.check.ts'] },
    });
  });

  test('writes a lab in the house shape: layout checks find nothing', () => {
    const course = loadCourse(join(courseDir, 'labs'), join(courseDir, 'solutions'));
    const lab = course.labs.find((l) => l.manifest.id === id);
    if (!lab) throw new Error(`no ${id} in the copy`);
    expect(course.broken).toEqual([]);
    expect([
      ...courseLayoutProblems(course, courseDir),
      ...labLayoutProblems(lab, courseDir),
    ]).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(lab.labDir, 'package.json'), 'utf8'));
    expect(pkg.name).toBe(`@lambda-dojo/${folder}`);
    const tsconfig = JSON.parse(readFileSync(join(lab.solutionDir, 'tsconfig.json'), 'utf8'));
    expect(tsconfig.compilerOptions.paths).toEqual({ '@lab/*': ['./src/*'] });
  });

  test('registers the lab in course-files.json and the wrong-solutions index', () => {
    const courseFiles = JSON.parse(
      readFileSync(join(courseDir, 'packages/grader/course-files.json'), 'utf8'),
    );
    expect(Object.keys(courseFiles.labs[id].checks)).toEqual([
      `labs/${folder}/lab.json`,
      `labs/${folder}/checks/handler.check.ts`,
    ]);
    const index = readFileSync(
      join(courseDir, 'packages/course-integrity/src/wrong-solutions/index.ts'),
      'utf8',
    );
    expect(index).toContain(`import { lab${number} } from './${id}.ts';`);
    expect(index).toMatch(new RegExp(`\\[(lab\\d+, )+lab${number}\\]\\.map`));
  });

  test('the grader grades its solution 100%', async () => {
    const { code, results } = await gradeWithCli(id, ['--solution', '--lang', 'en'], env());
    expect(results.tests.filter((t) => t.status !== 'pass')).toEqual([]);
    expect(results).toMatchObject({ status: 'pass', score: 100, max_score: 100 });
    expect(code).toBe(0);
  });

  test('its untouched starter fails, with a hint in Korean and in English', async () => {
    const ko = await gradeWithCli(id, ['--lang', 'ko'], env());
    expect(ko.results).toMatchObject({ status: 'fail', score: 0 });
    expect(ko.code).toBe(1);
    expect(ko.stdout).toMatch(/💡 힌트 1\/2: \S/);
    const en = await gradeWithCli(id, ['--lang', 'en'], env());
    expect(en.stdout).toMatch(/💡 Hint 1\/2: \S/);
  });

  test('each of its five wrong solutions fails the check it names', async () => {
    const file = join(courseDir, `packages/course-integrity/src/wrong-solutions/${id}.ts`);
    const { fixtures } = Object.values(await import(file))[0] as { fixtures: WrongSolution[] };
    expect(fixtures).toHaveLength(5);
    const lab = loadCourse(join(courseDir, 'labs'), join(courseDir, 'solutions')).labs.at(-1);
    if (!lab) throw new Error(`no ${id} in the copy`);
    for (const fixture of fixtures) {
      const outcome = await gradeWrongSolution(lab, fixture);
      expect(outcome.status, fixture.id).toBe('fail');
    }
  }, 300_000);

  test('refuses a slug that is taken, and writes nothing', () => {
    const again = runNewLab(courseDir, ['step-functions', '--no-install']);
    expect(again.code).toBe(2);
    expect(again.err).toBe(
      `The slug "step-functions" is taken: labs/${folder} already exists. Pick another slug, or edit that lab.`,
    );
    expect(existsSync(join(courseDir, 'labs', `lab-${number + 1}-step-functions`))).toBe(false);
  });
});

describe('npm run new-lab, refusing bad input', () => {
  let courseDir: string;
  beforeAll(() => {
    courseDir = copyCourse();
  });
  afterAll(() => rmSync(courseDir, { recursive: true, force: true }));

  const labCount = () =>
    loadCourse(join(courseDir, 'labs'), join(courseDir, 'solutions')).labs.length;

  test.each([
    [
      'Step_Functions',
      'Expected a slug of lowercase letters, digits and single hyphens (e.g. step-functions) but received "Step_Functions".',
    ],
    [
      'step--functions',
      'Expected a slug of lowercase letters, digits and single hyphens (e.g. step-functions) but received "step--functions".',
    ],
    [
      'lab-8-step-functions',
      'Expected the slug without "lab-<n>-" (the number comes by itself) but received "lab-8-step-functions". Try: npm run new-lab -- step-functions',
    ],
    [
      'cold-starts',
      'The slug "cold-starts" is taken: labs/lab-3-cold-starts already exists. Pick another slug, or edit that lab.',
    ],
  ])('refuses "%s" with a message saying why, and writes nothing', (slug, message) => {
    const before = labCount();
    const run = runNewLab(courseDir, [slug, '--no-install']);
    expect(run).toEqual({ code: 2, out: '', err: message });
    expect(labCount()).toBe(before);
  });

  test('says it in Korean with --lang ko', () => {
    const run = runNewLab(courseDir, ['Bad Slug'], 'ko');
    expect(run.err).toBe(
      '슬러그는 영어 소문자, 숫자, 하이픈 하나로 이어야 해요(예: step-functions). 받은 값: "Bad Slug"',
    );
  });

  test('shows the usage when the slug is missing, and rejects unknown options', () => {
    const missing = runNewLab(courseDir, []);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Expected a slug, e\.g\. npm run new-lab -- step-functions/);
    expect(missing.err).toContain('Usage: npm run new-lab -- <slug> [options]');
    const unknown = runNewLab(courseDir, ['queues', '--force']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      'Unknown option --force. Run npm run new-lab -- --help for the options.',
    );
    const unknownKo = runNewLab(courseDir, ['queues', '--force'], 'ko');
    expect(unknownKo.err).toBe(
      '없는 옵션이에요: --force. 옵션은 npm run new-lab -- --help로 볼 수 있어요.',
    );
    const split = runNewLab(courseDir, ['queues', '--title', 'Step', 'Functions']);
    expect(split.err).toBe(
      'Expected one slug but received 2: queues Functions. Put a title with spaces in quotes: --title "Step Functions".',
    );
    // An unknown --lang is said in the environment's language: Korean when LANG says nothing.
    expect(runNewLab(courseDir, ['queues', '--lang', 'jp']).err).toBe(
      '--lang에는 ko나 en을 주세요. 받은 값: "jp"',
    );
  });

  test('refuses a folder that is not a course', () => {
    expect(() => planLab(join(courseDir, 'labs'), { slug: 'queues' })).toThrow(
      /^Expected a course with labs\/ and solutions\/ in .*labs but found none\.$/,
    );
  });
});

describe('registerInIndex', () => {
  const lab = { id: 'lab-9', number: 9, slug: 'x', folder: 'lab-9-x', title: { ko: 'x', en: 'x' } };
  const index = `import type { WrongSolution } from '../wrong-solution.ts';
import { lab1 } from './lab-1.ts';
import { lab8 } from './lab-8.ts';

export const wrongSolutions: Readonly<Record<string, WrongSolution[]>> = Object.fromEntries(
  [lab1, lab8].map(({ lab, fixtures }) => [lab, fixtures]),
);
`;

  test('adds one import after the last and the lab at the end of the list', () => {
    expect(registerInIndex(index, lab)).toBe(
      index
        .replace("from './lab-8.ts';\n", "from './lab-8.ts';\nimport { lab9 } from './lab-9.ts';\n")
        .replace('[lab1, lab8]', '[lab1, lab8, lab9]'),
    );
  });

  test('leaves an index that already lists the lab, or has another shape, alone', () => {
    expect(registerInIndex(registerInIndex(index, lab) as string, lab)).toBeUndefined();
    expect(registerInIndex('export const wrongSolutions = {};\n', lab)).toBeUndefined();
  });
});
