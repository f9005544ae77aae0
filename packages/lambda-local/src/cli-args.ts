import { detectLang, type Lang } from '@lambda-dojo/lang';
import { CliUsageError } from './errors.ts';
import { messagesFor } from './messages.ts';
import type { LambdaLocalOptions } from './server.ts';

export type { Lang };

export interface CliArgs {
  options: LambdaLocalOptions;
  quiet: boolean;
  help: boolean;
  lang: Lang;
}

/**
 * The language of messages: `LAMBDA_DOJO_LANG`, then the course's one detection
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`; `@lambda-dojo/lang`); Korean by default.
 */
export function langOf(env: NodeJS.ProcessEnv): Lang {
  const forced = env.LAMBDA_DOJO_LANG;
  if (forced) return forced.startsWith('en') ? 'en' : 'ko';
  return detectLang(env);
}

export function usage(lang: Lang): string {
  return messagesFor(lang).usage;
}

/** Parses the command line; bad input throws CliUsageError with a message in the user's language. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliArgs {
  const lang = langOf(env);
  const options: LambdaLocalOptions = {};
  let quiet = false;
  let help = false;
  if (env.LAMBDA_LOCAL_PORT !== undefined)
    options.port = integer('LAMBDA_LOCAL_PORT', env.LAMBDA_LOCAL_PORT, 0, 65535, lang);
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new CliUsageError(messagesFor(lang).needsValue(flag));
      return next;
    };
    if (flag === '--port') options.port = integer(flag, value(), 0, 65535, lang);
    else if (flag === '--concurrency') options.concurrency = integer(flag, value(), 1, 1000, lang);
    else if (flag === '--idle-timeout')
      options.idleTimeoutMs = integer(flag, value(), 1, 86_400, lang) * 1000;
    else if (flag === '--state-delay')
      options.stateDelayMs = integer(flag, value(), 0, 600_000, lang);
    else if (flag === '--region') options.region = value();
    else if (flag === '--quiet') quiet = true;
    else if (flag === '--help' || flag === '-h') help = true;
    else {
      throw new CliUsageError(messagesFor(lang).unknownOption(flag));
    }
  }
  return { options, quiet, help, lang };
}

function integer(name: string, raw: string, min: number, max: number, lang: Lang): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliUsageError(messagesFor(lang).notInteger(name, min, max, raw));
  }
  return n;
}
