/**
 * `npm run grade lab-1 --lang en` works in the learner's head but not in
 * npm's: options before `--` are npm's own. npm sets `npm_config_<name>=true`
 * for each and passes their values on as plain arguments, so the grader sees
 * `lab-1 en`. Worse, npm reads `--lang` as its shorthands `-l -a -g`
 * (`long`, `all`, `global`). This module puts such a command back together
 * where the values can only mean one thing, and otherwise says what to type.
 */

import { NpmOptionsError } from './errors.ts';

export { NpmOptionsError };

/** Options that take a value, and how to recognise that value among the arguments. */
const valued: Record<string, (value: string) => boolean> = {
  lang: (v) => v === 'ko' || v === 'en',
  hint: (v) => /^[1-9][0-9]*$/.test(v),
  json: (v) => /\.json$/i.test(v),
  target: (v) => ['mock', 'local', 'aws'].includes(v),
};
/** Options that take a value the grader cannot pick out of the arguments. */
const unrecognisable = ['region', 'endpoint', 'role-arn', 'submit', 'code', 'name'];

/**
 * Returns `argv` with the options npm took put back, when run by `npm run`.
 * `booleans` are the command's options without a value (e.g. `watch`, `yes`).
 * Throws NpmOptionsError when a value cannot be told apart.
 */
export function recoverNpmArgs(
  argv: string[],
  booleans: readonly string[],
  script: string,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (!env.npm_lifecycle_event || argv.includes('--')) return argv;
  const set = (name: string) => env[`npm_config_${name.replace(/-/g, '_')}`];
  const on = (name: string) => set(name) === 'true';
  const taken: string[] = [];
  // --lang (and --lang=en) reaches npm as -l -a -g: long, all and global at once.
  const lang = on('long') && on('all') && on('global');
  if (lang) taken.push('lang');
  for (const name of booleans) {
    if (name === 'all' && lang) continue;
    if (on(name)) taken.push(name);
  }
  // npm's own settings (prefix, for one) come through as npm_config_* too, with real values.
  for (const name of Object.keys(valued)) {
    if (name !== 'lang' && set(name) && (on(name) || valued[name]?.(set(name) ?? ''))) {
      taken.push(name);
    }
  }
  for (const name of unrecognisable)
    if (on(name) || (name === 'name' && set(name))) taken.push(name);
  if (taken.length === 0) return argv;

  const [lab, ...rest] = argv.filter((arg) => !arg.startsWith('-'));
  const flagsGiven = argv.filter((arg) => arg.startsWith('-'));
  const out = lab ? [lab, ...flagsGiven] : [...flagsGiven];
  const shown: string[] = lab ? [lab, ...flagsGiven] : [...flagsGiven];
  let understood = true;
  const left = [...rest];
  for (const name of taken) {
    const isValue = valued[name];
    if (booleans.includes(name)) {
      out.push(`--${name}`);
      shown.push(`--${name}`);
      continue;
    }
    const given = set(name);
    if (given && given !== 'true' && (isValue?.(given) ?? true)) {
      out.push(`--${name}`, given);
      shown.push(`--${name}`, given);
      continue;
    }
    const index = isValue ? left.findIndex(isValue) : -1;
    if (index >= 0) {
      const [value] = left.splice(index, 1) as [string];
      out.push(`--${name}`, value);
      shown.push(`--${name}`, value);
    } else if (name === 'json') {
      out.push('--json');
      shown.push('--json');
    } else {
      understood = false;
      shown.push(`--${name}`, `<${name}>`);
    }
  }
  if (left.length > 0) understood = false;
  if (!understood) {
    const asked = out[out.indexOf('--lang') + 1];
    const lang = asked === 'ko' || asked === 'en' ? asked : undefined;
    throw new NpmOptionsError(`npm run ${script} -- ${shown.join(' ')}`, lang);
  }
  return out;
}
