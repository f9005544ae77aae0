import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectCourseFiles } from '@lambda-dojo/course';
import { afterEach, describe, expect, test } from 'vitest';
import { verifyLabChecks } from '../../src/integrity/verify.ts';
import { writeToolCourse } from '../tool-course.ts';

let course: ReturnType<typeof writeToolCourse>;
afterEach(() => rmSync(course.dir, { recursive: true, force: true }));

describe('verifyLabChecks', () => {
  test('accepts checks that match the committed hashes', () => {
    course = writeToolCourse();
    const committed = collectCourseFiles(course.labs, course.dir);

    expect(verifyLabChecks(course.lab(0), course.dir, committed).ok).toBe(true);
  });

  test('reports an edited check file, an edited manifest and an added file', () => {
    course = writeToolCourse();
    const committed = collectCourseFiles(course.labs, course.dir);
    const lab = 'labs/lab-1-step-1';
    writeFileSync(join(course.dir, lab, 'checks/a.check.ts'), 'test.skip("everything")\n');
    writeFileSync(join(course.dir, lab, 'checks/extra.ts'), '// new\n');
    writeFileSync(join(course.dir, lab, 'lab.json'), '{"points": 1}');

    const report = verifyLabChecks(course.lab(0), course.dir, committed);

    expect(report).toEqual({
      ok: false,
      modified: [`${lab}/lab.json`, `${lab}/checks/a.check.ts`],
      missing: [],
      added: [`${lab}/checks/extra.ts`],
    });
  });

  test('reports a deleted check file as missing', () => {
    course = writeToolCourse();
    const committed = collectCourseFiles(course.labs, course.dir);
    rmSync(join(course.dir, 'labs/lab-2-step-2/checks/a.check.ts'));

    const report = verifyLabChecks(course.lab(1), course.dir, committed);

    expect(report.missing).toEqual(['labs/lab-2-step-2/checks/a.check.ts']);
    expect(report.ok).toBe(false);
  });

  test('does not trust a lab the committed hashes do not know', () => {
    course = writeToolCourse();

    const report = verifyLabChecks(course.lab(0), course.dir, undefined);

    expect(report.ok).toBe(false);
  });
});
