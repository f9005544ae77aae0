import { join } from 'node:path';
import type { CoursePaths, Lab } from '@lambda-dojo/course';
import { type CourseFiles, readCourseFiles, regenerateCommand } from '@lambda-dojo/course';
import { type Replacement, replaceWithBackup } from '../backup.ts';
import { confirmReplacing } from '../confirm.ts';
import { ToolError } from '../errors.ts';
import { StarterNotFoundError, starterContent } from '../integrity/starter.ts';
import { messagesFor } from '../messages.ts';
import { forgetLab } from '../progress.ts';
import { courseRelative, reportBackup, type ToolContext } from './catch-up-run.ts';
import { toolLab } from './lab-choice.ts';
import { type LabToolOptions, printLine } from './lab-tool.ts';

/** What `npm run reset <lab>` does once its options are read: asks, then restores. */
export async function runReset(options: LabToolOptions, paths: CoursePaths): Promise<number> {
  const found = toolLab('reset', options, paths);
  if (!found) return 2;
  const { lab } = found;
  const { lang, yes } = options;
  const { courseDir, stateDir } = paths;
  const courseFiles = readCourseFiles(join(courseDir, 'packages/grader/course-files.json'));
  const ctx = { courseDir, stateDir, lang, out: printLine };
  const command = `npm run reset ${lab.manifest.id}`;
  const replacements = resetReplacements(lab, courseFiles, ctx);
  if (!(await confirmReplacing(replacements, { courseDir, lang, yes, command, out: printLine })))
    return 1;
  return resetCommand(lab, courseFiles, ctx);
}

/**
 * Restores the starter of every file the learner edits in `lab`, read from git
 * by the blob ids committed in course-files.json, after a backup.
 */
export function resetCommand(lab: Lab, courseFiles: CourseFiles | undefined, ctx: ToolContext) {
  const m = messagesFor(ctx.lang);
  const replacements = resetReplacements(lab, courseFiles, ctx);
  const outcome = replaceWithBackup(
    ctx.courseDir,
    ctx.stateDir,
    `reset-${lab.manifest.id}`,
    replacements,
    ctx.now,
  );
  // The lab starts over: its grades and hint tiers no longer describe the code.
  forgetLab(ctx.stateDir, lab.manifest.id);
  if (outcome.changed.length === 0) {
    ctx.out(m.resetNothing(lab.manifest.id));
    return 0;
  }
  ctx.out(m.resetDone(lab.manifest.id, outcome.changed.length));
  for (const path of outcome.changed) ctx.out(m.changedFile(path));
  reportBackup(outcome.backupDir, ctx);
  return 0;
}

/** The learner's files of `lab`, each with its starter, read from git. */
export function resetReplacements(
  lab: Lab,
  courseFiles: CourseFiles | undefined,
  ctx: ToolContext,
): Replacement[] {
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
  return replacements;
}
