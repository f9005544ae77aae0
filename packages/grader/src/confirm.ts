import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Lang } from '@lambda-dojo/lang';
import { type Replacement, willChange } from './backup.ts';
import { messagesFor } from './messages.ts';

export interface ConfirmOptions {
  courseDir: string;
  lang: Lang;
  /** `--yes`: replace without asking. */
  yes: boolean;
  /** The command to run again with `--yes`, e.g. `npm run reset lab-2`. */
  command: string;
  out: (line: string) => void;
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
}

/**
 * Lists the learner's files that are about to be replaced and asks before
 * going on. With `--yes` it only lists them. Without a terminal to ask on
 * (a pipe, CI) it refuses and says how to go on, rather than guess.
 */
export async function confirmReplacing(
  replacements: Replacement[],
  options: ConfirmOptions,
): Promise<boolean> {
  const m = messagesFor(options.lang);
  const changing = replacements.filter((r) => willChange(join(options.courseDir, r.path), r.next));
  if (changing.length === 0) return true;
  options.out(m.willReplace(changing.length));
  for (const { path } of changing) options.out(`  ${path}`);
  if (options.yes) return true;
  const input = options.input ?? process.stdin;
  if (!input.isTTY) {
    options.out(m.confirmNeedsYes(`${options.command} -- --yes`));
    return false;
  }
  const rl = createInterface({ input, output: process.stdout });
  try {
    const answer = (await rl.question(m.confirmQuestion)).trim().toLowerCase();
    const agreed = ['y', 'yes', '예', '네', 'ㅇ'].includes(answer);
    if (!agreed) options.out(m.confirmDeclined);
    return agreed;
  } finally {
    rl.close();
  }
}
