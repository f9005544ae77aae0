import { join } from 'node:path';
import { type Replacement, replaceWithBackup } from '../backup.ts';
import { type CourseFiles, regenerateCommand } from '../integrity/course-files.ts';
import { StarterNotFoundError, starterContent } from '../integrity/starter.ts';
import type { Lab } from '../labs.ts';
import { messagesFor } from '../messages.ts';
import { courseRelative, reportBackup, type ToolContext, ToolError } from './catch-up.ts';

/**
 * Restores the starter of every file the learner edits in `lab`, read from git
 * by the blob ids committed in course-files.json, after a backup.
 */
export function resetCommand(lab: Lab, courseFiles: CourseFiles | undefined, ctx: ToolContext) {
  const m = messagesFor(ctx.lang);
  const starters = courseFiles?.labs[lab.manifest.id]?.starters;
  if (!starters) throw new ToolError(m.starterUnknown(lab.manifest.id, regenerateCommand));
  const replacements: Replacement[] = lab.manifest.files.edit.map((file) => {
    const path = courseRelative(ctx.courseDir, join(lab.labDir, file));
    const blobId = starters[path];
    if (!blobId) throw new ToolError(m.starterUnknown(lab.manifest.id, regenerateCommand));
    try {
      return { path, next: starterContent(ctx.courseDir, path, blobId) };
    } catch (error) {
      if (error instanceof StarterNotFoundError) {
        throw new ToolError(m.starterMissing(path), { cause: error });
      }
      throw error;
    }
  });
  const outcome = replaceWithBackup(
    ctx.courseDir,
    ctx.stateDir,
    `reset-${lab.manifest.id}`,
    replacements,
    ctx.now,
  );
  if (outcome.changed.length === 0) {
    ctx.out(m.resetNothing(lab.manifest.id));
    return 0;
  }
  ctx.out(m.resetDone(lab.manifest.id, outcome.changed.length));
  for (const path of outcome.changed) ctx.out(m.changedFile(path));
  reportBackup(outcome.backupDir, ctx);
  return 0;
}
