/** The course's two languages: Korean (the default) and English. */
export type Lang = 'ko' | 'en';

/** A text in both course languages. */
export interface Bilingual {
  ko: string;
  en: string;
}

export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}

/** The language from `LC_ALL`, else `LC_MESSAGES`, else `LANG` (POSIX order), else Korean. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  for (const value of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    return value.toLowerCase().startsWith('en') ? 'en' : 'ko';
  }
  return 'ko';
}

/**
 * The one language detection every tool uses: `--lang ko|en` (or `--lang=…`) in `argv`
 * wins, then the locale variables. An unknown `--lang` value is left to the tool's argument
 * parser to report; detection then falls back to the environment.
 */
export function detectLang(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = [],
): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : '';
    if (value && isLang(value)) return value;
  }
  return langFromEnv(env);
}
