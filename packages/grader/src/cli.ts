import { coursePaths } from '@lambda-dojo/course/paths';
import { TargetError } from '@lambda-dojo/deploy/settings';
import { detectLang, type Lang } from '@lambda-dojo/lang';
import type { AnyCommand } from './commands/command.ts';
import { booleanFlags, helpText, parseFlags } from './commands/command.ts';
import { commands } from './commands/table.ts';
import { GraderError, NpmOptionsError, UsageError } from './errors.ts';
import { messagesFor } from './messages.ts';
import { recoverNpmArgs } from './npm-args.ts';

/**
 * The one entry of the grader CLI: `<command> [arguments]`, the command one of the table
 * in commands/table.ts. The course and state folders come from `env` (`coursePaths`), read
 * here once. Resolves to its exit code: 0 done or passed, 1 failed, 2 usage or grader error.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name = '', ...rest] = argv;
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    const m = messagesFor(detectLang(env, rest));
    process.stderr.write(`${m.unknownCommand(name, Object.keys(commands).join(', '))}\n`);
    return 2;
  }
  let options: { lang: Lang; help: boolean };
  try {
    const args = recoverNpmArgs(rest, booleanFlags(command.flags), command.name, env);
    options = command.options(parseFlags(command.flags, command.args?.(args) ?? args), env);
  } catch (error) {
    return usageFailed(command, error, detectLang(env, rest));
  }
  if (options.help) {
    process.stdout.write(`${helpText(command, options.lang)}\n`);
    return 0;
  }
  try {
    return await command.run(options, coursePaths(env));
  } catch (error) {
    // Errors the learner can act on carry a message in their language; others keep their stack.
    const known = error instanceof GraderError ? error.forLearner : error instanceof TargetError;
    const message = known ? (error as Error).message : (error as Error).stack;
    process.stderr.write(`${messagesFor(options.lang).graderError(message ?? String(error))}\n`);
    return 2;
  }
}

function usageFailed(command: AnyCommand, error: unknown, lang: Lang): number {
  if (error instanceof NpmOptionsError) {
    process.stderr.write(`${messagesFor(error.lang ?? lang).npmOptions(error.command)}\n`);
    return 2;
  }
  if (!(error instanceof UsageError)) throw error;
  const m = messagesFor(lang);
  const after =
    command.onUsageError === 'help' ? `\n${helpText(command, lang)}` : m.seeHelp(command.name);
  process.stderr.write(`${m.badOption(error.message)}\n${after}\n`);
  return 2;
}
