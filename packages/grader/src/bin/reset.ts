import { join } from 'node:path';
import { resetCommand } from '../commands/reset.ts';
import { readCourseFiles } from '../integrity/course-files.ts';
import { courseDir, stateDir } from '../paths.ts';
import { exitWith, toolMain } from './tool-main.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);

await exitWith(
  toolMain('reset', process.argv.slice(2), ({ lab, lang }) =>
    resetCommand(lab, readCourseFiles(join(courseDir, 'packages/grader/course-files.json')), {
      courseDir,
      stateDir,
      lang,
      out,
    }),
  ),
);
