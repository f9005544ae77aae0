import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COURSE_FILES_PATH, type CourseFiles, protectedFiles } from './course-files.ts';
import { sha256 } from './hashes.ts';
import type { Lab } from './labs.ts';

/** Why `--strict` cannot vouch for a lab's checks. */
export type StrictRefusal =
  | { reason: 'no-git' }
  | { reason: 'unknown-lab' }
  | { reason: 'changed'; files: string[] };

/** The check files of one lab as `--strict` verified them, before any learner code ran. */
export interface CheckSnapshot {
  /** Absolute path → text, each matching the hash committed in git. */
  files: Record<string, string>;
  /** sha256 over the sorted course-relative paths and hashes: what the class board compares. */
  digest: string;
}

/**
 * The committed `course-files.json`, read from the git object of `HEAD`, not
 * from the working tree, so a run that rewrites the file (and a check with
 * it) does not change what the checks are compared with.
 */
export function committedCourseFiles(courseDir: string): CourseFiles | undefined {
  try {
    const text = execFileSync('git', ['show', `HEAD:${COURSE_FILES_PATH}`], {
      cwd: courseDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(text) as CourseFiles;
  } catch {
    return undefined;
  }
}

function courseRelative(courseDir: string, file: string): string {
  return relative(courseDir, file).split(sep).join('/');
}

/** One digest for a set of course-relative paths and their sha256, in a fixed order. */
export function checksDigest(hashes: Record<string, string>): string {
  const lines = Object.keys(hashes)
    .sort()
    .map((path) => `${path} ${hashes[path]}\n`);
  return sha256(lines.join(''));
}

/**
 * Reads a lab's manifest and check files and compares each with the hash in
 * the committed `course-files.json`. Returns the verified texts, which the
 * run then serves to Vitest instead of reading the disk again.
 */
export function snapshotChecks(
  lab: Lab,
  courseDir: string,
): { snapshot: CheckSnapshot } | { refusal: StrictRefusal } {
  const committed = committedCourseFiles(courseDir);
  if (!committed) return { refusal: { reason: 'no-git' } };
  const recorded = committed.labs[lab.manifest.id]?.checks;
  if (!recorded) return { refusal: { reason: 'unknown-lab' } };
  const files: Record<string, string> = {};
  const changed: string[] = [];
  const onDisk = new Set(protectedFiles(lab).map((file) => courseRelative(courseDir, file)));
  for (const path of onDisk) if (!(path in recorded)) changed.push(path);
  for (const [path, hash] of Object.entries(recorded)) {
    const file = join(courseDir, path);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (text === undefined || sha256(text) !== hash) changed.push(path);
    else files[file] = text;
  }
  if (changed.length > 0) return { refusal: { reason: 'changed', files: changed } };
  return { snapshot: { files, digest: checksDigest(recorded) } };
}

/** Course-relative paths of snapshot files whose text on disk changed since the snapshot. */
export function changedSince(snapshot: CheckSnapshot, courseDir: string): string[] {
  return Object.entries(snapshot.files)
    .filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text)
    .map(([file]) => courseRelative(courseDir, file));
}
