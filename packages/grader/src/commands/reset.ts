import { join } from 'node:path';
import type { Lab } from '@lambda-dojo/course';
import {
  type CourseFiles,
  courseDir,
  readCourseFiles,
  regenerateCommand,
  stateDir,
} from '@lambda-dojo/course';
import { type Replacement, replaceWithBackup } from '../backup.ts';
import { confirmReplacing } from '../confirm.ts';
import { ToolError } from '../errors.ts';
import { StarterNotFoundError, starterContent } from '../integrity/starter.ts';
import { messagesFor } from '../messages.ts';
import { forgetLab } from '../progress.ts';
import { courseRelative, reportBackup, type ToolContext } from './catch-up.ts';
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

/** `npm run reset <lab>`: gives the lab's files their starter code back. */
export const reset: Command<LabToolOptions> = {
  name: 'reset',
  flags: { lang: langFlag, yes: yesFlag, help: helpFlag },
  help: {
    usage: {
      ko: '사용법: npm run reset <랩> [-- --lang ko|en] [-- --yes]',
      en: 'Usage: npm run reset <lab> [-- --lang ko|en] [-- --yes]',
    },
    about: {
      ko: `<랩>에서 여러분이 고치는 파일을 처음 시작 코드로 되돌려요. 직접 커밋한 뒤에도
코스 저장소에 커밋된 시작 코드를 git에서 찾아와요. 바꾸기 전에 원래 파일을
.lambda-dojo/backups/<시각>-reset-<랩>/에 백업하고 그 경로를 알려 줘요. 바꿀 파일을 먼저
보여 주고 물어보며(--yes면 묻지 않음), 그 랩의 채점 기록과 힌트 단계도 지워요.`,
      en: `Restores the starter code of the files you edit in <lab>, found in git by the ids
committed with the course (it works even after you commit your own work). Your
files are first backed up to .lambda-dojo/backups/<time>-reset-<lab>/. It lists the
files it will replace and asks first (--yes: do not ask), and clears the lab's grades
and hint tiers.`,
    },
  },
  onUsageError: 'help',
  options: labToolOptions,
  async run(options) {
    const found = toolLab('reset', options);
    if (!found) return 2;
    const { lab } = found;
    const { lang, yes } = options;
    const courseFiles = readCourseFiles(join(courseDir, 'packages/grader/course-files.json'));
    const ctx = { courseDir, stateDir, lang, out: printLine };
    const command = `npm run reset ${lab.manifest.id}`;
    const replacements = resetReplacements(lab, courseFiles, ctx);
    if (!(await confirmReplacing(replacements, { courseDir, lang, yes, command, out: printLine })))
      return 1;
    return resetCommand(lab, courseFiles, ctx);
  },
};

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
