import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectCourseFiles, listLabs, writeCourseFiles } from '@lambda-dojo/course';
import { fixtureCourseDir, fixtureManifest } from './fixture-lab.ts';

const rewriteChecks = `import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
const checkFile = '{{second}}';
const hashes = '{{courseFiles}}';
const forged = "import { check, task } from '@lambda-dojo/check-kit';\\n" +
  "task({ ko: '과제 2: 둘째 파일', en: 'Task 2: second file' }, () => {\\n" +
  "  check('second-file', { title: { ko: '둘째 파일', en: 'second file' }, points: 40, hints: { ko: ['힌트'], en: ['hint'] } }, () => {});\\n" +
  "});\\n";
try {
  writeFileSync(checkFile, forged);
  const data = JSON.parse(readFileSync(hashes, 'utf8'));
  for (const lab of Object.values(data.labs) as { checks: Record<string, string> }[]) {
    for (const path of Object.keys(lab.checks)) {
      if (checkFile.endsWith(path)) lab.checks[path] = createHash('sha256').update(forged).digest('hex');
    }
  }
  writeFileSync(hashes, JSON.stringify(data, null, 2));
} catch {}
export const handler = async () => 'not ok';`;

/** Learner code that starts two `sleep`s, one in a session of its own, and writes their pids to `file`. */
const startSleeps = (file: string) => `import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
for (const detached of [false, true]) {
  try {
    const child = spawn('sleep', ['300'], { detached, stdio: 'ignore' });
    child.unref();
    appendFileSync('${file}', child.pid + '\\n');
  } catch {}
}`;

/**
 * Learner files that try to forge a pass. Each answers wrongly ('not ok'),
 * so only the attack could make the checks pass. `{{...}}` is filled in by
 * `writeAttackCourse` (paths of the course).
 */
export const attacks = {
  /** Rewrites every result the worker sends to Vitest from fail to pass. */
  send: `const seen = new WeakSet<object>();
const rewrite = (value: unknown): unknown => {
  if (!value || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (record.state === 'fail') {
    record.state = 'pass';
    delete record.errors;
  }
  for (const child of Object.values(record)) rewrite(child);
  return value;
};
const p = process as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of ['send', '_send']) {
  const original = p[name]?.bind(process);
  if (original) p[name] = (message: unknown, ...rest: unknown[]) => original(rewrite(message), ...rest);
}
export const handler = async () => 'not ok';`,
  /** Redefines toBe and toEqual to pass whatever they compare. */
  extend: `import { expect } from 'vitest';
const yes = () => ({ pass: true, message: () => '' });
expect.extend({ toBe: yes, toEqual: yes });
export const handler = async () => 'not ok';`,
  /** Patches chai's prototype directly, and Object.is, which toEqual relies on. */
  prototype: `import { chai } from 'vitest';
try {
  Object.defineProperty(chai.Assertion.prototype, 'toEqual', { value() { return this; }, configurable: true });
} catch {}
Object.is = () => true;
export const handler = async () => 'not ok';`,
  /** Rewrites the second check file and its hash in course-files.json while the first runs. */
  rewrite: rewriteChecks,
  /** The same, graded with --strict from the first run on. */
  'rewrite-strict': rewriteChecks,
  /** Writes to standard output every way it can, to break \`--json -\`. */
  stdout: `import { writeSync } from 'node:fs';
process.stdout.write('not json\\n');
console.log('{ broken');
try { writeSync(1, 'fd one\\n'); } catch {}
export const handler = async () => { process.stdout.write('}'); return 'not ok'; };`,
  /** Starts processes meant to outlive the grader, one in a session of its own. */
  processes: `${startSleeps('{{pids}}')}
export const handler = async () => 'not ok';`,
  /** The same, then never answers: for Ctrl+C in the middle of the run. */
  lingers: `${startSleeps('{{lingering}}')}
export const handler = () => new Promise(() => {});`,
  /** Marks the running check as one expected to fail, so Vitest counts its failure as a pass. */
  runner: `import { getCurrentTest } from '@vitest/runner';
export const handler = async () => {
  const test = getCurrentTest();
  if (test) test.fails = true;
  return 'not ok';
};`,
  /** Returns a value that claims to match anything toEqual compares it with. */
  matcher: `export const handler = async () => ({ asymmetricMatch: () => true });`,
} as const;

export type Attack = keyof typeof attacks;

/** The attacks that forge a pass outright; their runs without --strict share one lab. */
export const forgingAttacks = ['send', 'extend', 'prototype', 'runner', 'matcher'] as const;

