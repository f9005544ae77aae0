import { parseArgs } from 'node:util';
import type { Lang } from '@lambda-dojo/lang';
import { detectLang, isLang } from '@lambda-dojo/lang';

export const targets = ['mock', 'local', 'aws'] as const;
export type Target = (typeof targets)[number];

export interface CliOptions {
  lab?: string;
  all: boolean;
  solution: boolean;
  lang: Lang;
  hintTier: number;
  /** `-` for standard output, else a file path; undefined when not asked. */
  json?: string;
  watch: boolean;
  poll: boolean;
  help: boolean;
  target: Target;
  region?: string;
  prefix?: string;
  endpoint?: string;
  roleArn?: string;
  /** Class board address for `--submit`, with the session's `--code` and the learner's `--name`. */
  submit?: string;
  code?: string;
  name?: string;
  /** Verify the lab's checks against the hashes committed with the course first. */
  strict: boolean;
}

import { UsageError } from './errors.ts';

export { UsageError };

const spec = {
  all: { type: 'boolean' },
  solution: { type: 'boolean' },
  lang: { type: 'string' },
  hint: { type: 'string' },
  json: { type: 'string' },
  watch: { type: 'boolean' },
  poll: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  target: { type: 'string' },
  region: { type: 'string' },
  prefix: { type: 'string' },
  endpoint: { type: 'string' },
  'role-arn': { type: 'string' },
  submit: { type: 'string' },
  code: { type: 'string' },
  name: { type: 'string' },
  strict: { type: 'boolean' },
} as const;

/** `--json` takes an optional file: `--json` alone means standard output. */
function normaliseJsonFlag(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg !== '--json') {
      out.push(arg);
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('-') && /\.json$/i.test(next)) {
      out.push(`--json=${next}`);
      i++;
    } else {
      out.push('--json=-');
    }
  }
  return out;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof spec; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: normaliseJsonFlag(argv), options: spec, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(`expected one lab but received ${positionals.join(', ')}`);
  }
  const lang = values.lang ?? detectLang(env);
  if (!isLang(lang)) throw new UsageError(`expected ko or en for --lang but received ${lang}`);
  const hintTier = values.hint === undefined ? 1 : Number(values.hint);
  if (!Number.isInteger(hintTier) || hintTier < 1) {
    throw new UsageError(`expected a whole number from 1 for --hint but received ${values.hint}`);
  }
  const target = (values.target ?? 'mock') as Target;
  if (!targets.includes(target)) {
    throw new UsageError(
      `expected ${targets.join(', ')} for --target but received ${values.target}`,
    );
  }
  return {
    ...(positionals[0] ? { lab: positionals[0] } : {}),
    all: values.all ?? false,
    solution: values.solution ?? false,
    lang,
    hintTier,
    ...(values.json ? { json: values.json } : {}),
    watch: values.watch ?? false,
    poll: values.poll ?? false,
    help: values.help ?? false,
    target,
    ...(values.region ? { region: values.region } : {}),
    ...(values.prefix ? { prefix: values.prefix } : {}),
    ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    ...(values['role-arn'] ? { roleArn: values['role-arn'] } : {}),
    ...submitOptions(values),
    strict: values.strict ?? false,
  };
}

/** `--submit <url>` needs `--code` and `--name`, and grades the learner's own code. */
function submitOptions(values: {
  submit?: string;
  code?: string;
  name?: string;
  solution?: boolean;
  all?: boolean;
}): Pick<CliOptions, 'submit' | 'code' | 'name'> {
  if (values.submit === undefined) {
    if (values.code !== undefined || values.name !== undefined) {
      throw new UsageError('expected --submit <url> with --code and --name');
    }
    return {};
  }
  const missing = (['code', 'name'] as const).filter((flag) => !values[flag]?.trim());
  if (missing.length) {
    throw new UsageError(
      `expected ${missing.map((flag) => `--${flag}`).join(' and ')} with --submit`,
    );
  }
  if (values.solution) throw new UsageError('expected your own code with --submit, not --solution');
  if (values.all) throw new UsageError('expected one lab with --submit, not --all');
  return { submit: values.submit, code: values.code, name: values.name };
}
