import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCourse } from '@lambda-dojo/course';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { courseLayoutProblems, labLayoutProblems } from '../src/course-layout.ts';

const folder = 'lab-1-tiny';
const manifest = {
  version: 1,
  id: 'lab-1',
  slug: 'tiny',
  title: { ko: '작은 실습', en: 'A tiny lab' },
  objectives: { ko: ['하나'], en: ['one'] },
  minutes: 5,
  points: 10,
  instructions: { ko: 'README.ko.md', en: 'README.md' },
  files: { edit: ['src/handler.ts'], checks: ['checks/handler.check.ts'] },
};

let courseDir: string;

function write(path: string, text = '') {
  const file = join(courseDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function remove(path: string) {
  rmSync(join(courseDir, path));
}

/** A one-lab course in the house shape: no problems until a test breaks it. */
function writeTinyCourse() {
  write(`labs/${folder}/lab.json`, JSON.stringify(manifest));
  for (const file of ['README.md', 'README.ko.md', 'package.json', 'tsconfig.json']) {
    write(`labs/${folder}/${file}`);
  }
  write(`labs/${folder}/src/handler.ts`, '// TODO');
  write(`labs/${folder}/checks/handler.check.ts`);
  write(`labs/${folder}/checks/fixtures/event.json`, '{}');
  for (const file of ['package.json', 'tsconfig.json', 'src/handler.ts']) {
    write(`solutions/${folder}/${file}`);
  }
}

function problems() {
  const course = loadCourse(join(courseDir, 'labs'), join(courseDir, 'solutions'));
  const lab = course.labs[0];
  if (!lab) throw new Error(`the tiny course has no lab: ${JSON.stringify(course.broken)}`);
  return [...courseLayoutProblems(course, courseDir), ...labLayoutProblems(lab, courseDir)];
}

beforeEach(() => {
  courseDir = mkdtempSync(join(tmpdir(), 'dojo-layout-'));
  writeTinyCourse();
});

afterEach(() => rmSync(courseDir, { recursive: true, force: true }));

describe('course layout', () => {
  test('finds no problem in a lab in the house shape', () => {
    write(`labs/${folder}/node_modules/x/index.js`);
    write(`labs/${folder}/.turbo/turbo-typecheck.log`);
    expect(problems()).toEqual([]);
  });

  test('names a check file that lab.json does not list', () => {
    write(`labs/${folder}/checks/extra.check.ts`);
    expect(problems()).toEqual([
      `labs/${folder}/checks/extra.check.ts is a check file that lab.json does not list, so the grader never runs it: add "checks/extra.check.ts" to files.checks in labs/${folder}/lab.json, or rename it without ".check" if it is a helper.`,
    ]);
  });

  test('names a check file outside checks/ too', () => {
    write(`labs/${folder}/src/handler.check.ts`);
    write(`solutions/${folder}/src/handler.check.ts`);
    expect(problems()).toEqual([
      expect.stringMatching(
        new RegExp(`^labs/${folder}/src/handler\\.check\\.ts is a check file that lab\\.json`),
      ),
    ]);
  });

  test('names a starter file that has no solution', () => {
    write(`labs/${folder}/src/util/extra.ts`);
    expect(problems()).toEqual([
      `labs/${folder}/src/util/extra.ts has no counterpart solutions/${folder}/src/util/extra.ts: solutions/ mirrors labs/ file for file; add the solved file, or delete the starter.`,
    ]);
  });

  test('names a solution file that has no starter', () => {
    write(`solutions/${folder}/src/helper.ts`);
    expect(problems()).toEqual([
      `solutions/${folder}/src/helper.ts has no counterpart labs/${folder}/src/helper.ts: solutions/ mirrors labs/ file for file; add the starter, or delete the solution's file.`,
    ]);
  });

  test('names an unknown top-level file in a lab', () => {
    write(`labs/${folder}/notes.txt`);
    expect(problems()).toEqual([
      `labs/${folder}/notes.txt is not a known lab file: a lab holds lab.json, package.json, tsconfig.json, src, checks, scripts, README.ko.md, README.md; move it into src/ or checks/, or delete it.`,
    ]);
  });

  test('names an unknown file in a solution', () => {
    write(`solutions/${folder}/checks/handler.check.ts`);
    expect(problems()).toEqual([
      `solutions/${folder}/checks/handler.check.ts is not a known solution file: a solution holds only package.json, tsconfig.json, src (checks, lab.json and READMEs live in labs/${folder}).`,
    ]);
  });

  test('names a missing package.json or tsconfig.json', () => {
    remove(`solutions/${folder}/tsconfig.json`);
    remove(`labs/${folder}/package.json`);
    expect(problems()).toEqual([
      `solutions/${folder}/tsconfig.json is missing.`,
      `labs/${folder}/package.json is missing.`,
    ]);
  });

  test('names a lab without a solution folder', () => {
    rmSync(join(courseDir, 'solutions', folder), { recursive: true });
    expect(problems()).toEqual([
      `labs/${folder} has no solution: create solutions/${folder} with package.json, tsconfig.json and src/ mirroring the lab's src/.`,
    ]);
  });

  test('names a solution folder without a lab, and a stray entry in labs/', () => {
    write('solutions/lab-2-gone/src/handler.ts');
    write('labs/scratch.ts');
    expect(problems()).toEqual([
      'labs/scratch.ts is not a lab: lab folders are named lab-<n>-<slug> and hold lab.json (npm run new-lab -- <slug> makes one).',
      'solutions/lab-2-gone has no lab labs/lab-2-gone: every solution mirrors a lab folder of the same name; rename it or delete it.',
    ]);
  });
});
