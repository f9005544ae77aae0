import type { Lang } from './check-types.ts';

/** Every message the grader CLI prints, in Korean and English. */
const messages = {
  ko: {
    grading: (lab: string, title: string, target: string) => `${lab} ${title} 채점 중 (${target})`,
    solutionNote: '참고 답안(solutions/)을 채점합니다.',
    score: (score: number, max: number) => `점수: ${score} / ${max}`,
    allPassed: '모든 체크를 통과했습니다. 다음 랩으로 넘어가세요!',
    nextLab: (cmd: string) => `다음: ${cmd}`,
    failedCount: (n: number, total: number) =>
      `${total}개 중 ${n}개 체크가 아직 통과하지 못했습니다.`,
    firstFailure: (title: string) => `먼저 고칠 것: ${title}`,
    hint: (tier: number, total: number) => `힌트 ${tier}/${total}`,
    moreHints: (cmd: string) => `더 자세한 힌트: ${cmd}`,
    whatHappened: '무슨 일이 있었나요',
    output: '코드가 출력한 내용',
    loadError: '코드를 불러오지 못했습니다. 체크를 실행하기 전에 이 오류부터 고치세요:',
    loadErrorHint:
      '문법 오류이거나, 모듈을 불러오는 시점(핸들러 바깥)에서 예외가 났을 가능성이 큽니다. 파일 맨 위쪽 코드를 확인하세요.',
    hang: (id: string, s: number) =>
      `체크 "${id}"가 ${s}초 안에 끝나지 않아 중단했습니다. 무한 루프(예: while (true))가 있는지 확인하세요.`,
    timeout: (ms: number) =>
      `${ms / 1000}초 안에 끝나지 않았습니다. 끝나지 않는 Promise를 await 하고 있지 않은지 확인하세요.`,
    exitCalled: (code: string) =>
      `process.exit(${code})가 호출되었습니다. Lambda 핸들러에서는 process.exit 대신 값을 return 하거나 오류를 throw 하세요.`,
    notRun: '앞선 체크가 멈춰서 실행하지 못했습니다.',
    unhandled: '핸들러가 끝난 뒤에 처리되지 않은 오류가 났습니다:',
    unknownLab: (q: string) => `"${q}"라는 랩을 찾을 수 없습니다. 있는 랩은 다음과 같습니다:`,
    noLabGiven: '채점할 랩을 지정하세요. 예: npm run grade lab-1',
    labLine: (id: string, title: string) => `  ${id}  ${title}`,
    badOption: (msg: string) => `명령을 이해하지 못했습니다: ${msg}`,
    seeHelp: '사용법: npm run grade -- --help',
    graderError: (msg: string) => `채점기 오류: ${msg}`,
    jsonWritten: (file: string) => `결과를 ${file}에 저장했습니다.`,
    watching: (dir: string) =>
      `${dir}의 변경을 지켜봅니다. 파일을 저장하면 다시 채점합니다. (Ctrl+C로 종료)`,
    watchFailed: (msg: string, cmd: string) =>
      `파일 변경 감시를 시작하지 못했습니다 (${msg}). 폴링 방식으로 다시 실행하세요: ${cmd}`,
    polling: '폴링 방식으로 변경을 확인합니다(1초 간격).',
    progressTitle: '랩 진행 현황',
    progressHeader: ['랩', '제목', '상태', '점수', '마지막 채점'],
    statusPass: '통과',
    statusFail: '진행 중',
    statusError: '오류',
    statusNone: '미채점',
    progressNote: (file: string) => `진행 기록: ${file}`,
    missingSolution: (dir: string) => `참고 답안 폴더가 없습니다: ${dir}`,
    brokenLab: (error: string) => `이 랩 폴더는 읽을 수 없어 건너뜁니다: ${error}`,
    targetUnsupported: (lab: string, target: string, ok: string) =>
      `${lab}은(는) --target ${target}을(를) 지원하지 않습니다. 가능한 대상: ${ok}`,
  },
  en: {
    grading: (lab: string, title: string, target: string) => `Grading ${lab} ${title} (${target})`,
    solutionNote: 'Grading the reference solution (solutions/).',
    score: (score: number, max: number) => `Score: ${score} / ${max}`,
    allPassed: 'Every check passes. On to the next lab!',
    nextLab: (cmd: string) => `Next: ${cmd}`,
    failedCount: (n: number, total: number) => `${n} of ${total} checks do not pass yet.`,
    firstFailure: (title: string) => `Fix this first: ${title}`,
    hint: (tier: number, total: number) => `Hint ${tier}/${total}`,
    moreHints: (cmd: string) => `More detailed hint: ${cmd}`,
    whatHappened: 'What happened',
    output: 'What your code printed',
    loadError: 'Your code could not be loaded. Fix this error before the checks can run:',
    loadErrorHint:
      'Most likely a syntax error, or an exception thrown while the module loads (outside the handler). Look at the top of your file.',
    hang: (id: string, s: number) =>
      `Check "${id}" did not finish within ${s} s and was stopped. Look for an infinite loop (such as while (true)).`,
    timeout: (ms: number) =>
      `Did not finish within ${ms / 1000} s. Are you awaiting a promise that never settles?`,
    exitCalled: (code: string) =>
      `process.exit(${code}) was called. A Lambda handler returns a value or throws an error instead of calling process.exit.`,
    notRun: 'Not run: an earlier check got stuck.',
    unhandled: 'An unhandled error happened after the handler returned:',
    unknownLab: (q: string) => `There is no lab "${q}". These labs exist:`,
    noLabGiven: 'Say which lab to grade, for example: npm run grade lab-1',
    labLine: (id: string, title: string) => `  ${id}  ${title}`,
    badOption: (msg: string) => `Could not understand the command: ${msg}`,
    seeHelp: 'Usage: npm run grade -- --help',
    graderError: (msg: string) => `Grader error: ${msg}`,
    jsonWritten: (file: string) => `Results written to ${file}.`,
    watching: (dir: string) => `Watching ${dir}. Save a file to grade again. (Ctrl+C to stop)`,
    watchFailed: (msg: string, cmd: string) =>
      `Could not watch files (${msg}). Run with polling instead: ${cmd}`,
    polling: 'Polling for changes every second.',
    progressTitle: 'Lab progress',
    progressHeader: ['Lab', 'Title', 'Status', 'Score', 'Last graded'],
    statusPass: 'passed',
    statusFail: 'in progress',
    statusError: 'error',
    statusNone: 'not graded',
    progressNote: (file: string) => `Progress file: ${file}`,
    missingSolution: (dir: string) => `There is no reference solution folder: ${dir}`,
    brokenLab: (error: string) => `Skipping a lab folder that cannot be read: ${error}`,
    targetUnsupported: (lab: string, target: string, ok: string) =>
      `${lab} does not support --target ${target}. Supported: ${ok}`,
  },
} as const;

export type Messages = (typeof messages)['ko'];

export function messagesFor(lang: Lang): Messages {
  return messages[lang] as Messages;
}
