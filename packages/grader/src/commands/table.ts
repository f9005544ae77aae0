import { catchUp } from './catch-up.ts';
import type { AnyCommand } from './command.ts';
import { courseFiles } from './course-files.ts';
import { grade } from './grade.ts';
import { hint } from './hint.ts';
import { reset } from './reset.ts';

/** Every command of the grader CLI, by the npm script that runs it (`bin/cli.mjs <name>`). */
export const commands: Record<string, AnyCommand> = {
  grade,
  hint,
  'catch-up': catchUp,
  reset,
  'course-files': courseFiles,
};
