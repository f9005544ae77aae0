import type { Lang } from '@lambda-dojo/lang';

const help: Record<Lang, string> = {
  ko: `사용법: npm run grade <랩> [-- 옵션]

  <랩>              lab-1, 1, lab-1-hello-lambda 중 어떤 형태로 써도 돼요
  --solution        참고 답안(solutions/)을 채점해요
  --hint <n>        첫 번째로 실패한 체크의 힌트를 n단계까지 보여 줘요 (기본 1)
  --lang ko|en      메시지 언어 (기본: LANG/LC_ALL, 없으면 ko)
  --json [파일]     결과를 JSON(Exercism 결과 형식 v3)으로 출력하거나 파일에 저장해요
  --watch           파일을 저장할 때마다 다시 채점해요 (--poll: 폴링 방식)
  --all             모든 랩의 진행 현황을 표로 보여 줘요
  --target mock|local|aws   채점 대상 (기본 mock). local은 채점기가 lambda-local을
                    직접 띄우고(이미 떠 있다면 --endpoint), aws는 본인 AWS 계정에서만
                    (--region 필요, 리소스 이름 앞에 --prefix, 기본 lambda-dojo)
  --submit <주소> --code <코드> --name <이름>
                    채점 결과를 수업 보드에 제출해요 (강사가 알려 준 주소와 코드)
  --strict          채점 전에 체크 파일이 코스 저장소에 커밋된 것과 같은지 확인해요

종료 코드: 0 모두 통과, 1 실패한 체크 있음, 2 사용법 또는 채점기 오류
예: npm run grade lab-1
    npm run grade -- lab-1 --hint 2
    npm run grade -- --all`,
  en: `Usage: npm run grade <lab> [-- options]

  <lab>             lab-1, 1 or lab-1-hello-lambda
  --solution        grade the reference solution (solutions/)
  --hint <n>        show hints up to tier n for the first failing check (default 1)
  --lang ko|en      message language (default: LANG/LC_ALL, else ko)
  --json [file]     print results as JSON (Exercism results v3) or write them to a file
  --watch           grade again on every save (--poll: poll instead of watching)
  --all             show a progress table of every lab
  --target mock|local|aws   what to grade against (default mock). local starts
                    lambda-local itself (or use --endpoint for a running one);
                    aws runs only in your own account (needs --region;
                    --prefix names resources, default lambda-dojo)
  --submit <url> --code <code> --name <name>
                    submit the result to the class board (address and code from
                    your instructor)
  --strict          first verify that the lab's checks match the ones committed
                    with the course

Exit codes: 0 every check passes, 1 some check fails, 2 usage or grader error
Examples: npm run grade lab-1
          npm run grade -- lab-1 --hint 2
          npm run grade -- --all`,
};

export function helpText(lang: Lang): string {
  return help[lang];
}

export type ToolName = 'catch-up' | 'reset' | 'hint';

const toolHelp: Record<ToolName, Record<Lang, string>> = {
  'catch-up': {
    ko: `사용법: npm run catch-up <랩> [-- --lang ko|en] [-- --yes]

<랩> 앞의 모든 랩에서 여러분이 고치는 파일(lab.json의 files.edit)을 참고 답안으로
바꿔요. 바꾸기 전에 원래 파일을 .lambda-dojo/backups/<시각>-catch-up-<랩>/에 백업하고
그 경로를 알려 줘요. 바꿀 파일을 먼저 보여 주고 물어봐요(--yes면 묻지 않음).
예: npm run catch-up lab-3 (lab-1, lab-2를 답안으로 채움)`,
    en: `Usage: npm run catch-up <lab> [-- --lang ko|en] [-- --yes]

Replaces the files you edit (files.edit in lab.json) in every lab before <lab> with
the reference solutions. Your files are first backed up to
.lambda-dojo/backups/<time>-catch-up-<lab>/ and the path is printed. It lists the
files it will replace and asks first (--yes: do not ask).
Example: npm run catch-up lab-3 (fills in lab-1 and lab-2)`,
  },
  reset: {
    ko: `사용법: npm run reset <랩> [-- --lang ko|en] [-- --yes]

<랩>에서 여러분이 고치는 파일을 처음 시작 코드로 되돌려요. 직접 커밋한 뒤에도
코스 저장소에 커밋된 시작 코드를 git에서 찾아와요. 바꾸기 전에 원래 파일을
.lambda-dojo/backups/<시각>-reset-<랩>/에 백업하고 그 경로를 알려 줘요. 바꿀 파일을 먼저
보여 주고 물어보며(--yes면 묻지 않음), 그 랩의 채점 기록과 힌트 단계도 지워요.`,
    en: `Usage: npm run reset <lab> [-- --lang ko|en] [-- --yes]

Restores the starter code of the files you edit in <lab>, found in git by the ids
committed with the course (it works even after you commit your own work). Your
files are first backed up to .lambda-dojo/backups/<time>-reset-<lab>/. It lists the
files it will replace and asks first (--yes: do not ask), and clears the lab's grades
and hint tiers.`,
  },
  hint: {
    ko: `사용법: npm run hint <랩> [-- --lang ko|en]

<랩>을 채점하고, 처음으로 실패한 체크의 힌트를 실행할 때마다 한 단계씩 더 보여 줘요.
어디까지 봤는지는 .lambda-dojo/hints.json에 기록해요.`,
    en: `Usage: npm run hint <lab> [-- --lang ko|en]

Grades <lab> and shows one more hint tier of the first failing check each time you
run it. The tiers you have seen are kept in .lambda-dojo/hints.json.`,
  },
};

export function toolHelpText(tool: ToolName, lang: Lang): string {
  return toolHelp[tool][lang];
}
