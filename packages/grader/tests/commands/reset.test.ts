import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectCourseFiles } from '@lambda-dojo/course';
import { afterEach, describe, expect, test } from 'vitest';
import { resetCommand } from '../../src/commands/reset-run.ts';
import { writeToolCourse } from '../tool-course.ts';

let course: ReturnType<typeof writeToolCourse>;
afterEach(() => rmSync(course.dir, { recursive: true, force: true }));

const handler = 'labs/lab-2-step-2/src/handler.ts';
const read = (path: string) => readFileSync(join(course.dir, path), 'utf8');

function reset(lines: string[] = [], courseFiles = collectCourseFiles(course.labs, course.dir)) {
  const ctx = {
    courseDir: course.dir,
    stateDir: join(course.dir, '.lambda-dojo'),
    lang: 'en' as const,
    out: (l: string) => lines.push(l),
    now: new Date('2026-11-27T11:30:00Z'),
  };
  return resetCommand(course.lab(1), courseFiles, ctx);
}

describe('reset', () => {
  test('restores the starter even after the learner committed their own work', () => {
    course = writeToolCourse();
    const courseFiles = collectCourseFiles(course.labs, course.dir);
    writeFileSync(join(course.dir, handler), 'committed attempt\n');
    course.git('commit', '-q', '-am', 'my work');
    const lines: string[] = [];

    reset(lines, courseFiles);

    expect(read(handler)).toBe('// TODO: lab 2 starter\n');
    expect(lines[0]).toBe('Restored the starter code of lab-2 (1 files).');
    const backup = '.lambda-dojo/backups/2026-11-27T11-30-00-reset-lab-2';
    expect(read(`${backup}/${handler}`)).toBe('committed attempt\n');
    expect(lines).toContain(`Your previous files are backed up in ${backup}`);
  });

  test('recreates a starter file the learner deleted', () => {
    course = writeToolCourse();
    const courseFiles = collectCourseFiles(course.labs, course.dir);
    rmSync(join(course.dir, 'labs/lab-2-step-2/src/util/format.ts'));

    reset([], courseFiles);

    expect(read('labs/lab-2-step-2/src/util/format.ts')).toBe('// TODO: format 2\n');
  });

  test('changes nothing when the lab is still the starter', () => {
    course = writeToolCourse();
    const lines: string[] = [];

    reset(lines);

    expect(lines).toEqual(['The files of lab-2 already match the starter. Nothing changed.']);
  });

  test('keeps the learner files when the starter cannot be found in git', () => {
    course = writeToolCourse();
    const courseFiles = collectCourseFiles(course.labs, course.dir);
    const lab2 = courseFiles.labs['lab-2'];
    if (lab2) lab2.starters[handler] = '0'.repeat(40);
    writeFileSync(join(course.dir, handler), 'precious\n');

    expect(() => reset([], courseFiles)).toThrow(
      `Could not find the starter of ${handler} in git. Is this a git clone of the course? Nothing was changed.`,
    );
    expect(read(handler)).toBe('precious\n');
  });

  test('explains what to do when the course has no starter record', () => {
    course = writeToolCourse();

    expect(() => reset([], { version: 1, note: '', labs: {} })).toThrow(
      'course-files.json has no starter record for lab-2. Pull the latest course and run this again.',
    );
  });
});
