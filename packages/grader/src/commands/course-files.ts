import { join } from 'node:path';
import { detectLang } from '@lambda-dojo/lang';
import { messagesFor } from '../messages.ts';
import type { BaseOptions, Command } from './command.ts';
import { langOption } from './command.ts';
import { helpFlag, langFlag } from './lab-tool.ts';

/** `npm run course-files -w @lambda-dojo/grader` (course authors): hashes the labs' files. */
export const courseFiles: Command<BaseOptions> = {
  name: 'course-files',
  flags: { lang: langFlag, help: helpFlag },
  help: {
    usage: {
      ko: '사용법: npm run course-files -w @lambda-dojo/grader [-- --lang ko|en]',
      en: 'Usage: npm run course-files -w @lambda-dojo/grader [-- --lang ko|en]',
    },
    about: {
      ko: `코스 작성자용이에요. 지금 랩들의 체크 파일 해시와 시작 코드의 git blob id를
packages/grader/course-files.json에 다시 써요. labs/*/checks를 고친 뒤 실행하고 커밋해 주세요.`,
      en: `For course authors. Writes the hashes of the labs' check files and the git blob ids
of their starters to packages/grader/course-files.json. Run it after changing
labs/*/checks, and commit the file.`,
    },
  },
  onUsageError: 'help',
  options: ({ values }, env) => ({
    lang: langOption(values.lang, detectLang(env)),
    help: values.help === true,
  }),
  async run({ lang }, { courseDir, labsDir, solutionsDir }) {
    const { collectCourseFiles, listLabs, writeCourseFiles } = await import('@lambda-dojo/course');
    const file = join(courseDir, 'packages/grader/course-files.json');
    const data = collectCourseFiles(listLabs(labsDir, solutionsDir), courseDir);
    writeCourseFiles(data, file);
    process.stdout.write(
      `${messagesFor(lang).courseFilesWritten(file, Object.keys(data.labs).length)}\n`,
    );
    return 0;
  },
};
