import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { helpText, parseFlags } from '../../src/commands/command.ts';
import { parseGradeArgs } from '../../src/commands/grade.ts';
import { commands } from '../../src/commands/table.ts';
import { UsageError } from '../../src/errors.ts';

const scripts = (url: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(url, import.meta.url), 'utf8')).scripts;

describe('the command table', () => {
  test('every npm script that starts bin/cli.mjs names a command of the table', () => {
    const started = Object.values({
      ...scripts('../../../../package.json'),
      ...scripts('../../package.json'),
    }).flatMap((script) => /bin\/cli\.mjs (\S+)/.exec(script)?.[1] ?? []);

    expect(started.sort()).toEqual(Object.keys(commands).sort());
  });

  test.each(Object.keys(commands))(
    'the help of %s tells of every flag it shows, in both languages',
    (name) => {
      const command = commands[name];
      if (!command) throw new Error(name);
      for (const lang of ['ko', 'en'] as const) {
        const help = helpText(command, lang);
        expect(help.split('\n')[0]).toBe(command.help.usage[lang]);
        for (const [flag, { help: text, shown }] of Object.entries(command.flags)) {
          if (!text) continue;
          expect(help).toContain(shown?.[lang] ?? `--${flag}`);
          expect(help).toContain(text[lang].split('\n')[0]);
        }
      }
    },
  );

  test('an unknown flag is a usage error that names it', () => {
    expect(() => parseFlags(commands.reset?.flags ?? {}, ['lab-1', '--force'])).toThrow(UsageError);
    expect(() => parseFlags(commands.reset?.flags ?? {}, ['lab-1', '--force'])).toThrow(
      "'--force'",
    );
  });
});

describe('the options of grade', () => {
  test('--json alone means standard output, --json <file.json> a file', () => {
    expect(parseGradeArgs(['lab-1', '--json'], {}).json).toBe('-');
    expect(parseGradeArgs(['lab-1', '--json', 'out.json'], {}).json).toBe('out.json');
  });

  test('a bad value says what was expected', () => {
    expect(() => parseGradeArgs(['lab-1', '--hint', '0'], {})).toThrow(
      'expected a whole number from 1 for --hint but received 0',
    );
    expect(() => parseGradeArgs(['lab-1', '--lang', 'fr'], {})).toThrow(
      'expected ko or en for --lang but received fr',
    );
    expect(() => parseGradeArgs(['lab-1', 'lab-2'], {})).toThrow(
      'expected one lab but received lab-1, lab-2',
    );
  });

  test('the language comes from --lang, else the locale, else Korean', () => {
    expect(parseGradeArgs(['lab-1', '--lang', 'en'], { LANG: 'ko_KR.UTF-8' }).lang).toBe('en');
    expect(parseGradeArgs(['lab-1'], { LC_ALL: 'en_US.UTF-8', LANG: 'ko_KR.UTF-8' }).lang).toBe(
      'en',
    );
    expect(parseGradeArgs(['lab-1'], {}).lang).toBe('ko');
  });
});
