import { coursePaths } from '@lambda-dojo/course';
import { NewLabError } from '../errors.ts';
import { langOf, parseNewLabArgs } from './args.ts';
import { messages, newLabError } from './messages.ts';
import {
  addWrongSolutions,
  formatFiles,
  INSTALL_COMMAND,
  installWorkspaces,
  regenerateCourseFiles,
} from './register.ts';
import { planLab, writeLab } from './scaffold.ts';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * `npm run new-lab -- <slug>`: 0 when the lab is written and registered, 2 for a bad command
 * line or slug (nothing written), 1 when a registration step failed after the files were written.
 * The course is the repository, or LAMBDA_DOJO_COURSE_DIR as for the grader.
 */
export function newLabMain(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: Output = stdio,
): number {
  let lang = langOf(argv, env);
  let wrote = false;
  try {
    const args = parseNewLabArgs(argv, env);
    lang = args.lang;
    const m = messages[lang];
    if (args.help) {
      io.out(m.help);
      return 0;
    }
    if (!args.slug) throw newLabError({ reason: 'missing-slug' });
    const { courseDir } = coursePaths(env);
    const lab = planLab(courseDir, { slug: args.slug, title: args.title, titleKo: args.titleKo });
    const files = writeLab(courseDir, lab);
    wrote = true;
    io.out(m.created(lab.folder));
    const wrongSolutions = `packages/course-integrity/src/wrong-solutions/${lab.id}.ts`;
    const listed = addWrongSolutions(courseDir, lab);
    formatFiles(courseDir, listed ? [...files, wrongSolutions] : files);
    if (listed) io.out(m.registered(wrongSolutions));
    regenerateCourseFiles(courseDir);
    io.out(m.registered('packages/grader/course-files.json'));
    if (args.install) {
      installWorkspaces(courseDir);
      io.out(m.registered('npm workspaces, package-lock.json'));
    } else {
      io.out(m.skipped('npm install', INSTALL_COMMAND));
    }
    io.out(`\n${m.nextSteps(lab.id, lab.folder)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof NewLabError)) throw error;
    const m = messages[lang];
    io.err(m.problem(error.problem));
    if (error.problem.reason === 'missing-slug') io.err(`\n${m.help}`);
    return wrote ? 1 : 2;
  }
}
