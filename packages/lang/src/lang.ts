import type { Lang } from './check-types.ts';

/** The language from `--lang`, else `LC_ALL`/`LC_MESSAGES`/`LANG`, else Korean. */
export function detectLang(env: NodeJS.ProcessEnv = process.env): Lang {
  for (const value of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    return value.toLowerCase().startsWith('en') ? 'en' : 'ko';
  }
  return 'ko';
}

export function isLang(value: string): value is Lang {
  return value === 'ko' || value === 'en';
}
