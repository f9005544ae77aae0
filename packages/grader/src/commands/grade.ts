import { detectLang, type Lang } from '@lambda-dojo/lang';
import { UsageError } from '../errors.ts';
import type { BaseOptions, Command, Flags, Parsed } from './command.ts';
import { langOption, parseFlags } from './command.ts';

export const targets = ['mock', 'local', 'aws'] as const;
export type Target = (typeof targets)[number];

export interface GradeOptions extends BaseOptions {
  lab?: string;
  all: boolean;
  solution: boolean;
  hintTier: number;
  /** `-` for standard output, else a file path; undefined when not asked. */
  json?: string;
  watch: boolean;
  poll: boolean;
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

const flags = {
  solution: {
    type: 'boolean',
    help: {
      ko: '참고 답안(solutions/)을 채점해요',
      en: 'grade the reference solution (solutions/)',
    },
  },
  hint: {
    type: 'string',
    shown: { ko: '--hint <n>', en: '--hint <n>' },
    help: {
      ko: '첫 번째로 실패한 체크의 힌트를 n단계까지 보여 줘요 (기본 1)',
      en: 'show hints up to tier n for the first failing check (default 1)',
    },
  },
  lang: {
    type: 'string',
    shown: { ko: '--lang ko|en', en: '--lang ko|en' },
    help: {
      ko: '메시지 언어 (기본: LANG/LC_ALL, 없으면 ko)',
      en: 'message language (default: LANG/LC_ALL, else ko)',
    },
  },
  json: {
    type: 'string',
    shown: { ko: '--json [파일]', en: '--json [file]' },
    help: {
      ko: '결과를 JSON(Exercism 결과 형식 v3)으로 출력하거나 파일에 저장해요',
      en: 'print results as JSON (Exercism results v3) or write them to a file',
    },
  },
  watch: {
    type: 'boolean',
    help: {
      ko: '파일을 저장할 때마다 다시 채점해요 (--poll: 폴링 방식)',
      en: 'grade again on every save (--poll: poll instead of watching)',
    },
  },
  poll: { type: 'boolean' },
  all: {
    type: 'boolean',
    help: { ko: '모든 랩의 진행 현황을 표로 보여 줘요', en: 'show a progress table of every lab' },
  },
  target: {
    type: 'string',
    shown: { ko: '--target mock|local|aws', en: '--target mock|local|aws' },
    help: {
      ko: '채점 대상 (기본 mock). local은 채점기가 lambda-local을\n직접 띄우고(이미 떠 있다면 --endpoint), aws는 본인 AWS 계정에서만\n(--region 필요, 리소스 이름 앞에 --prefix, 기본 lambda-dojo)',
      en: 'what to grade against (default mock). local starts\nlambda-local itself (or use --endpoint for a running one);\naws runs only in your own account (needs --region;\n--prefix names resources, default lambda-dojo)',
    },
  },
  region: { type: 'string' },
  prefix: { type: 'string' },
  endpoint: { type: 'string' },
  'role-arn': { type: 'string' },
  submit: {
    type: 'string',
    shown: {
      ko: '--submit <주소> --code <코드> --name <이름>',
      en: '--submit <url> --code <code> --name <name>',
    },
    help: {
      ko: '채점 결과를 수업 보드에 제출해요 (강사가 알려 준 주소와 코드)',
      en: 'submit the result to the class board (address and code from\nyour instructor)',
    },
  },
  code: { type: 'string' },
  name: { type: 'string' },
  strict: {
    type: 'boolean',
    help: {
      ko: '채점 전에 체크 파일이 코스 저장소에 커밋된 것과 같은지 확인해요',
      en: 'first verify that the lab’s checks match the ones committed\nwith the course',
    },
  },
  help: {
    type: 'boolean',
    short: 'h',
    help: { ko: '이 도움말을 보여 줘요', en: 'show this help' },
  },
} satisfies Flags;

/** `npm run grade <lab>`: grades a lab once, on every save (`--watch`), or shows progress (`--all`). */
export const grade: Command<GradeOptions> = {
  name: 'grade',
  flags,
  help: {
    usage: {
      ko: '사용법: npm run grade <랩> [-- 옵션]',
      en: 'Usage: npm run grade <lab> [-- options]',
    },
    about: {
      ko: '  <랩>              lab-1, 1, lab-1-hello-lambda 중 어떤 형태로 써도 돼요',
      en: '  <lab>             lab-1, 1 or lab-1-hello-lambda',
    },
    footer: {
      ko: '종료 코드: 0 모두 통과, 1 실패한 체크 있음, 2 사용법 또는 채점기 오류\n예: npm run grade lab-1\n    npm run grade -- lab-1 --hint 2\n    npm run grade -- --all',
      en: 'Exit codes: 0 every check passes, 1 some check fails, 2 usage or grader error\nExamples: npm run grade lab-1\n          npm run grade -- lab-1 --hint 2\n          npm run grade -- --all',
    },
  },
  onUsageError: 'see-help',
  args: normaliseJsonFlag,
  options: gradeOptions,
  async run(options, paths) {
    const { runGrade } = await import('./grade-run.ts');
    return runGrade(options, paths);
  },
};

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

type Values = {
  [K in keyof typeof flags]?: (typeof flags)[K]['type'] extends 'boolean' ? boolean : string;
};

/** The options of `grade` from its parsed flags; throws UsageError on a bad value. */
export function gradeOptions(parsed: Parsed, env: NodeJS.ProcessEnv = process.env): GradeOptions {
  const values = parsed.values as Values;
  const { positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(`expected one lab but received ${positionals.join(', ')}`);
  }
  const lang = langOption(values.lang, detectLang(env));
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

/** The options of `grade` from its arguments, as the command line gives them. */
export function parseGradeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): GradeOptions {
  return gradeOptions(parseFlags(flags, normaliseJsonFlag(argv)), env);
}

/** The options of grading one lab on the mock target, as `hint` does. */
export function defaultGradeOptions(lab: string, lang: Lang): GradeOptions {
  return gradeOptions({ values: { lang }, positionals: [lab] }, {});
}

/** `--submit <url>` needs `--code` and `--name`, and grades the learner's own code. */
function submitOptions(values: Values): Pick<GradeOptions, 'submit' | 'code' | 'name'> {
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