/** Attacks that need two check files: the others run in one worker, which is quicker. */
const twoFileAttacks = ['rewrite', 'rewrite-strict', 'processes'] as const satisfies Attack[];

const checkBody = (
  id: string,
  points: number,
  task: string,
  n: number,
) => `task({ ko: '과제 ${n}: ${task}', en: 'Task ${n}: ${task}' }, () => {
  check('${id}', { title: { ko: '${task}', en: '${task}' }, points: ${points}, hints: { ko: ['힌트'], en: ['hint'] } }, async () => {
    const answer = await handler();
    expect(answer).toEqual('ok');
  });
});
`;

const check = (
  id: string,
  points: number,
  task: string,
  n: number,
) => `import { check, task } from '@lambda-dojo/check-kit';
import { handler } from '@lab/handler.ts';
import { expect } from 'vitest';

${checkBody(id, points, task, n)}`;

/**
 * A small course in a git repository of its own, with `course-files.json`
 * committed, so `--strict` can grade it: lab N carries the N-th attack.
 */
export function writeAttackCourse() {
  const dir = fixtureCourseDir('attack-');
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const labs = {} as Record<Attack, string>;
  const pids = join(dir, 'pids.txt');
  const lingering = join(dir, 'lingering.txt');
  Object.entries(attacks).forEach(([name, code], index) => {
    const id = `lab-${index + 1}`;
    const folder = `labs/${id}-${name}`;
    labs[name as Attack] = id;
    // One check file makes one Vitest worker; only the attacks that need a second file
    // (to rewrite it, or to start processes from two workers) get one.
    const twoFiles = (twoFileAttacks as readonly string[]).includes(name);
    const checks = twoFiles
      ? ['checks/a-first.check.ts', 'checks/b-second.check.ts']
      : ['checks/a-first.check.ts'];
    write(
      `${folder}/checks/a-first.check.ts`,
      twoFiles
        ? check('first-file', 60, 'first', 1)
        : `${check('first-file', 60, 'first', 1)}\n${checkBody('second-file', 40, 'second', 2)}`,
    );
    if (twoFiles)
      write(`${folder}/checks/b-second.check.ts`, check('second-file', 40, 'second', 2));
    const filled = code
      .replace('{{second}}', join(dir, folder, 'checks/b-second.check.ts'))
      .replace('{{courseFiles}}', join(dir, 'packages/grader/course-files.json'))
      .replace('{{pids}}', pids)
      .replace('{{lingering}}', lingering);
    write(`${folder}/src/handler.ts`, `${filled}\n`);
    write(`solutions/${id}-${name}/src/handler.ts`, `export const handler = async () => 'ok';\n`);
    write(`${folder}/lab.json`, JSON.stringify(fixtureManifest({ id, slug: name, checks })));
  });
  // Every forging attack once more, in one lab graded without --strict: a check file per
  // attack, each importing that attack's module, so each runs in a Vitest worker of its own
  // (as in its own lab) and one run shows each of them forging its checks' passes.
  const controls = `lab-${Object.keys(attacks).length + 1}`;
  const controlsFolder = `labs/${controls}-controls`;
  for (const name of forgingAttacks) {
    write(`${controlsFolder}/src/${name}.ts`, `${attacks[name]}\n`);
    write(
      `${controlsFolder}/checks/${name}.check.ts`,
      check(`${name}-first-file`, 60, `${name} first`, 1)
        .replace("'@lab/handler.ts'", `'@lab/${name}.ts'`)
        .concat('\n', checkBody(`${name}-second-file`, 40, `${name} second`, 2)),
    );
  }
  write(
    `solutions/${controls}-controls/src/handler.ts`,
    `export const handler = async () => 'ok';\n`,
  );
  write(
    `${controlsFolder}/lab.json`,
    JSON.stringify(
      fixtureManifest({
        id: controls,
        slug: 'controls',
        checks: forgingAttacks.map((name) => `checks/${name}.check.ts`),
        edit: forgingAttacks.map((name) => `src/${name}.ts`),
        points: 100 * forgingAttacks.length,
      }),
    ),
  );
  mkdirSync(join(dir, 'packages/grader'), { recursive: true });
  const courseLabs = listLabs(join(dir, 'labs'), join(dir, 'solutions'));
  writeCourseFiles(
    collectCourseFiles(courseLabs, dir),
    join(dir, 'packages/grader/course-files.json'),
  );
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Course',
        GIT_AUTHOR_EMAIL: 'course@example.com',
        GIT_COMMITTER_NAME: 'Course',
        GIT_COMMITTER_EMAIL: 'course@example.com',
      },
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'course');
  return { dir, labs, controls, pids, lingering };
}
