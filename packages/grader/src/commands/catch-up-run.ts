import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CoursePaths, Lab } from '@lambda-dojo/course';
import type { Lang } from '@lambda-dojo/lang';
import { type Replacement, replaceWithBackup } from '../backup.ts';
import { confirmReplacing } from '../confirm.ts';
import { ToolError } from '../errors.ts';
import { messagesFor } from '../messages.ts';
import { toolLab } from './lab-choice.ts';
import { type LabToolOptions, printLine } from './lab-tool.ts';

/** Where a file-replacing tool works and how it talks to the learner. */
export interface ToolContext {
  courseDir: string;
  stateDir: string;
  lang: Lang;
  out: (line: string) => void;
  now?: Date;
}

export function courseRelative(courseDir: string, file: string): string {
  return relative(courseDir, file).split(sep).join('/');
}

/** What `npm run catch-up <lab>` does once its options are read: asks, then replaces. */
export async function runCatchUp(options: LabToolOptions, paths: CoursePaths): Promise<number> {
  const found = toolLab('catch-up', options, paths);
  if (!found) return 2;
  const { lab, labs } = found;
  const { lang, yes } = options;
  const { courseDir, stateDir } = paths;
  const ctx = { courseDir, stateDir, lang, out: printLine };
  const command = `npm run catch-up ${lab.manifest.id}`;
  const replacements = catchUpReplacements(lab, labs, ctx);
  if (!(await confirmReplacing(replacements, { courseDir, lang, yes, command, out: printLine })))
    return 1;
  return catchUpCommand(lab, labs, ctx);
}

/**
 * Copies the reference solution of every file the learner edits in the labs
 * before `lab` into `labs/`, after backing up the learner's versions.
 */
export function catchUpCommand(lab: Lab, labs: Lab[], ctx: ToolContext): number {
  const m = messagesFor(ctx.lang);
  const earlier = labs.filter((other) => other.number < lab.number);
  if (earlier.length === 0) {
    ctx.out(m.catchUpFirst(lab.manifest.id));
    return 0;
  }
  const replacements = catchUpReplacements(lab, labs, ctx);
  const names = earlier.map((other) => other.manifest.id).join(', ');
  const outcome = replaceWithBackup(
    ctx.courseDir,
    ctx.stateDir,
    `catch-up-${lab.manifest.id}`,
    replacements,
    ctx.now,
  );
  if (outcome.changed.length === 0) {
    ctx.out(m.catchUpNothing(names));
    return 0;
  }
  ctx.out(m.catchUpDone(lab.manifest.id, names, outcome.changed.length));
  for (const path of outcome.changed) ctx.out(m.changedFile(path));
  reportBackup(outcome.backupDir, ctx);
  return 0;
}

/** The learner's files of the labs before `lab`, each with its reference solution. */
export function catchUpReplacements(lab: Lab, labs: Lab[], ctx: ToolContext): Replacement[] {
  const m = messagesFor(ctx.lang);
  return labs
    .filter((other) => other.number < lab.number)
    .flatMap((other) =>
      other.manifest.files.edit.map((file) => {
        const source = join(other.solutionDir, file);
        if (!existsSync(source)) throw new ToolError(m.missingSolution(source));
        return {
          path: courseRelative(ctx.courseDir, join(other.labDir, file)),
          next: readFileSync(source, 'utf8'),
        };
      }),
    );
}

/** Tells the learner where their previous files are and how to bring them back. */
export function reportBackup(backupDir: string | undefined, ctx: ToolContext): void {
  if (!backupDir) return;
  const m = messagesFor(ctx.lang);
  const shown = courseRelative(ctx.courseDir, backupDir);
  const dir = shown.startsWith('..') ? backupDir : shown;
  ctx.out('');
  ctx.out(m.backupSaved(dir));
  ctx.out(m.backupRestore(dir));
}
