import type { Lang } from './check-types.ts';

const help: Record<Lang, string> = {
  ko: `사용법: npm run grade <랩> [-- 옵션]

  <랩>              lab-1, 1, lab-1-hello-lambda 중 어떤 형태든 됩니다
  --solution        참고 답안(solutions/)을 채점합니다
  --hint <n>        첫 번째로 실패한 체크의 힌트를 n단계까지 보여 줍니다 (기본 1)
  --lang ko|en      메시지 언어 (기본: LANG/LC_ALL, 없으면 ko)
  --json [파일]     결과를 JSON(Exercism 결과 형식 v3)으로 출력하거나 파일에 저장합니다
  --watch           파일을 저장할 때마다 다시 채점합니다 (--poll: 폴링 방식)
  --all             모든 랩의 진행 현황을 표로 보여 줍니다
  --target mock|local|aws   채점 대상 (기본 mock). local은 npm run lambda-local,
                    aws는 본인 AWS 계정에서만 (--region, --prefix 필요)

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
  --target mock|local|aws   what to grade against (default mock). local needs
                    npm run lambda-local; aws runs only in your own account
                    (needs --region and --prefix)

Exit codes: 0 every check passes, 1 some check fails, 2 usage or grader error
Examples: npm run grade lab-1
          npm run grade -- lab-1 --hint 2
          npm run grade -- --all`,
};

export function helpText(lang: Lang): string {
  return help[lang];
}
