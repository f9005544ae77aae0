import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureCourseDir, fixtureManifest } from './fixture-lab.ts';

/** Learner code for each fixture lab: one that works and the ways learner code goes wrong. */
export const fixtureHandlers = {
  good: `export const handler = async () => 'ok';`,
  half: `let calls = 0;\nexport const handler = async () => (++calls === 1 ? 'ok' : 'not ok');`,
  loop: `export const handler = async () => { while (true) {} };`,
  throws: `throw new Error('boom while loading');\nexport const handler = async () => 'ok';`,
  exits: `export const handler = async () => { process.exit(3); };`,
  never: `export const handler = () => new Promise(() => {});`,
  syntax: `export const handler = async () => { return {{ ; };`,
  stuck: `while (true) {}\nexport const handler = async () => 'ok';`,
  split: `export const handler = async () => 'ok';`,
  jsonparse: `const config = JSON.parse(process.env.LAMBDA_DOJO_NOT_SET as string);\nexport const handler = async () => config;`,
  hinted: `export const handler = async () => 'OK';`,
  typeerror: `export const handler = async () => {\n  const count: number = 'x';\n  return count === 0 ? 'no' : 'ok';\n};`,
  secondloops: `let calls = 0;\nexport const handler = async () => {\n  if (++calls === 2) while (true) {}\n  return 'ok';\n};`,
} as const;

export type FixtureLab = keyof typeof fixtureHandlers;

const checkFile = `import { because, check, task } from '@lambda-dojo/check-kit';
import { handler } from '@lab/handler.ts';
import { expect } from 'vitest';

const hints = (n: number) => ({ ko: ['첫 번째 힌트 ' + n, '두 번째 힌트 ' + n], en: ['first hint ' + n, 'second hint ' + n] });

task({ ko: '과제 1: 응답하기', en: 'Task 1: answer' }, () => {
  check('answers-ok', { title: { ko: 'ok로 응답한다', en: 'answers ok' }, points: 60, hints: hints(1), timeoutMs: 1500 }, async () => {
    const answer = await handler();
    because({ ko: '소문자로 답하세요', en: 'Answer in lower case' }, () => {
      expect(answer.toLowerCase(), 'the answer, any case').toBe('ok');
    });
    because({ ko: ['대소문자까지 맞추세요'], en: ['Mind the case too'] }, () => {
      expect(answer, 'the answer').toBe('ok');
    });
  });
});
task({ ko: '과제 2: 다시 응답하기', en: 'Task 2: answer again' }, () => {
  check('answers-ok-again', { title: { ko: '다시 ok로 응답한다', en: 'answers ok again' }, points: 40, hints: hints(2), timeoutMs: 1500 }, async () => {
    console.log('second call');
    expect(await handler()).toBe('ok');
  });
});
`;

/**
 * Two check files whose run order differs from the manifest's: Vitest runs
 * larger files first, so the padded second file runs before the first.
 */
const splitChecks = {
  'slow-first.check.ts': `import { check, task } from '@lambda-dojo/check-kit';
import { handler } from '@lab/handler.ts';
import { expect } from 'vitest';

task({ ko: '과제 1: 첫 파일', en: 'Task 1: first file' }, () => {
  check('first-file', { title: { ko: '첫 파일', en: 'first file' }, points: 60, hints: { ko: ['힌트'], en: ['hint'] } }, async () => {
    expect(await handler()).toBe('ok');
  });
});
`,
  'fast-second.check.ts': `${'// padding, so Vitest runs this file first\n'.repeat(200)}import { check, task } from '@lambda-dojo/check-kit';
import { handler } from '@lab/handler.ts';
import { expect } from 'vitest';

task({ ko: '과제 2: 둘째 파일', en: 'Task 2: second file' }, () => {
  check('second-file', { title: { ko: '둘째 파일', en: 'second file' }, points: 40, hints: { ko: ['힌트'], en: ['hint'] } }, async () => {
    expect(await handler()).toBe('ok');
  });
});
`,
};

/**
 * Writes a small course (labs/ + solutions/) to a temporary folder: lab N uses
 * the N-th handler of `fixtureHandlers`, and every solution is the good one.
 */
export function writeFixtureCourse(): { dir: string; labs: Record<FixtureLab, string> } {
  const dir = fixtureCourseDir('course-');
  mkdirSync(join(dir, 'checks'));
  writeFileSync(join(dir, 'checks/handler.check.ts'), checkFile);
  for (const [file, text] of Object.entries(splitChecks))
    writeFileSync(join(dir, 'checks', file), text);
  const labs = {} as Record<FixtureLab, string>;
  Object.entries(fixtureHandlers).forEach(([name, code], index) => {
    const id = `lab-${index + 1}`;
    const folder = `${id}-${name}`;
    labs[name as FixtureLab] = id;
    for (const [root, source] of [
      ['labs', code],
      ['solutions', fixtureHandlers.good],
    ] as const) {
      mkdirSync(join(dir, root, folder, 'src'), { recursive: true });
      writeFileSync(join(dir, root, folder, 'src/handler.ts'), `${source}\n`);
    }
    const manifest = fixtureManifest({
      id,
      slug: name,
      checks:
        name === 'split'
          ? Object.keys(splitChecks).map((file) => `../../checks/${file}`)
          : ['../../checks/handler.check.ts'],
    });
    writeFileSync(join(dir, 'labs', folder, 'lab.json'), JSON.stringify(manifest, null, 2));
    // Only this lab is type-checked: a lab without tsconfig.json is not, which keeps the tests light.
    if (name === 'typeerror') {
      const base = fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url));
      const tsconfig = { extends: base, include: ['src'] };
      writeFileSync(join(dir, 'labs', folder, 'tsconfig.json'), JSON.stringify(tsconfig));
    }
  });
  return { dir, labs };
}
