import { detectLang } from '@lambda-dojo/lang';
import type { BaseOptions, Parsed } from './command.ts';
import { langOption } from './command.ts';

/** The options of a tool that works on one lab: `catch-up`, `reset`, `hint`. */
export interface LabToolOptions extends BaseOptions {
  /** The lab as the learner named it (lab-2, 2, its folder or slug); checked by `findLab`. */
  lab?: string;
  /** More than one lab was named. */
  extra: boolean;
  /** `--yes`: replace files without asking. */
  yes: boolean;
}

/** How the lab tools print a line of their report. */
export const printLine = (line: string) => process.stdout.write(`${line}\n`);

export const langFlag = {
  type: 'string',
  shown: { ko: '--lang ko|en', en: '--lang ko|en' },
  help: {
    ko: '메시지 언어 (기본: LANG/LC_ALL, 없으면 ko)',
    en: 'message language (default: LANG/LC_ALL, else ko)',
  },
} as const;

export const yesFlag = {
  type: 'boolean',
  short: 'y',
  help: {
    ko: '묻지 않고 바로 바꿔요',
    en: 'replace the files without asking',
  },
} as const;

export const helpFlag = {
  type: 'boolean',
  short: 'h',
  help: { ko: '이 도움말을 보여 줘요', en: 'show this help' },
} as const;

/** The options of a one-lab tool from its parsed flags. */
export function labToolOptions(parsed: Parsed, env: NodeJS.ProcessEnv): LabToolOptions {
  const { values, positionals } = parsed;
  return {
    ...(positionals[0] ? { lab: positionals[0] } : {}),
    extra: positionals.length > 1,
    lang: langOption(values.lang, detectLang(env)),
    help: values.help === true,
    yes: values.yes === true,
  };
}
