import { type CoursePaths, findLab, type Lab, listLabs } from '@lambda-dojo/course';
import type { Lang } from '@lambda-dojo/lang';
import { messagesFor } from '../messages.ts';
import type { LabToolOptions } from './lab-tool.ts';

/** The labs of the course, one per line, for a learner who named none or a wrong one. */
export function labList(labs: Lab[], lang: Lang): string {
  const m = messagesFor(lang);
  return labs.map((lab) => m.labLine(lab.manifest.id, lab.manifest.title[lang])).join('\n');
}

/**
 * The lab a tool works on, with the course's labs; or undefined after telling the learner
 * which labs exist (no lab named, several, or one that does not exist).
 */
export function toolLab(
  tool: string,
  options: LabToolOptions,
  paths: CoursePaths,
): { lab: Lab; labs: Lab[] } | undefined {
  const m = messagesFor(options.lang);
  const labs = listLabs(paths.labsDir, paths.solutionsDir);
  const list = labList(labs, options.lang);
  if (!options.lab || options.extra) {
    process.stderr.write(`${m.toolNoLab(tool)}\n\n${list}\n`);
    return undefined;
  }
  const lab = findLab(labs, options.lab);
  if (!lab) {
    process.stderr.write(`${m.unknownLab(options.lab)}\n${list}\n`);
    return undefined;
  }
  return { lab, labs };
}
