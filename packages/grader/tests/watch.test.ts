import { spawn } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { fixtureHandlers, writeFixtureCourse } from './fixture-course.ts';
import { courseEnv } from './run-node.ts';

const cli = fileURLToPath(new URL('../bin/cli.mjs', import.meta.url));
const course = writeFixtureCourse();
afterAll(() => rmSync(course.dir, { recursive: true, force: true }));

/** Resolves once `text` has appeared `times` times in what the process printed. */
function waitFor(read: () => string, text: string, times = 1): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (read().split(text).length - 1 >= times) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > 45_000) {
        clearInterval(poll);
        reject(new Error(`"${text}" did not appear ${times} times in:\n${read()}`));
      }
    }, 100);
  });
}

test.each([
  ['events', []],
  ['polling', ['--poll']],
])('--watch grades again after a save (%s) and stops on Ctrl+C', async (_mode, extra) => {
  const child = spawn(process.execPath, [cli, 'grade', course.labs.half, '--watch', ...extra], {
    env: { ...process.env, ...courseEnv(course.dir) },
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const read = () => out;
  await waitFor(read, 'Score: 60 / 100');
  await waitFor(read, 'Save a file to grade again');
  writeFileSync(join(course.dir, 'labs/lab-2-half/src/handler.ts'), fixtureHandlers.good);
  await waitFor(read, 'Score: 100 / 100');
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
  writeFileSync(join(course.dir, 'labs/lab-2-half/src/handler.ts'), fixtureHandlers.half);
});

test('--watch re-grades each of ten rename-saves in a row, as sed -i saves', async () => {
  const file = join(course.dir, 'labs/lab-1-good/src/handler.ts');
  const child = spawn(process.execPath, [cli, 'grade', course.labs.good, '--watch'], {
    env: { ...process.env, ...courseEnv(course.dir) },
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const read = () => out;
  await waitFor(read, 'Save a file to grade again');
  for (let save = 1; save <= 10; save++) {
    // sed -i writes a new file beside the old one and renames it over it.
    const temporary = join(course.dir, `labs/lab-1-good/src/sed${save}`);
    writeFileSync(temporary, `${fixtureHandlers.good}\n// save ${save}\n`);
    renameSync(temporary, file);
    await waitFor(read, 'Save a file to grade again', save + 1);
  }
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(out.split('Score: 100 / 100').length - 1).toBe(11);
  expect(out, 'no terminal reset when the output is not a terminal').not.toContain('\u001bc');
  writeFileSync(file, `${fixtureHandlers.good}\n`);
}, 120_000);
