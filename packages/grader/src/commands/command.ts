import { parseArgs } from 'node:util';
import type { CoursePaths } from '@lambda-dojo/course/paths';
import type { Bilingual, Lang } from '@lambda-dojo/lang';
import { displayWidth } from '../display-width.ts';
import { UsageError } from '../errors.ts';

/** One command-line flag: how node:util's parseArgs reads it, and its line in the help. */
export interface Flag {
  type: 'string' | 'boolean';
  short?: string;
  /** The flag as the help shows it, when it is more than `--name`: `--hint <n>`. */
  shown?: Bilingual;
  /** What it does; several lines are indented under the first. No help: another flag's line tells of it. */
  help?: Bilingual;
}

export type Flags = Record<string, Flag>;

/** What parseArgs found: the flags by name, and the other arguments. */
export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Every command's options carry the language it speaks and whether `--help` was asked. */
export interface BaseOptions {
  lang: Lang;
  help: boolean;
}

/**
 * A command of the grader CLI (rustlings' `enum Command`): its flags with their help, how
 * they become options, and what it does. `bin/cli.mjs <name>` runs it (see ../cli.ts).
 */
export interface Command<Options extends BaseOptions = BaseOptions> {
  /** The npm script that runs it: `npm run <name>`. */
  name: string;
  flags: Flags;
  help: {
    /** The first line: `Usage: npm run grade <lab> [-- options]`. */
    usage: Bilingual;
    /** Prose between the usage line and the flags. */
    about?: Bilingual;
    /** Exit codes and examples, after the flags. */
    footer?: Bilingual;
  };
  /** After a usage error, show the whole help (short tools) or the line that finds it. */
  onUsageError: 'help' | 'see-help';
  /** Rewrites the arguments before parsing, for what parseArgs cannot say (an optional value). */
  args?: (argv: string[]) => string[];
  /** Turns parsed flags into options; throws UsageError on a bad value. */
  options(parsed: Parsed, env: NodeJS.ProcessEnv): Options;
  /**
   * Does the work, in the course and state folders `paths` names, and resolves to the exit
   * code: 0 done, 1 failed, 2 usage or grader error. It imports the modules that do the work
   * when called, so that a command's help and flags do not load the other commands.
   */
  run(options: Options, paths: CoursePaths): Promise<number>;
}

/** A command whose options type is no longer known: what the table holds. */
// biome-ignore lint/suspicious/noExplicitAny: each command checks its own options; the table only dispatches.
export type AnyCommand = Command<any>;

/** Reads `argv` with node:util's parseArgs against the command's flags. */
export function parseFlags(flags: Flags, argv: string[]): Parsed {
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, { type, short }]) => [
      name,
      short ? { type, short } : { type },
    ]),
  );
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
}

/** The flags without a value, which npm takes for its own before `--` (see ../npm-args.ts). */
export function booleanFlags(flags: Flags): string[] {
  return Object.entries(flags)
    .filter(([name, flag]) => flag.type === 'boolean' && name !== 'help')
    .map(([name]) => name);
}

/** `--lang` checked: ko or en, else the language of the environment. */
export function langOption(value: string | boolean | undefined, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  if (value !== 'ko' && value !== 'en') {
    throw new UsageError(`expected ko or en for --lang but received ${value}`);
  }
  return value;
}

const LABEL_WIDTH = 18;
const INDENT = '  ';

/** The help of a command in one language, built from its usage, prose and flags. */
export function helpText(command: AnyCommand, lang: Lang): string {
  const { usage, about, footer } = command.help;
  const lines = Object.entries(command.flags).flatMap(([name, flag]) => {
    if (!flag.help) return [];
    const label = flag.shown?.[lang] ?? (flag.short ? `--${name}, -${flag.short}` : `--${name}`);
    const [first = '', ...rest] = flag.help[lang].split('\n');
    const under = rest.map((line) => `${INDENT}${' '.repeat(LABEL_WIDTH)}${line}`);
    const width = displayWidth(label);
    if (width < LABEL_WIDTH - 1) {
      return [`${INDENT}${label}${' '.repeat(LABEL_WIDTH - width)}${first}`, ...under];
    }
    return [`${INDENT}${label}`, `${INDENT}${' '.repeat(LABEL_WIDTH)}${first}`, ...under];
  });
  return [usage[lang], ...(about ? ['', about[lang]] : []), '', ...lines]
    .concat(footer ? ['', footer[lang]] : [])
    .join('\n');
}
