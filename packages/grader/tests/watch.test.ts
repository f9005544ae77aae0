import { spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { parseGradeArgs } from '../src/commands/grade.ts';
import { watchCommand } from '../src/commands/watch.ts';
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
      } else if (Date.now() - started > 90_000) {
        clearInterval(poll);
        reject(new Error(`"${text}" did not appear ${times} times in:\n${read()}`));
      }
    }, 50);
  });
}

// The real binary, once: grading, a save, grading again, Ctrl+C.
test('--watch grades again after a save and stops on Ctrl+C', async () => {
  const child = spawn(process.execPath, [cli, 'grade', course.labs.half, '--watch'], {
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
  expect(out, 'no terminal reset when the output is not a terminal').not.toContain('\u001bc');
});

describe('watchCommand', () => {
  let dir: string;
  let printed = '';
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Watches a fresh folder with one handler; `grades()` counts the grades so far. */
  function startWatching(flags: string[]) {
    dir = mkdtempSync(join(tmpdir(), 'dojo-watch-'));
    writeFileSync(join(dir, 'handler.ts'), fixtureHandlers.good);
    printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed += String(chunk);
      return true;
    });
    let grades = 0;
    const options = parseGradeArgs(['lab-1', '--watch', '--lang', 'en', ...flags], {});
    const done = watchCommand(dir, options, 'lab-1', dir, async () => {
      grades++;
    });
    return { done, grades: () => grades, read: () => printed };
  }

  test.each([
    ['events', []],
    ['polling', ['--poll']],
  ])('grades again after a save (%s) and stops on Ctrl+C', async (_mode, flags) => {
    const watching = startWatching(flags);
    await waitFor(watching.read, 'Save a file to grade again');

    writeFileSync(join(dir, 'handler.ts'), fixtureHandlers.half);
    await waitFor(watching.read, 'Save a file to grade again', 2);
    process.emit('SIGINT');

    expect(await watching.done).toBe(0);
    expect(watching.grades()).toBe(2);
  });

  test('grades again after each of ten rename-saves in a row, as sed -i saves', async () => {
    const watching = startWatching([]);
    await waitFor(watching.read, 'Save a file to grade again');

    for (let save = 1; save <= 10; save++) {
      // sed -i writes a new file beside the old one and renames it over it.
      const temporary = join(dir, `sed${save}`);
      writeFileSync(temporary, `${fixtureHandlers.good}\n// save ${save}\n`);
      renameSync(temporary, join(dir, 'handler.ts'));
      await waitFor(watching.read, 'Save a file to grade again', save + 1);
    }
    process.emit('SIGINT');

    expect(await watching.done).toBe(0);
    expect(watching.grades()).toBe(11);
    expect(printed, 'no terminal reset when the output is not a terminal').not.toContain('\u001bc');
  }, 60_000);
});
