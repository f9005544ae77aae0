import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file the learner has that is about to be replaced with `next`. */
export interface Replacement {
  /** Path relative to the course folder, e.g. `labs/lab-1-hello-lambda/src/handler.ts`. */
  path: string;
  next: string;
}

/**
 * Copies every file that is about to change into a new folder
 * `<stateDir>/backups/<timestamp>-<label>/<path>` and returns that folder, or
 * undefined when no file would change (nothing can be lost). The folder is
 * created exclusively, so an earlier backup is never overwritten.
 */
export function backupBeforeReplacing(
  courseDir: string,
  stateDir: string,
  label: string,
  replacements: Replacement[],
  now = new Date(),
): string | undefined {
  const changing = replacements.filter((r) => willChange(join(courseDir, r.path), r.next));
  const existing = changing.filter((r) => existsSync(join(courseDir, r.path)));
  if (existing.length === 0) return undefined;
  const dir = newBackupDir(join(stateDir, 'backups'), `${stamp(now)}-${label}`);
  for (const { path } of existing) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(courseDir, path), target);
  }
  return dir;
}

/** True when writing `next` to `file` changes what is there. */
export function willChange(file: string, next: string): boolean {
  if (!existsSync(file)) return true;
  return readFileSync(file, 'utf8') !== next;
}

/** `2026-11-27T12-05-09` (sortable, valid on every file system). */
function stamp(now: Date): string {
  return now.toISOString().slice(0, 19).replaceAll(':', '-');
}

function newBackupDir(parent: string, name: string): string {
  mkdirSync(parent, { recursive: true });
  for (let n = 1; ; n++) {
    const dir = join(parent, n === 1 ? name : `${name}-${n}`);
    try {
      mkdirSync(dir);
      return dir;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export interface ReplaceOutcome {
  /** Course-relative paths that were written. */
  changed: string[];
  backupDir?: string;
}

/**
 * Backs up, then writes, every replacement whose content differs from the
 * learner's file. Nothing is written unless the backup succeeded.
 */
export function replaceWithBackup(
  courseDir: string,
  stateDir: string,
  label: string,
  replacements: Replacement[],
  now = new Date(),
): ReplaceOutcome {
  const backupDir = backupBeforeReplacing(courseDir, stateDir, label, replacements, now);
  const changed: string[] = [];
  for (const { path, next } of replacements) {
    const file = join(courseDir, path);
    if (!willChange(file, next)) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, next);
    changed.push(path);
  }
  return backupDir ? { changed, backupDir } : { changed };
}
