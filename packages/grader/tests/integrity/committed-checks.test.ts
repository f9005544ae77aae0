import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COURSE_FILES_PATH,
  changedSince,
  collectCourseFiles,
  sha256,
  snapshotChecks,
  writeCourseFiles,
} from '@lambda-dojo/course';
import { afterEach, describe, expect, test } from 'vitest';
import { writeToolCourse } from '../tool-course.ts';

let course: ReturnType<typeof writeToolCourse>;
afterEach(() => rmSync(course.dir, { recursive: true, force: true }));

function commitCourseFiles() {
  mkdirSync(join(course.dir, 'packages/grader'), { recursive: true });
  writeCourseFiles(
    collectCourseFiles(course.labs, course.dir),
    join(course.dir, COURSE_FILES_PATH),
  );
  course.git('add', '.');
  course.git('commit', '-q', '-m', 'hashes');
}

const check = 'labs/lab-1-step-1/checks/a.check.ts';

describe('snapshotChecks', () => {
  test('returns the verified texts and a digest when the checks match git', () => {
    course = writeToolCourse();
    commitCourseFiles();

    const verified = snapshotChecks(course.lab(0), course.dir);

    expect('snapshot' in verified && verified.snapshot.files[join(course.dir, check)]).toBe(
      '// checks of lab 1\n',
    );
    expect('snapshot' in verified && verified.snapshot.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  test('compares with course-files.json as committed, not as rewritten on disk', () => {
    course = writeToolCourse();
    commitCourseFiles();
    const forged = 'test("passes", () => {});\n';
    writeFileSync(join(course.dir, check), forged);
    const file = join(course.dir, COURSE_FILES_PATH);
    const hashes = collectCourseFiles(course.labs, course.dir);
    writeCourseFiles(hashes, file);

    expect(hashes.labs['lab-1']?.checks[check]).toBe(sha256(forged));
    expect(snapshotChecks(course.lab(0), course.dir)).toEqual({
      refusal: { reason: 'changed', files: [check] },
    });
  });

  test('refuses a course that is not a git checkout', () => {
    course = writeToolCourse();
    rmSync(join(course.dir, '.git'), { recursive: true, force: true });

    expect(snapshotChecks(course.lab(0), course.dir)).toEqual({ refusal: { reason: 'no-git' } });
  });
});

describe('changedSince', () => {
  test('names a check file that changed after the snapshot', () => {
    course = writeToolCourse();
    commitCourseFiles();
    const verified = snapshotChecks(course.lab(0), course.dir);
    if (!('snapshot' in verified)) throw new Error('Expected the checks to match git');

    writeFileSync(join(course.dir, check), '// rewritten during the run\n');

    expect(changedSince(verified.snapshot, course.dir)).toEqual([check]);
  });
});
