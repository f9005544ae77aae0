import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { catchUpCommand } from '../../src/commands/catch-up-run.ts';
import { writeToolCourse } from '../tool-course.ts';

let course: ReturnType<typeof writeToolCourse>;
afterEach(() => rmSync(course.dir, { recursive: true, force: true }));

function context(lines: string[], now = new Date('2026-11-27T10:00:00Z')) {
  const stateDir = join(course.dir, '.lambda-dojo');
  return {
    courseDir: course.dir,
    stateDir,
    lang: 'en' as const,
    out: (l: string) => lines.push(l),
    now,
  };
}

const read = (path: string) => readFileSync(join(course.dir, path), 'utf8');

describe('catch-up', () => {
  test('copies the solutions of every earlier lab and leaves the target lab alone', () => {
    course = writeToolCourse();
    const lines: string[] = [];

    const code = catchUpCommand(course.lab(2), course.labs, context(lines));

    expect(code).toBe(0);
    expect(read('labs/lab-1-step-1/src/handler.ts')).toBe('export const solved = 1;\n');
    expect(read('labs/lab-2-step-2/src/util/format.ts')).toBe('export const format = 2;\n');
    expect(read('labs/lab-3-step-3/src/handler.ts')).toBe('// TODO: lab 3 starter\n');
    expect(lines[0]).toBe(
      'Copied the reference solutions of lab-1, lab-2 into labs/ (4 files). You can join the room at lab-3.',
    );
  });

  test('backs up the learner files first and prints where they are', () => {
    course = writeToolCourse();
    writeFileSync(join(course.dir, 'labs/lab-1-step-1/src/handler.ts'), 'my own work\n');
    const lines: string[] = [];

    catchUpCommand(course.lab(1), course.labs, context(lines));

    const backup = '.lambda-dojo/backups/2026-11-27T10-00-00-catch-up-lab-2';
    expect(read(`${backup}/labs/lab-1-step-1/src/handler.ts`)).toBe('my own work\n');
    expect(lines).toContain(`Your previous files are backed up in ${backup}`);
  });

  test('never overwrites an earlier backup made in the same second', () => {
    course = writeToolCourse();
    const handler = join(course.dir, 'labs/lab-1-step-1/src/handler.ts');
    writeFileSync(handler, 'first attempt\n');
    catchUpCommand(course.lab(1), course.labs, context([]));
    writeFileSync(handler, 'second attempt\n');

    catchUpCommand(course.lab(1), course.labs, context([]));

    const backups = readdirSync(join(course.dir, '.lambda-dojo/backups')).sort();
    expect(backups).toEqual([
      '2026-11-27T10-00-00-catch-up-lab-2',
      '2026-11-27T10-00-00-catch-up-lab-2-2',
    ]);
    const saved = (name: string) =>
      read(`.lambda-dojo/backups/${name}/labs/lab-1-step-1/src/handler.ts`);
    expect(backups.map(saved)).toEqual(['first attempt\n', 'second attempt\n']);
  });

  test('makes no backup and changes nothing when the labs already match', () => {
    course = writeToolCourse();
    catchUpCommand(course.lab(1), course.labs, context([]));
    rmSync(join(course.dir, '.lambda-dojo'), { recursive: true });
    const lines: string[] = [];

    catchUpCommand(course.lab(1), course.labs, context(lines));

    expect(lines).toEqual([
      'Your files of lab-1 already match the reference solutions. Nothing changed.',
    ]);
    expect(existsSync(join(course.dir, '.lambda-dojo/backups'))).toBe(false);
  });

  test('says there is nothing to catch up on for the first lab', () => {
    course = writeToolCourse();
    const lines: string[] = [];

    catchUpCommand(course.lab(0), course.labs, { ...context(lines), lang: 'ko' });

    expect(lines).toEqual(['lab-1: 첫 랩이라 따라잡을 앞선 랩이 없어요. 바로 시작하면 돼요.']);
  });

  test('stops before touching any file when a solution is missing', () => {
    course = writeToolCourse();
    writeFileSync(join(course.dir, 'labs/lab-1-step-1/src/handler.ts'), 'keep me\n');
    rmSync(join(course.dir, 'solutions/lab-2-step-2/src/util/format.ts'));

    expect(() => catchUpCommand(course.lab(2), course.labs, context([]))).toThrow(
      /There is no reference solution folder: .*solutions\/lab-2-step-2\/src\/util\/format\.ts/,
    );
    expect(read('labs/lab-1-step-1/src/handler.ts')).toBe('keep me\n');
  });
});
