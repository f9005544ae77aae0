import { join } from 'node:path';
import { findLab, type Lab, loadCourse, repoRoot } from '@lambda-dojo/course';
import { TargetError } from '@lambda-dojo/deploy/settings';
import { detectLang } from '@lambda-dojo/lang';
import { allCommand } from './commands/all.ts';
import { gradeCommand } from './commands/grade.ts';
import { watchCommand } from './commands/watch.ts';
import { GraderError } from './errors.ts';
import { helpText } from './help.ts';
import { messagesFor } from './messages.ts';
import { NpmOptionsError, recoverNpmArgs } from './npm-args.ts';
import { type CliOptions, parseOptions, UsageError } from './options.ts';
import { style } from './style.ts';

/** Runs the grader CLI and resolves to its exit code: 0 pass, 1 fail, 2 usage or grader error. */
export async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseOptions(
      recoverNpmArgs(argv, ['all', 'solution', 'watch', 'poll', 'strict'], 'grade'),
    );
  } catch (error) {
    const m = messagesFor(detectLang());
    if (error instanceof NpmOptionsError) {
      const said = messagesFor(error.lang ?? detectLang());
      process.stderr.write(`${said.npmOptions(error.command)}\n`);
      return 2;
    }
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${m.badOption(error.message)}\n${m.seeHelp}\n`);
    return 2;
  }
  const m = messagesFor(options.lang);
  if (options.help) {
    process.stdout.write(`${helpText(options.lang)}\n`);
    return 0;
  }
  try {
    const { labs, broken } = loadCourse();
    for (const { error } of broken) process.stderr.write(`${style.yellow(m.brokenLab(error))}\n`);
    if (options.all) return allCommand(labs, options, repoRoot);
    if (!options.lab) {
      process.stderr.write(`${m.noLabGiven}\n\n${labList(labs, options)}\n`);
      return 2;
    }
    const lab = findLab(labs, options.lab);
    if (!lab) {
      process.stderr.write(`${m.unknownLab(options.lab)}\n${labList(labs, options)}\n`);
      return 2;
    }
    const grade = () => gradeCommand(lab, labs, options, repoRoot);
    if (options.watch) {
      const dir = join(options.solution ? lab.solutionDir : lab.labDir, 'src');
      return await watchCommand(dir, options, lab.manifest.id, repoRoot, grade);
    }
    return (await grade()).exitCode;
  } catch (error) {
    // Errors the learner can act on carry a message in their language; others keep their stack.
    const known = error instanceof GraderError ? error.forLearner : error instanceof TargetError;
    const message = known ? (error as Error).message : (error as Error).stack;
    process.stderr.write(`${m.graderError(message ?? String(error))}\n`);
    return 2;
  }
}

function labList(labs: Lab[], options: CliOptions): string {
  const m = messagesFor(options.lang);
  return labs.map((lab) => m.labLine(lab.manifest.id, lab.manifest.title[options.lang])).join('\n');
}

// Learners grade on Node 20 too; the AWS SDK's notice about future Node versions is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const code = await main(process.argv.slice(2));
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit(code);
