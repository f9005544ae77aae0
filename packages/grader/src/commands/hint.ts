import type { Command } from './command.ts';
import { helpFlag, type LabToolOptions, labToolOptions, langFlag } from './lab-tool.ts';

/** `npm run hint <lab>`: one more hint tier of the first failing check on each run. */
export const hint: Command<LabToolOptions> = {
  name: 'hint',
  // `--yes` means nothing here; it is accepted, as it always was, and not shown in the help.
  flags: { lang: langFlag, yes: { type: 'boolean', short: 'y' }, help: helpFlag },
  help: {
    usage: {
      ko: '사용법: npm run hint <랩> [-- --lang ko|en]',
      en: 'Usage: npm run hint <lab> [-- --lang ko|en]',
    },
    about: {
      ko: `<랩>을 채점하고, 처음으로 실패한 체크의 힌트를 실행할 때마다 한 단계씩 더 보여 줘요.
어디까지 봤는지는 .lambda-dojo/hints.json에 기록해요.`,
      en: `Grades <lab> and shows one more hint tier of the first failing check each time you
run it. The tiers you have seen are kept in .lambda-dojo/hints.json.`,
    },
  },
  onUsageError: 'help',
  options: labToolOptions,
  async run(options, paths) {
    const { runHint } = await import('./hint-run.ts');
    return runHint(options, paths);
  },
};
