import { parseArgs } from 'node:util';
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

const FLAGS = {
  port: { type: 'string' },
  concurrency: { type: 'string' },
  'idle-timeout': { type: 'string' },
  'state-delay': { type: 'string' },
  region: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses the command line; bad input throws CliUsageError with a message in the user's language. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliArgs {
  const lang = langOf(env);
  const m = messagesFor(lang);
  // Not strict, so that an unknown flag or a missing value is told in the learner's
  // language from the tokens, rather than in parseArgs's English error text.
  const { values, tokens } = parseArgs({
    args: [...argv],
    options: FLAGS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') throw new CliUsageError(m.unknownOption(token.value));
    if (token.kind !== 'option') continue;
    const known = FLAGS[token.name as keyof typeof FLAGS];
    if (!known) throw new CliUsageError(m.unknownOption(token.rawName));
    if (known.type === 'string' && token.value === undefined) {
      throw new CliUsageError(m.needsValue(token.rawName));
    }
  }
  const text = (name: keyof typeof FLAGS) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const options: LambdaLocalOptions = {};
  const port = text('port') ?? env.LAMBDA_LOCAL_PORT;
  const portName = text('port') === undefined ? 'LAMBDA_LOCAL_PORT' : '--port';
  if (port !== undefined) options.port = integer(portName, port, 0, 65535, lang);
  const concurrency = text('concurrency');
  if (concurrency !== undefined) {
    options.concurrency = integer('--concurrency', concurrency, 1, 1000, lang);
  }
  const idle = text('idle-timeout');
  if (idle !== undefined)
    options.idleTimeoutMs = integer('--idle-timeout', idle, 1, 86_400, lang) * 1000;
  const stateDelay = text('state-delay');
  if (stateDelay !== undefined) {
    options.stateDelayMs = integer('--state-delay', stateDelay, 0, 600_000, lang);
  }
  const region = text('region');
  if (region !== undefined) options.region = region;
  return { options, quiet: values.quiet === true, help: values.help === true, lang };
}

function integer(name: string, raw: string, min: number, max: number, lang: Lang): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliUsageError(messagesFor(lang).notInteger(name, min, max, raw));
  }
  return n;
}
