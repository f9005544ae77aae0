import { describe, expect, test } from 'vitest';
import { NpmOptionsError, recoverNpmArgs } from '../src/npm-args.ts';

const booleans = ['all', 'solution', 'watch', 'poll', 'strict'];
/** What `npm run grade …` hands the grader: npm_config_* for the options npm took. */
const byNpm = (config: Record<string, string> = {}) => ({
  npm_lifecycle_event: 'grade',
  npm_config_yes: '',
  ...Object.fromEntries(Object.entries(config).map(([k, v]) => [`npm_config_${k}`, v])),
});
const recover = (argv: string[], config?: Record<string, string>) =>
  recoverNpmArgs(argv, booleans, 'grade', byNpm(config));
const lang = { long: 'true', all: 'true', global: 'true' };

describe('recoverNpmArgs', () => {
  test('puts back --lang, which npm reads as -l -a -g', () => {
    expect(recover(['lab-1', 'en'], lang)).toEqual(['lab-1', '--lang', 'en']);
  });

  test('puts back boolean options and values it can tell apart', () => {
    expect(recover(['lab-1', '2'], { watch: 'true', hint: 'true' })).toEqual([
      'lab-1',
      '--watch',
      '--hint',
      '2',
    ]);
    expect(recover(['1', 'ko', '3'], { ...lang, hint: 'true' })).toEqual([
      '1',
      '--lang',
      'ko',
      '--hint',
      '3',
    ]);
    expect(recover(['lab-1', 'out.json'], { json: 'true' })).toEqual([
      'lab-1',
      '--json',
      'out.json',
    ]);
    expect(recover(['lab-1'], { json: 'true' })).toEqual(['lab-1', '--json']);
    expect(recover([], { all: 'true' })).toEqual(['--all']);
    expect(recover(['lab-1'], { name: 'Kim' })).toEqual(['lab-1', '--name', 'Kim']);
  });

  test('leaves the arguments alone outside npm run, or after --', () => {
    expect(recoverNpmArgs(['lab-1', 'en'], booleans, 'grade', {})).toEqual(['lab-1', 'en']);
    expect(recover(['lab-1', '--lang', 'en'])).toEqual(['lab-1', '--lang', 'en']);
  });

  test('says exactly what to type when a value cannot be told apart', () => {
    const attempt = () =>
      recover(['lab-2', 'http://class:4000', 'ab12'], { code: 'true', submit: 'true' });
    expect(attempt).toThrow(NpmOptionsError);
    expect(attempt).toThrow('npm run grade -- lab-2 --submit <submit> --code <code>');
  });
});
