import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Lab, repoRoot } from '@lambda-dojo/course';
import { PatchError } from './errors.ts';
import type { Edit } from './wrong-solution.ts';

/**
 * Patched courses live inside the repository (git-ignored), so the checks and the patched
 * solution resolve the repository's node_modules as the real ones do.
 */
const parent = new URL('../.fixture-courses/', import.meta.url).pathname;

/** Applies `edits` to a file's text; each `find` must occur exactly once. */
export function applyEdits(text: string, edits: Edit[], file: string): string {
  let out = text;
  for (const edit of edits) {
    const at = out.indexOf(edit.find);
    if (at < 0 || out.indexOf(edit.find, at + 1) >= 0) {
      const found = at < 0 ? 'not found' : 'found more than once';
      throw new PatchError(
        `Expected ${JSON.stringify(edit.find)} exactly once in ${file} but it was ${found}`,
      );
    }
    out = out.slice(0, at) + edit.replace + out.slice(at + edit.find.length);
  }
  return out;
}

export interface PatchedCourse {
  /** Pass as LAMBDA_DOJO_COURSE_DIR: holds `labs/<lab>` and `solutions/<lab>`. */
  courseDir: string;
  /** The patched copy of the solution's `src/`. */
  srcDir: string;
  remove(): void;
}

/**
 * A one-lab course whose solution is the reference solution with `edits` applied: grading it
 * with `--solution` grades the patched code against the lab's own checks.
 */
export function patchedCourse(
  lab: Lab,
  edits: Edit[],
  files: Record<string, string> = {},
): PatchedCourse {
  mkdirSync(parent, { recursive: true });
  const courseDir = mkdtempSync(join(parent, `${lab.manifest.id}-`));
  const labCopy = join(courseDir, 'labs', lab.folder);
  const solutionCopy = join(courseDir, 'solutions', lab.folder);
  const skipModules = (src: string) => !src.includes('node_modules');
  cpSync(lab.labDir, labCopy, { recursive: true, filter: skipModules });
  cpSync(lab.solutionDir, solutionCopy, { recursive: true, filter: skipModules });
  // The labs' tsconfig.json extend ../../tsconfig.base.json, which tsx and Vite read.
  cpSync(join(repoRoot, 'tsconfig.base.json'), join(courseDir, 'tsconfig.base.json'));
  const byFile = new Map<string, Edit[]>();
  for (const edit of edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  for (const [file, fileEdits] of byFile) {
    const path = join(solutionCopy, file);
    writeFileSync(path, applyEdits(readFileSync(path, 'utf8'), fileEdits, file));
  }
  for (const [file, text] of Object.entries(files)) writeFileSync(join(solutionCopy, file), text);
  return {
    courseDir,
    srcDir: join(solutionCopy, 'src'),
    remove: () => rmSync(courseDir, { recursive: true, force: true }),
  };
}
