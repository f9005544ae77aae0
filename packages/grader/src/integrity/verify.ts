import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lab } from '@lambda-dojo/course';
import { type CourseFiles, collectCourseFiles, sha256 } from '@lambda-dojo/course';

export interface IntegrityReport {
  ok: boolean;
  /** Course-relative paths whose content differs from the committed hash. */
  modified: string[];
  /** Committed files that are gone. */
  missing: string[];
  /** Files in the check folders that the course did not commit. */
  added: string[];
}

/**
 * Compares a lab's manifest and check files with the hashes committed in
 * `course-files.json`. A lab the file does not know is reported as modified.
 */
export function verifyLabChecks(
  lab: Lab,
  courseDir: string,
  committed: CourseFiles | undefined,
): IntegrityReport {
  const recorded = committed?.labs[lab.manifest.id]?.checks;
  const current = collectCourseFiles([lab], courseDir).labs[lab.manifest.id]?.checks ?? {};
  if (!recorded) {
    return { ok: false, modified: Object.keys(current), missing: [], added: [] };
  }
  const modified: string[] = [];
  const missing: string[] = [];
  for (const [path, hash] of Object.entries(recorded)) {
    const file = join(courseDir, path);
    if (!existsSync(file)) missing.push(path);
    else if (sha256(readFileSync(file, 'utf8')) !== hash) modified.push(path);
  }
  const added = Object.keys(current).filter((path) => !(path in recorded));
  return {
    ok: modified.length + missing.length + added.length === 0,
    modified,
    missing,
    added,
  };
}
