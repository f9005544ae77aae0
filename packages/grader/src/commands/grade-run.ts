import { join } from 'node:path';
import { type CoursePaths, findLab, loadCourse } from '@lambda-dojo/course';
import { messagesFor } from '../messages.ts';
import { style } from '../style.ts';
import { allCommand } from './all.ts';
import type { GradeOptions } from './grade.ts';
import { gradeLab } from './grade-lab.ts';
import { labList } from './lab-choice.ts';
import { watchCommand } from './watch.ts';

/** What `npm run grade` does once its options are read: one lab, `--watch` or `--all`. */
export async function runGrade(options: GradeOptions, paths: CoursePaths): Promise<number> {
  const m = messagesFor(options.lang);
  const { labs, broken } = loadCourse(paths.labsDir, paths.solutionsDir);
  for (const { error } of broken) process.stderr.write(`${style.yellow(m.brokenLab(error))}\n`);
  if (options.all) return allCommand(labs, options, paths);
  if (!options.lab) {
    process.stderr.write(`${m.noLabGiven}\n\n${labList(labs, options.lang)}\n`);
    return 2;
  }
  const lab = findLab(labs, options.lab);
  if (!lab) {
    process.stderr.write(`${m.unknownLab(options.lab)}\n${labList(labs, options.lang)}\n`);
    return 2;
  }
  const once = () => gradeLab(lab, labs, options, paths);
  if (options.watch) {
    const dir = join(options.solution ? lab.solutionDir : lab.labDir, 'src');
    return await watchCommand(dir, options, lab.manifest.id, paths.repoRoot, once);
  }
  return (await once()).exitCode;
}
