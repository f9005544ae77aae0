import type { Command } from './command.ts';
import { helpFlag, type LabToolOptions, labToolOptions, langFlag, yesFlag } from './lab-tool.ts';

/** `npm run catch-up <lab>`: fills in the labs before it with the reference solutions. */
export const catchUp: Command<LabToolOptions> = {
  name: 'catch-up',
  flags: { lang: langFlag, yes: yesFlag, help: helpFlag },
  help: {
    usage: {
      ko: '사용법: npm run catch-up <랩> [-- --lang ko|en] [-- --yes]',
      en: 'Usage: npm run catch-up <lab> [-- --lang ko|en] [-- --yes]',
    },
    about: {
      ko: `<랩> 앞의 모든 랩에서 여러분이 고치는 파일(lab.json의 files.edit)을 참고 답안으로
바꿔요. 바꾸기 전에 원래 파일을 .lambda-dojo/backups/<시각>-catch-up-<랩>/에 백업하고
그 경로를 알려 줘요. 바꿀 파일을 먼저 보여 주고 물어봐요(--yes면 묻지 않음).
예: npm run catch-up lab-3 (lab-1, lab-2를 답안으로 채움)`,
      en: `Replaces the files you edit (files.edit in lab.json) in every lab before <lab> with
the reference solutions. Your files are first backed up to
.lambda-dojo/backups/<time>-catch-up-<lab>/ and the path is printed. It lists the
files it will replace and asks first (--yes: do not ask).
Example: npm run catch-up lab-3 (fills in lab-1 and lab-2)`,
    },
  },
  onUsageError: 'help',
  options: labToolOptions,
  async run(options, paths) {
    const { runCatchUp } = await import('./catch-up-run.ts');
    return runCatchUp(options, paths);
  },
};
