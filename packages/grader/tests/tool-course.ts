import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listLabs } from '@lambda-dojo/course';
import { fixtureManifest } from './fixture-lab.ts';

/** A three-lab course in a temporary git repository, for the file-replacing tools. */
export function writeToolCourse() {
  const dir = mkdtempSync(join(tmpdir(), 'dojo-tools-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const n of [1, 2, 3]) {
    const folder = `lab-${n}-step-${n}`;
    write(
      `labs/${folder}/lab.json`,
      JSON.stringify(
        fixtureManifest({
          id: `lab-${n}`,
          slug: `step-${n}`,
          title: { ko: `단계 ${n}`, en: `Step ${n}` },
          points: 10,
          edit: ['src/handler.ts', 'src/util/format.ts'],
          checks: ['checks/a.check.ts'],
        }),
      ),
    );
    write(`labs/${folder}/checks/a.check.ts`, `// checks of lab ${n}\n`);
    write(`labs/${folder}/src/handler.ts`, `// TODO: lab ${n} starter\n`);
    write(`labs/${folder}/src/util/format.ts`, `// TODO: format ${n}\n`);
    write(`solutions/${folder}/src/handler.ts`, `export const solved = ${n};\n`);
    write(`solutions/${folder}/src/util/format.ts`, `export const format = ${n};\n`);
  }
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: gitEnv });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'course');
  const labs = listLabs(join(dir, 'labs'), join(dir, 'solutions'));
  const lab = (index: number) => {
    const found = labs[index];
    if (!found) throw new Error(`Expected a lab at index ${index}`);
    return found;
  };
  return { dir, labs, lab, git };
}

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Learner',
  GIT_AUTHOR_EMAIL: 'learner@example.com',
  GIT_COMMITTER_NAME: 'Learner',
  GIT_COMMITTER_EMAIL: 'learner@example.com',
};
