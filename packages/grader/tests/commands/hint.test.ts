import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listLabs, repoRoot } from '@lambda-dojo/course';
import type { Lang } from '@lambda-dojo/lang';
import { afterAll, describe, expect, test } from 'vitest';
import { adoptRenamedHints, type HintState, hintCommand } from '../../src/commands/hint-run.ts';
import { writeFixtureCourse } from '../fixture-course.ts';
import { courseEnv, runNode } from '../run-node.ts';

const cli = fileURLToPath(new URL('../../bin/cli.mjs', import.meta.url));
const course = writeFixtureCourse();
const stateDir = mkdtempSync(join(tmpdir(), 'dojo-hint-'));
afterAll(() => {
  rmSync(course.dir, { recursive: true, force: true });
  rmSync(stateDir, { recursive: true, force: true });
});

/** `npm run hint <lab>` in-process: the same command the binary runs, its lines collected. */
async function hint(labId: string, lang: Lang = 'en') {
  const labs = listLabs(join(course.dir, 'labs'), join(course.dir, 'solutions'));
  const lab = labs.find((l) => l.manifest.id === labId);
  if (!lab) throw new Error(`Expected ${labId} in the fixture course`);
  const lines: string[] = [];
  const nextLabId = labs[labs.indexOf(lab) + 1]?.manifest.id;
  const code = await hintCommand(lab, {
    courseDir: course.dir,
    stateDir,
    repoRoot,
    lang,
    out: (line) => lines.push(line),
    ...(nextLabId ? { nextLabId } : {}),
  });
  return { code, stdout: lines.join('\n') };
}

describe('npm run hint', () => {
  test('shows one more hint tier of the first failing check on each run', async () => {
    const first = await hint(course.labs.half);
    expect(first.stdout).toContain('💡 Hint 1/2: first hint 2');
    expect(first.stdout).not.toContain('second hint 2');
    expect(first.stdout).toContain(
      `For the next hint tier, run it again: npm run hint ${course.labs.half}`,
    );
    expect(first.code).toBe(1);

    const second = await hint(course.labs.half);
    expect(second.stdout).toContain('💡 Hint 2/2: second hint 2');
    expect(second.stdout).toContain(
      'That was the last hint. Still stuck? Ask your instructor, or catch up at the next lab: npm run catch-up lab-3',
    );

    const third = await hint(course.labs.half, 'ko');
    expect(third.stdout).toContain('💡 힌트 2/2: 두 번째 힌트 2');
    const state = JSON.parse(readFileSync(join(stateDir, 'hints.json'), 'utf8'));
    expect(state).toEqual({ [course.labs.half]: { 'answers-ok-again': 2 } });
  });

  test('says there is nothing to hint when every check passes', async () => {
    const run = await hint(course.labs.good);

    expect(run.stdout).toContain(`Every check of ${course.labs.good} passes.`);
    expect(run.code).toBe(0);
  });

  // The binary, once: it finds the course, reads the arguments and exits with the code.
  test('asks for a lab and lists the labs when none is given', async () => {
    const run = await runNode([cli, 'hint'], courseEnv(course.dir));

    expect(run.stderr).toContain('Say which lab, for example: npm run hint lab-2');
    expect(run.stderr).toContain(`${course.labs.good}  good lab`);
    expect(run.code).toBe(2);
  });
});

describe('hint tiers kept under a lab id from before the renumbering', () => {
  test("move to lab-9 when they are of lab-9's checks, and lab-7's stay", () => {
    const state: HintState = {
      'lab-7': { 'resize-and-thumbnail': 2, 'dead-letter-queue': 1 },
      'lab-9': { identify: 1 },
    };

    const moved = adoptRenamedHints(state, 'lab-9', ['identify', 'resize-and-thumbnail']);

    expect(moved).toBe(true);
    expect(state).toEqual({
      'lab-7': { 'dead-letter-queue': 1 },
      'lab-9': { identify: 1, 'resize-and-thumbnail': 2 },
    });
  });

  test('keep the higher tier when both ids have one, and drop the emptied old entry', () => {
    const state: HintState = { 'lab-7': { identify: 3 }, 'lab-9': { identify: 1 } };

    adoptRenamedHints(state, 'lab-9', ['identify']);

    expect(state).toEqual({ 'lab-9': { identify: 3 } });
  });

  test('stay where they are for a lab that was not renamed', () => {
    const state: HintState = { 'lab-7': { 'dead-letter-queue': 1 } };

    expect(adoptRenamedHints(state, 'lab-7', ['dead-letter-queue'])).toBe(false);
    expect(state).toEqual({ 'lab-7': { 'dead-letter-queue': 1 } });
  });
});
