import { execFileSync } from 'node:child_process';
import { gitBlobId } from '@lambda-dojo/course';

import { StarterNotFoundError } from '../errors.ts';

export { StarterNotFoundError };

function git(courseDir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: courseDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/**
 * The starter text of a lab file, read from git by the blob id the course
 * committed: it is found even after the learner commits their own work over
 * it. Falls back to the file in `HEAD` only when that is the same blob.
 */
export function starterContent(courseDir: string, path: string, blobId: string): string {
  const byId = git(courseDir, ['cat-file', 'blob', blobId]);
  if (byId !== undefined && gitBlobId(byId) === blobId) return byId;
  const atHead = git(courseDir, ['show', `HEAD:${path}`]);
  if (atHead !== undefined && gitBlobId(atHead) === blobId) return atHead;
  throw new StarterNotFoundError(`Expected the starter of ${path} (git blob ${blobId}) in git`);
}
