import type { Lang } from '@lambda-dojo/lang';
import { NewLabError, type NewLabProblem } from '../errors.ts';

/** What `npm run new-lab` says. Typed, so a message missing in either language fails tsc. */
export interface Messages {
  help: string;
  problem(problem: NewLabProblem): string;
  created(folder: string): string;
  registered(step: string): string;
  skipped(step: string, command: string): string;
  nextSteps(id: string, folder: string): string;
}

const en: Messages = {
  help: `Scaffolds a lab and its solution in the house shape, and registers it.

Usage: npm run new-lab -- <slug> [options]

  <slug>              lowercase letters, digits and single hyphens, e.g. step-functions
  --title <text>      the English title (default: from the slug)
  --title-ko <text>   the Korean title (default: the English title)
  --no-install        do not run npm install (the lock file then misses the new workspaces)
  --lang ko|en        language of these messages (default: from LC_ALL, LC_MESSAGES, LANG)
  -h, --help          this help

The lab gets the next free number. See docs/authoring-a-lab.md.`,
  problem(problem) {
    switch (problem.reason) {
      case 'missing-slug':
        return 'Expected a slug, e.g. npm run new-lab -- step-functions, but received none.';
      case 'unknown-option':
        return `Unknown option ${problem.option}. Run npm run new-lab -- --help for the options.`;
      case 'bad-option':
        return `${problem.detail}. Run npm run new-lab -- --help for the options.`;
      case 'bad-lang':
        return `Expected --lang ko or en but received "${problem.value}".`;
      case 'extra-arguments':
        return `Expected one slug but received ${problem.received.length}: ${problem.received.join(' ')}. Put a title with spaces in quotes: --title "Step Functions".`;
      case 'bad-slug':
        return `Expected a slug of lowercase letters, digits and single hyphens (e.g. step-functions) but received "${problem.slug}".`;
      case 'numbered-slug':
        return `Expected the slug without "lab-<n>-" (the number comes by itself) but received "${problem.slug}". Try: npm run new-lab -- ${problem.suggestion}`;
      case 'slug-taken':
        return `The slug "${problem.slug}" is taken: ${problem.folder} already exists. Pick another slug, or edit that lab.`;
      case 'no-course':
        return `Expected a course with labs/ and solutions/ in ${problem.dir} but found none.`;
      case 'step-failed':
        return `The lab was written, but ${problem.step} failed:\n${problem.detail}`;
    }
  },
  created: (folder) => `Created labs/${folder} and solutions/${folder}.`,
  registered: (step) => `Registered: ${step}.`,
  skipped: (step, command) => `Skipped: ${step}. Run it yourself: ${command}`,
  nextSteps: (id, folder) => `Next:
  1. npm run grade -- ${id} --solution   (scores 100%)   npm run grade ${id}   (fails with hints)
  2. Reshape the example into your lab: labs/${folder}/README.md and README.ko.md, lab.json,
     src/ (mark each edit point // TODO:), checks/, and solutions/${folder}/src/.
  3. Rewrite the wrong solutions in packages/course-integrity/src/wrong-solutions/${id}.ts.
  4. After changing checks: npm run course-files -w @lambda-dojo/grader
  5. Show the lab's card in a lesson: <LabCard lab="${id}" /> in site/docs/lessons/ and its English mirror;
     add a row to the Labs table of README.md and README.ko.md.
  6. Check the course: cd packages/course-integrity && npx vitest run -t ${id}`,
};

const ko: Messages = {
  help: `랩과 참고 답안을 이 저장소의 모양대로 만들고 등록해요.

사용법: npm run new-lab -- <슬러그> [옵션]

  <슬러그>            영어 소문자, 숫자, 하이픈 하나로 이어요. 예: step-functions
  --title <텍스트>    영어 제목 (기본값: 슬러그로 만들어요)
  --title-ko <텍스트> 한국어 제목 (기본값: 영어 제목)
  --no-install        npm install을 실행하지 않아요 (잠금 파일에 새 워크스페이스가 빠져요)
  --lang ko|en        메시지 언어 (기본값: LC_ALL, LC_MESSAGES, LANG에서 정해요)
  -h, --help          이 도움말

랩 번호는 비어 있는 다음 번호로 정해져요. docs/authoring-a-lab.ko.md를 보세요.`,
  problem(problem) {
    switch (problem.reason) {
      case 'missing-slug':
        return '슬러그가 필요해요. 예: npm run new-lab -- step-functions';
      case 'unknown-option':
        return `없는 옵션이에요: ${problem.option}. 옵션은 npm run new-lab -- --help로 볼 수 있어요.`;
      case 'bad-option':
        return `옵션이 잘못됐어요: ${problem.detail}. 옵션은 npm run new-lab -- --help로 볼 수 있어요.`;
      case 'bad-lang':
        return `--lang에는 ko나 en을 주세요. 받은 값: "${problem.value}"`;
      case 'extra-arguments':
        return `슬러그는 하나만 주세요. 받은 값 ${problem.received.length}개: ${problem.received.join(' ')}. 띄어쓰기가 있는 제목은 따옴표로 감싸세요: --title "Step Functions"`;
      case 'bad-slug':
        return `슬러그는 영어 소문자, 숫자, 하이픈 하나로 이어야 해요(예: step-functions). 받은 값: "${problem.slug}"`;
      case 'numbered-slug':
        return `슬러그에는 "lab-<번호>-"를 빼고 적어 주세요. 번호는 알아서 붙어요. 받은 값: "${problem.slug}". 이렇게 해 보세요: npm run new-lab -- ${problem.suggestion}`;
      case 'slug-taken':
        return `이미 쓰고 있는 슬러그예요: "${problem.slug}" (${problem.folder} 폴더가 있어요). 다른 슬러그를 고르거나 그 랩을 고쳐 주세요.`;
      case 'no-course':
        return `${problem.dir}에는 labs/와 solutions/가 있는 코스가 없어요.`;
      case 'step-failed':
        return `랩 파일은 만들었지만 ${problem.step} 단계가 실패했어요:\n${problem.detail}`;
    }
  },
  created: (folder) => `만들었어요: labs/${folder}, solutions/${folder}`,
  registered: (step) => `등록했어요: ${step}`,
  skipped: (step, command) => `건너뛰었어요: ${step}. 직접 실행해 주세요: ${command}`,
  nextSteps: (id, folder) => `다음 할 일:
  1. npm run grade -- ${id} --solution   (100점이 나와요)   npm run grade ${id}   (힌트와 함께 실패해요)
  2. 예제를 내 랩으로 바꾸세요: labs/${folder}/README.md와 README.ko.md, lab.json,
     src/ (고칠 곳마다 // TODO: 표시), checks/, 그리고 solutions/${folder}/src/
  3. packages/course-integrity/src/wrong-solutions/${id}.ts의 틀린 답안을 새로 쓰세요.
  4. 체크를 바꾼 뒤에는: npm run course-files -w @lambda-dojo/grader
  5. 레슨에 랩 카드를 넣으세요: site/docs/lessons/와 영어 쪽 같은 경로에 <LabCard lab="${id}" />,
     README.md와 README.ko.md의 랩 목록에도 한 줄 넣으세요.
  6. 코스 검사: cd packages/course-integrity && npx vitest run -t ${id}`,
};

export const messages: Record<Lang, Messages> = { en, ko };

/** An error whose message is English (for logs and tests); the CLI shows `problem` in its language. */
export function newLabError(problem: NewLabProblem, options?: ErrorOptions): NewLabError {
  return new NewLabError(problem, en.problem(problem), options);
}
