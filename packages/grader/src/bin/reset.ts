import { join } from 'node:path';
import { courseDir, readCourseFiles, stateDir } from '@lambda-dojo/course';
import { resetCommand, resetReplacements } from '../commands/reset.ts';
import { confirmReplacing } from '../confirm.ts';
import { exitWith, toolMain } from './tool-main.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);

await exitWith(
  toolMain('reset', process.argv.slice(2), async ({ lab, lang, yes }) => {
    const courseFiles = readCourseFiles(join(courseDir, 'packages/grader/course-files.json'));
    const ctx = { courseDir, stateDir, lang, out };
    const command = `npm run reset ${lab.manifest.id}`;
    const replacements = resetReplacements(lab, courseFiles, ctx);
    if (!(await confirmReplacing(replacements, { courseDir, lang, yes, command, out }))) return 1;
    return resetCommand(lab, courseFiles, ctx);
  }),
);
