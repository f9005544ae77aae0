import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectCourseFiles, writeCourseFiles } from '@lambda-dojo/course';
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../run-cli.ts';
import { courseEnv } from '../run-node.ts';
import { writeToolCourse } from '../tool-course.ts';

let course: ReturnType<typeof writeToolCourse>;
afterEach(() => rmSync(course.dir, { recursive: true, force: true }));

/** `npm run <tool> <args>`: the CLI's main in-process, on the course the environment names. */
function run(tool: string, args: string[], lang = 'ko_KR.UTF-8') {
  const env = { ...courseEnv(course.dir, '.lambda-dojo'), LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
  return runCli([tool, ...args], env);
}

describe('npm run catch-up and npm run reset', () => {
  test('catch-up then reset round-trips a lab and keeps both versions of the learner work', async () => {
    course = writeToolCourse();
    mkdirSync(join(course.dir, 'packages/grader'), { recursive: true });
    writeCourseFiles(
      collectCourseFiles(course.labs, course.dir),
      join(course.dir, 'packages/grader/course-files.json'),
    );
    const handler = join(course.dir, 'labs/lab-1-step-1/src/handler.ts');
    writeFileSync(handler, 'half done\n');

    const caughtUp = await run('catch-up', ['lab-3', '--yes']);
    expect(caughtUp.code).toBe(0);
    expect(caughtUp.stdout).toContain(
      'lab-1, lab-2의 참고 답안을 labs/에 복사했어요(파일 4개). 이제 lab-3부터 함께 진행하면 돼요.',
    );
    expect(caughtUp.stdout).toMatch(
      /원래 파일은 여기에 백업해 뒀어요: \.lambda-dojo\/backups\/\S+-catch-up-lab-3/,
    );
    expect(readFileSync(handler, 'utf8')).toBe('export const solved = 1;\n');

    const reset = await run('reset', ['1', '--yes'], 'en_US.UTF-8');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('Restored the starter code of lab-1 (2 files).');
    expect(readFileSync(handler, 'utf8')).toBe('// TODO: lab 1 starter\n');
    const backup = /backed up in (\S+)/.exec(reset.stdout)?.[1] ?? '';
    expect(readFileSync(join(course.dir, backup, 'labs/lab-1-step-1/src/handler.ts'), 'utf8')).toBe(
      'export const solved = 1;\n',
    );
  });

  test('without --yes and without a terminal, lists the files and changes nothing', async () => {
    course = writeToolCourse();
    const handler = join(course.dir, 'labs/lab-1-step-1/src/handler.ts');
    writeFileSync(handler, 'half done\n');

    const result = await run('catch-up', ['lab-2'], 'en_US.UTF-8');

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'These 2 files will be replaced (your versions are backed up first):\n  labs/lab-1-step-1/src/handler.ts\n  labs/lab-1-step-1/src/util/format.ts',
    );
    expect(result.stdout).toContain(
      'There is no terminal to ask on, so nothing was changed. To replace them, run: npm run catch-up lab-2 -- --yes',
    );
    expect(readFileSync(handler, 'utf8')).toBe('half done\n');
  });

  test('reset clears the lab from the progress shown by --all', async () => {
    course = writeToolCourse();
    mkdirSync(join(course.dir, 'packages/grader'), { recursive: true });
    writeCourseFiles(
      collectCourseFiles(course.labs, course.dir),
      join(course.dir, 'packages/grader/course-files.json'),
    );
    const progress = join(course.dir, '.lambda-dojo/progress.json');
    mkdirSync(join(course.dir, '.lambda-dojo'), { recursive: true });
    const passed = { status: 'pass', score: 10, maxScore: 10, gradedAt: '2026-12-01T10:00:00Z' };
    writeFileSync(progress, JSON.stringify({ 'lab-1': passed, 'lab-2': passed }));
    writeFileSync(join(course.dir, 'labs/lab-2-step-2/src/handler.ts'), 'done\n');

    const result = await run('reset', ['lab-2', '--yes'], 'en_US.UTF-8');

    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(progress, 'utf8')))).toEqual(['lab-1']);
  });

  test('an unknown lab lists the labs and exits 2 without touching anything', async () => {
    course = writeToolCourse();

    const result = await run('catch-up', ['lab-9'], 'en_US.UTF-8');

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no lab "lab-9". These labs exist:');
    expect(result.stderr).toContain('  lab-3  Step 3');
  });
});
