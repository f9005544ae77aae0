import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { courseDir, type Lab, stateDir } from '@lambda-dojo/course';
import type { Lang } from '@lambda-dojo/lang';
import { type Replacement, replaceWithBackup } from '../backup.ts';
import { confirmReplacing } from '../confirm.ts';
import { ToolError } from '../errors.ts';
import { messagesFor } from '../messages.ts';
import type { Command } from './command.ts';
import {
  helpFlag,
  type LabToolOptions,
  labToolOptions,
  langFlag,
  printLine,
  toolLab,
  yesFlag,
} from './lab-tool.ts';

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

/** `npm run catch-up <lab>`: fills in the labs before it with the reference solutions. */
export const catchUp: Command<LabToolOptions> = {
  name: 'catch-up',
  flags: { lang: langFlag, yes: yesFlag, help: helpFlag },
  help: {
    usage: {
      ko: '사용법: npm run catch-up <랩> [-- --lang ko|en] [-- --yes]',
      en: 'Usage: npm run catch-up <lab> [-- --lang ko|en] [-- --yes]',
    },
    about: {
      ko: `<랩> 앞의 모든 랩에서 여러분이 고치는 파일(lab.json의 files.edit)을 참고 답안으로
바꿔요. 바꾸기 전에 원래 파일을 .lambda-dojo/backups/<시각>-catch-up-<랩>/에 백업하고
그 경로를 알려 줘요. 바꿀 파일을 먼저 보여 주고 물어봐요(--yes면 묻지 않음).
예: npm run catch-up lab-3 (lab-1, lab-2를 답안으로 채움)`,
      en: `Replaces the files you edit (files.edit in lab.json) in every lab before <lab> with
the reference solutions. Your files are first backed up to
.lambda-dojo/backups/<time>-catch-up-<lab>/ and the path is printed. It lists the
files it will replace and asks first (--yes: do not ask).
Example: npm run catch-up lab-3 (fills in lab-1 and lab-2)`,
    },
  },
  onUsageError: 'help',
  options: labToolOptions,
  async run(options) {
    const found = toolLab('catch-up', options);
    if (!found) return 2;
    const { lab, labs } = found;
    const { lang, yes } = options;
    const ctx = { courseDir, stateDir, lang, out: printLine };
    const command = `npm run catch-up ${lab.manifest.id}`;
    const replacements = catchUpReplacements(lab, labs, ctx);
    if (!(await confirmReplacing(replacements, { courseDir, lang, yes, command, out: printLine })))
      return 1;
    return catchUpCommand(lab, labs, ctx);
  },
};

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
