import { parseArgs } from 'node:util';
import { findLab, type Lab, listLabs } from '@lambda-dojo/course';
import type { Lang } from '@lambda-dojo/lang';
import { detectLang, isLang } from '@lambda-dojo/lang';
import { ToolError } from '../commands/catch-up.ts';
import { type ToolName, toolHelpText } from '../help.ts';
import { messagesFor } from '../messages.ts';
import { NpmOptionsError, recoverNpmArgs } from '../npm-args.ts';

export interface ToolRun {
  lab: Lab;
  labs: Lab[];
  lang: Lang;
  /** `--yes`: replace files without asking. */
  yes: boolean;
}

/**
 * The shared front of `catch-up`, `reset` and `hint`: one lab argument,
 * `--lang`, `--help`; clear errors in the learner's language; exit 2 on misuse.
 */
export async function toolMain(
  tool: ToolName,
  argv: string[],
  run: (args: ToolRun) => number | Promise<number>,
): Promise<number> {
  let lang = detectLang();
  let m = messagesFor(lang);
  let values: { lang?: string; help?: boolean; yes?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: recoverNpmArgs(argv, ['yes'], tool),
      options: {
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        yes: { type: 'boolean', short: 'y' },
      },
      allowPositionals: true,
    }));
  } catch (error) {
    if (error instanceof NpmOptionsError) {
      process.stderr.write(`${messagesFor(error.lang ?? lang).npmOptions(error.command)}\n`);
      return 2;
    }
    process.stderr.write(
      `${m.badOption((error as Error).message)}\n\n${toolHelpText(tool, lang)}\n`,
    );
    return 2;
  }
  if (values.lang !== undefined) {
    if (!isLang(values.lang)) {
      process.stderr.write(
        `${m.badOption(`expected ko or en for --lang but received ${values.lang}`)}\n`,
      );
      return 2;
    }
    lang = values.lang;
    m = messagesFor(lang);
  }
  if (values.help) {
    process.stdout.write(`${toolHelpText(tool, lang)}\n`);
    return 0;
  }
  try {
    const labs = listLabs();
    const list = labs.map((lab) => m.labLine(lab.manifest.id, lab.manifest.title[lang])).join('\n');
    const query = positionals[0];
    if (!query || positionals.length > 1) {
      process.stderr.write(`${m.toolNoLab(tool)}\n\n${list}\n`);
      return 2;
    }
    const lab = findLab(labs, query);
    if (!lab) {
      process.stderr.write(`${m.unknownLab(query)}\n${list}\n`);
      return 2;
    }
    return await run({ lab, labs, lang, yes: values.yes ?? false });
  } catch (error) {
    const message = error instanceof ToolError ? error.message : (error as Error).stack;
    process.stderr.write(`${m.graderError(message ?? String(error))}\n`);
    return 2;
  }
}

/** Runs a tool as a program: flushes standard output, then exits with its code. */
export async function exitWith(code: Promise<number>): Promise<never> {
  const result = await code;
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(result);
}
