import type { Command } from './command.ts';
import { helpFlag, type LabToolOptions, labToolOptions, langFlag, yesFlag } from './lab-tool.ts';

/** `npm run reset <lab>`: gives the lab's files their starter code back. */
export const reset: Command<LabToolOptions> = {
  name: 'reset',
  flags: { lang: langFlag, yes: yesFlag, help: helpFlag },
  help: {
    usage: {
      ko: '사용법: npm run reset <랩> [-- --lang ko|en] [-- --yes]',
      en: 'Usage: npm run reset <lab> [-- --lang ko|en] [-- --yes]',
    },
    about: {
      ko: `<랩>에서 여러분이 고치는 파일을 처음 시작 코드로 되돌려요. 직접 커밋한 뒤에도
코스 저장소에 커밋된 시작 코드를 git에서 찾아와요. 바꾸기 전에 원래 파일을
.lambda-dojo/backups/<시각>-reset-<랩>/에 백업하고 그 경로를 알려 줘요. 바꿀 파일을 먼저
보여 주고 물어보며(--yes면 묻지 않음), 그 랩의 채점 기록과 힌트 단계도 지워요.`,
      en: `Restores the starter code of the files you edit in <lab>, found in git by the ids
committed with the course (it works even after you commit your own work). Your
files are first backed up to .lambda-dojo/backups/<time>-reset-<lab>/. It lists the
files it will replace and asks first (--yes: do not ask), and clears the lab's grades
and hint tiers.`,
    },
  },
  onUsageError: 'help',
  options: labToolOptions,
  async run(options, paths) {
    const { runReset } = await import('./reset-run.ts');
    return runReset(options, paths);
  },
};
