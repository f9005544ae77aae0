import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@lambda-dojo/course';
import { newLabError } from './messages.ts';
import { type NewLab, wrongSolutions } from './templates.ts';

/** The commands that register a lab; also shown when a step is skipped or fails. */
export const COURSE_FILES_COMMAND = 'npm run course-files -w @lambda-dojo/grader';
export const INSTALL_COMMAND = 'npm install';

function run(step: string, command: string, args: string[], cwd: string, env = {}): void {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    const detail = result.error?.message ?? `${result.stderr}${result.stdout}`.trim();
    throw newLabError({ reason: 'step-failed', step, detail });
  }
}

/**
 * Hashes the new lab's checks into course-files.json (the grader's --strict mode and the
 * course's own test read it), through the grader's own generator.
 */
export function regenerateCourseFiles(courseDir: string): void {
  run(
    'course-files.json',
    'npm',
    ['run', '--silent', 'course-files', '-w', '@lambda-dojo/grader'],
    repoRoot,
    {
      LAMBDA_DOJO_COURSE_DIR: courseDir,
    },
  );
}

/**
 * Formats the written files with the house formatter (Biome, the root biome.json), so a new lab
 * passes `npx biome check .` as written. Files outside the repository are formatted too.
 */
export function formatFiles(courseDir: string, files: string[]): void {
  const biome = join(repoRoot, 'node_modules/.bin/biome');
  const paths = files.map((file) => join(courseDir, file));
  run(
    'biome format',
    biome,
    ['format', '--write', '--vcs-use-ignore-file=false', ...paths],
    repoRoot,
  );
}

/** Links the new workspaces and records them in package-lock.json, so `npm ci` still works. */
export function installWorkspaces(courseDir: string): void {
  run('npm install', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], courseDir);
}

/** `lab-8` → `lab8`, the name the wrong-solutions index imports. */
export function exportNameOf(lab: NewLab): string {
  return lab.id.replace('-', '');
}

/**
 * Adds the lab to the wrong-solutions index: one import after the last one, and its name at the
 * end of the list of labs. Undefined when the index has not the shape this expects.
 */
export function registerInIndex(text: string, lab: NewLab): string | undefined {
  const name = exportNameOf(lab);
  const imports = [...text.matchAll(/^import \{ lab\d+ \} from '\.\/lab-\d+\.ts';\n/gm)];
  const lastImport = imports.at(-1);
  const list = /\[((?:lab\d+, )*lab\d+)\]/.exec(text);
  if (!lastImport || !list || list[1]?.split(', ').includes(name)) return undefined;
  const afterImports = (lastImport.index ?? 0) + lastImport[0].length;
  const listEnd = list.index + list[0].length - 1;
  return (
    text.slice(0, afterImports) +
    `import { ${name} } from './${lab.id}.ts';\n` +
    text.slice(afterImports, listEnd) +
    `, ${name}` +
    text.slice(listEnd)
  );
}

/**
 * Writes five wrong solutions for the example and lists them in the index, so the course's
 * wrong-solution test (at least five per lab) holds from the start. False when the course
 * has no course-integrity package (a copy of labs/ and solutions/ only).
 */
export function addWrongSolutions(courseDir: string, lab: NewLab): boolean {
  const dir = join(courseDir, 'packages/course-integrity/src/wrong-solutions');
  const index = join(dir, 'index.ts');
  if (!existsSync(index)) return false;
  const updated = registerInIndex(readFileSync(index, 'utf8'), lab);
  if (!updated) return false;
  writeFileSync(join(dir, `${lab.id}.ts`), wrongSolutions(exportNameOf(lab), lab.id), {
    flag: 'wx',
  });
  writeFileSync(index, updated);
  return true;
}
