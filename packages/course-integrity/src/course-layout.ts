import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Course, Lab } from '@lambda-dojo/course';

/**
 * The course's "no stray files" rule (rustlings' `dev check`): every file in a lab or a solution
 * has a known place, every check file is listed in lab.json, and `solutions/` mirrors `labs/`.
 * Each problem is one sentence naming the file and saying how to fix it.
 */

/** What a lab folder may hold at its top level (besides the instruction files lab.json names). */
const LAB_ENTRIES = ['lab.json', 'package.json', 'tsconfig.json', 'src', 'checks', 'scripts'];
/** What a solution folder may hold at its top level. */
const SOLUTION_ENTRIES = ['package.json', 'tsconfig.json', 'src'];
/** Both need these to be a workspace that type-checks. */
const REQUIRED = ['package.json', 'tsconfig.json'];
/** Never part of the course: installs, caches, build output (as in .gitignore). */
const IGNORED = new Set(['node_modules', '.turbo', 'dist', 'build', 'coverage', '.DS_Store']);

const CHECK_FILE = /\.check\.ts$/;

function isIgnored(path: string): boolean {
  return path.split('/').some((part) => IGNORED.has(part)) || path.endsWith('.tsbuildinfo');
}

/** Files under `dir`, relative to it with `/`, sorted; nothing when `dir` does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(sep).join('/'))
    .filter((name) => !isIgnored(name) && statSync(join(dir, name)).isFile())
    .sort();
}

function topLevel(file: string): string {
  return file.split('/')[0] as string;
}

/** Course-relative path with `/`, for messages. */
function shown(courseDir: string, dir: string, file = ''): string {
  return relative(courseDir, join(dir, file)).split(sep).join('/');
}

/** Every problem with one lab's files; an empty list means the lab is in the house shape. */
export function labLayoutProblems(lab: Lab, courseDir: string): string[] {
  const problems: string[] = [];
  const labFiles = filesUnder(lab.labDir);
  const solutionFiles = filesUnder(lab.solutionDir);
  const labPath = (file = '') => shown(courseDir, lab.labDir, file);
  const solutionPath = (file = '') => shown(courseDir, lab.solutionDir, file);

  if (!existsSync(lab.solutionDir)) {
    problems.push(
      `${labPath()} has no solution: create ${solutionPath()} with package.json, tsconfig.json and src/ mirroring the lab's src/.`,
    );
  }

  const instructions = [lab.manifest.instructions.ko, lab.manifest.instructions.en];
  const labEntries = [...LAB_ENTRIES, ...instructions.map(topLevel)];
  for (const file of labFiles) {
    if (!labEntries.includes(topLevel(file))) {
      problems.push(
        `${labPath(file)} is not a known lab file: a lab holds ${[...LAB_ENTRIES, ...instructions].join(', ')}; move it into src/ or checks/, or delete it.`,
      );
    }
  }
  if (existsSync(lab.solutionDir)) {
    for (const file of solutionFiles) {
      if (!SOLUTION_ENTRIES.includes(topLevel(file))) {
        problems.push(
          `${solutionPath(file)} is not a known solution file: a solution holds only ${SOLUTION_ENTRIES.join(', ')} (checks, lab.json and READMEs live in ${labPath()}).`,
        );
      }
    }
    for (const file of REQUIRED) {
      if (!solutionFiles.includes(file)) problems.push(`${solutionPath(file)} is missing.`);
    }
  }
  for (const file of REQUIRED) {
    if (!labFiles.includes(file)) problems.push(`${labPath(file)} is missing.`);
  }

  const listed = new Set(lab.manifest.files.checks.map((file) => file.replace(/^\.\//, '')));
  for (const file of labFiles.filter((f) => CHECK_FILE.test(f) && !listed.has(f))) {
    problems.push(
      `${labPath(file)} is a check file that lab.json does not list, so the grader never runs it: add "${file}" to files.checks in ${labPath('lab.json')}, or rename it without ".check" if it is a helper.`,
    );
  }

  if (existsSync(lab.solutionDir)) {
    const starters = new Set(labFiles.filter((file) => file.startsWith('src/')));
    const solved = new Set(solutionFiles.filter((file) => file.startsWith('src/')));
    for (const file of starters) {
      if (!solved.has(file)) {
        problems.push(
          `${labPath(file)} has no counterpart ${solutionPath(file)}: solutions/ mirrors labs/ file for file; add the solved file, or delete the starter.`,
        );
      }
    }
    for (const file of solved) {
      if (!starters.has(file)) {
        problems.push(
          `${solutionPath(file)} has no counterpart ${labPath(file)}: solutions/ mirrors labs/ file for file; add the starter, or delete the solution's file.`,
        );
      }
    }
  }
  return problems;
}

/**
 * Entries of `labs/` and `solutions/` that belong to no lab. Folders whose lab.json is broken
 * are left to the manifest test, which says what is wrong with it.
 */
export function courseLayoutProblems(course: Course, courseDir: string): string[] {
  const problems: string[] = [];
  const folders = new Set([...course.labs, ...course.broken].map((lab) => lab.folder));
  const labsRoot = join(courseDir, 'labs');
  const solutionsRoot = join(courseDir, 'solutions');
  for (const root of [labsRoot, solutionsRoot]) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root)) {
      if (IGNORED.has(entry) || folders.has(entry)) continue;
      const path = shown(courseDir, root, entry);
      problems.push(
        root === labsRoot
          ? `${path} is not a lab: lab folders are named lab-<n>-<slug> and hold lab.json (npm run new-lab -- <slug> makes one).`
          : `${path} has no lab ${shown(courseDir, labsRoot, entry)}: every solution mirrors a lab folder of the same name; rename it or delete it.`,
      );
    }
  }
  return problems;
}
