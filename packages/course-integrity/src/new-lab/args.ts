import { parseArgs } from 'node:util';
import { detectLang, isLang, type Lang } from '@lambda-dojo/lang';
import { newLabError } from './messages.ts';

export interface NewLabArgs {
  slug?: string;
  title?: string;
  titleKo?: string;
  install: boolean;
  help: boolean;
  lang: Lang;
}

const options = {
  title: { type: 'string' },
  'title-ko': { type: 'string' },
  'no-install': { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--lang` if it is given and valid, else the environment's language: even for a bad command line. */
export function langOf(argv: string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const { values } = parseArgs({ args: argv, options, strict: false, allowPositionals: true });
  return typeof values.lang === 'string' && isLang(values.lang) ? values.lang : detectLang(env);
}

/** Parses `npm run new-lab -- <slug> [options]`; a bad command line is a NewLabError. */
export function parseNewLabArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): NewLabArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (cause) {
    const { code, message } = cause as { code?: string; message: string };
    const option = /'([^']+)'/.exec(message)?.[1];
    throw newLabError(
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
        ? { reason: 'unknown-option', option }
        : { reason: 'bad-option', detail: message },
      { cause },
    );
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) {
    throw newLabError({ reason: 'bad-lang', value: values.lang });
  }
  if (positionals.length > 1) {
    throw newLabError({ reason: 'extra-arguments', received: positionals });
  }
  return {
    slug: positionals[0],
    title: values.title,
    titleKo: values['title-ko'],
    install: !values['no-install'],
    help: values.help ?? false,
    lang: langOf(argv, env),
  };
}
