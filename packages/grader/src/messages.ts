import { type Lang, messageTables } from '@lambda-dojo/lang';
import { integrityMessages } from './integrity/integrity-messages.ts';

/** Every message the grader CLI prints, in Korean and English. */
const messages = messageTables({
  ko: {
    grading: (lab: string, title: string, target: string) => `${lab} ${title} 채점 중 (${target})`,
    solutionNote: '참고 답안(solutions/)을 채점해요.',
    score: (score: number, max: number) => `점수: ${score} / ${max}`,
    allPassed: '모든 체크를 통과했어요. 다음 랩으로 넘어가요!',
    nextLab: (cmd: string) => `다음: ${cmd}`,
    failedCount: (n: number, total: number) =>
      `체크 ${total}개 중 ${n}개가 아직 통과하지 못했어요.`,
    firstFailure: (title: string) => `먼저 고칠 것: ${title}`,
    hint: (tier: number, total: number) => `힌트 ${tier}/${total}`,
    moreHints: (cmd: string) => `더 자세한 힌트: ${cmd}`,
    whatHappened: '무슨 일이 있었나요',
    typeErrors: (n: number) =>
      `TypeScript 타입 오류가 ${n}개 있어요. 점수에는 들어가지 않지만 고쳐 주세요:`,
    moreTypeErrors: (n: number) => `…그리고 ${n}개 더`,
    typeCheckLate: (cmd: string) =>
      `타입 검사가 제때 끝나지 않아 결과를 보여 주지 못했어요. 타입 오류를 보려면: ${cmd}`,
    runningCheck: (title: string, done: number, seconds: string) =>
      `⏳ 체크 ${done}개 끝남 · 실행 중: ${title} (${seconds}초)`,
    slowCheck: (title: string, s: number, limit: number) =>
      `⏳ 체크 "${title}": ${s}초째 실행 중이에요. 채점기는 ${limit}초까지 기다린 뒤 멈춰요.`,
    expected: '기대한 값',
    expectedNot: '이 값만 아니면 돼요',
    received: '실제 값',
    output: '코드가 출력한 내용',
    loadError: '코드를 불러오지 못했어요. 체크를 실행하려면 이 오류부터 고쳐 주세요:',
    loadErrorHint:
      '문법 오류이거나, 모듈을 불러오는 시점(핸들러 바깥)에 예외가 났을 가능성이 커요. 파일 맨 위쪽 코드를 확인해 보세요.',
    hang: (id: string, s: number) =>
      `체크 "${id}": ${s}초 안에 끝나지 않아 멈췄어요. 무한 루프(예: while (true))가 있는지 확인해 보세요.`,
    loadHang: (s: number) =>
      `코드를 불러오는 데 ${s}초 넘게 걸려 멈췄어요. 핸들러 바깥(모듈 맨 위)에서 도는 무한 루프가 있는지 확인해 보세요.`,
    timeout: (ms: number) =>
      `${ms / 1000}초 안에 끝나지 않았어요. 끝나지 않는 Promise를 await 하고 있지 않은지 확인해 보세요.`,
    exitCalled: (code: string) =>
      `코드가 process.exit(${code})를 호출했어요. Lambda 핸들러에서는 process.exit 대신 값을 return 하거나 오류를 throw 해 주세요.`,
    notRun: '앞선 체크가 멈춰서 실행하지 못했어요.',
    hangCheck: (s: number) =>
      `${s}초 안에 끝나지 않아 채점기가 멈췄어요. 이 체크가 부르는 코드가 끝없이 돌고 있어요.`,
    loopStopped: (where: string) =>
      where
        ? `끝나지 않는 반복문이 있어 채점기가 멈췄어요: ${where}`
        : '끝나지 않는 반복문이 있어 채점기가 멈췄어요.',
    loopHint:
      '조건이 끝내 거짓이 되지 않는 반복문(while (true), 카운터가 끝에 닿지 않는 for 문 등)을 찾아보세요. 이 체크가 부르는 함수의 반복문마다 한 바퀴 돌 때 끝에 가까워지는지 확인해 보세요.',
    unhandled: '핸들러가 끝난 뒤에 처리되지 않은 오류가 났어요:',
    unknownLab: (q: string) => `"${q}"에 해당하는 랩이 없어요. 있는 랩은 다음과 같아요:`,
    noLabGiven: '채점할 랩을 알려 주세요. 예: npm run grade lab-1',
    labLine: (id: string, title: string) => `  ${id}  ${title}`,
    badOption: (msg: string) => `명령을 이해하지 못했어요: ${msg}`,
    seeHelp: (cmd: string) => `사용법: npm run ${cmd} -- --help`,
    unknownCommand: (name: string, names: string) =>
      `없는 명령이에요: "${name}". 있는 명령: ${names}`,
    courseFilesWritten: (file: string, n: number) => `다시 썼어요(랩 ${n}개): ${file}`,
    npmOptions: (cmd: string) =>
      `npm이 옵션을 자기 것으로 가져갔어요. 채점기 옵션은 -- 뒤에 써 주세요: ${cmd}`,
    graderError: (msg: string) => `채점기 오류: ${msg}`,
    jsonWritten: (file: string) => `결과를 저장했어요: ${file}`,
    watching: (dir: string) =>
      `${dir}의 파일 변경을 지켜보고 있어요. 파일을 저장하면 다시 채점해요. (Ctrl+C로 종료)`,
    watchFailed: (msg: string, cmd: string) =>
      `파일 변경 감시를 시작하지 못했어요(${msg}). 폴링 방식으로 다시 실행해 주세요: ${cmd}`,
    polling: '폴링 방식으로 변경을 확인해요(1초 간격).',
    progressTitle: '랩 진행 현황',
    progressHeader: ['랩', '제목', '상태', '최고 점수', '마지막 점수', '마지막 채점'],
    statusPass: '통과',
    statusFail: '진행 중',
    statusError: '오류',
    statusNone: '미채점',
    progressNote: (file: string) => `진행 기록: ${file}`,
    missingSolution: (dir: string) => `참고 답안 폴더가 없어요: ${dir}`,
    brokenLab: (error: string) => `읽을 수 없는 랩 폴더는 건너뛰어요: ${error}`,
    targetUnsupported: (lab: string, target: string, ok: string) =>
      `${lab}에서는 --target ${target} 채점을 지원하지 않아요. 가능한 대상: ${ok}`,
    // Live-session tools: catch-up, reset, hint, --submit, --strict.
    toolNoLab: (cmd: string) => `랩을 알려 주세요. 예: npm run ${cmd} lab-2`,
    catchUpFirst: (lab: string) =>
      `${lab}: 첫 랩이라 따라잡을 앞선 랩이 없어요. 바로 시작하면 돼요.`,
    catchUpDone: (lab: string, labs: string, n: number) =>
      `${labs}의 참고 답안을 labs/에 복사했어요(파일 ${n}개). 이제 ${lab}부터 함께 진행하면 돼요.`,
    catchUpNothing: (labs: string) =>
      `${labs}의 파일이 이미 참고 답안과 같아요. 바꾼 파일은 없어요.`,
    resetDone: (lab: string, n: number) => `${lab}의 파일을 시작 코드로 되돌렸어요(파일 ${n}개).`,
    resetNothing: (lab: string) => `${lab}의 파일이 이미 시작 코드와 같아요. 바꾼 파일은 없어요.`,
    backupSaved: (dir: string) => `원래 파일은 여기에 백업해 뒀어요: ${dir}`,
    backupRestore: (dir: string) =>
      `되돌리려면 백업 폴더의 파일을 같은 경로에 다시 복사해 주세요. 예: cp -R "${dir}/labs/." labs/`,
    changedFile: (path: string) => `  바꿈: ${path}`,
    willReplace: (n: number) => `다음 파일 ${n}개를 바꿔요(원래 파일은 백업해 둬요):`,
    confirmQuestion: '계속할까요? [y/N] ',
    confirmDeclined: '아무것도 바꾸지 않았어요.',
    confirmNeedsYes: (cmd: string) =>
      `물어볼 터미널이 없어 아무것도 바꾸지 않았어요. 바꾸려면 이렇게 실행해 주세요: ${cmd}`,
    starterUnknown: (lab: string, cmd: string) =>
      `${lab}의 시작 코드 기록이 course-files.json에 없어요. 코스 저장소를 최신으로 받은 뒤 다시 실행해 주세요. (코스 작성자: ${cmd})`,
    starterMissing: (path: string) =>
      `git에서 ${path}의 시작 코드를 찾지 못했어요. git clone으로 받은 코스 저장소인지 확인해 주세요. 아무것도 바꾸지 않았어요.`,
    hintAllPass: (lab: string) => `${lab}의 모든 체크를 통과했어요. 더 볼 힌트가 없어요.`,
    hintNext: (cmd: string) => `다음 단계 힌트를 보려면 다시 실행해 주세요: ${cmd}`,
    hintLast: (cmd?: string) =>
      cmd
        ? `마지막 힌트예요. 그래도 막히면 강사에게 물어보거나, 다음 랩에서 따라잡으세요: ${cmd}`
        : '마지막 힌트예요. 그래도 막히면 강사에게 물어보세요.',
    strictOk: (lab: string) => `${lab}의 체크 파일이 코스 저장소에 커밋된 것과 같아요(--strict).`,
    strictFailed: (lab: string, files: string) =>
      `${lab}의 체크 파일이 코스 저장소에 커밋된 것과 달라요. 체크를 고친 결과는 제출할 수 없어요(--strict):\n${files}\n되돌리려면 위의 파일마다 git checkout HEAD -- <파일>을 실행해 주세요.`,
    strictUnknown: (lab: string) =>
      `${lab}의 체크 해시가 course-files.json에 없어요. 코스 저장소를 최신으로 받아 주세요.`,
    submitBadUrl: (url: string) =>
      `--submit 주소를 이해하지 못했어요: ${url}. 강사가 알려 준 http://로 시작하는 주소를 써 주세요.`,
    submitting: (url: string) => `결과를 수업 보드에 제출해요: ${url}`,
    submitted: (name: string) => `제출했어요. 강사 화면에 ${name}님의 결과가 보여요.`,
    submitRejected: (status: number, reason: string) =>
      `수업 보드가 제출을 거절했어요(HTTP ${status}): ${reason}`,
    submitUnreachable: (url: string, reason: string) =>
      `수업 보드(${url})에 연결하지 못했어요: ${reason}. 주소가 맞는지, 같은 네트워크에 있는지 확인해 주세요. 채점 결과는 그대로예요.`,
    ...integrityMessages.ko,
  },
  en: {
    grading: (lab: string, title: string, target: string) => `Grading ${lab} ${title} (${target})`,
    solutionNote: 'Grading the reference solution (solutions/).',
    score: (score: number, max: number) => `Score: ${score} / ${max}`,
    allPassed: 'Every check passes. On to the next lab!',
    nextLab: (cmd: string) => `Next: ${cmd}`,
    failedCount: (n: number, total: number) =>
      `${n} of ${total} ${total === 1 ? 'check' : 'checks'} ${n === 1 ? 'does' : 'do'} not pass yet.`,
    firstFailure: (title: string) => `Fix this first: ${title}`,
    hint: (tier: number, total: number) => `Hint ${tier}/${total}`,
    moreHints: (cmd: string) => `More detailed hint: ${cmd}`,
    whatHappened: 'What happened',
    typeErrors: (n: number) =>
      `TypeScript finds ${n} type ${n === 1 ? 'error' : 'errors'} in your code. They cost no points, but fix them:`,
    moreTypeErrors: (n: number) => `…and ${n} more`,
    typeCheckLate: (cmd: string) =>
      `The type check did not finish in time, so type errors are not shown. To see them: ${cmd}`,
    runningCheck: (title: string, done: number, seconds: string) =>
      `⏳ ${done} ${done === 1 ? 'check' : 'checks'} done · running: ${title} (${seconds} s)`,
    slowCheck: (title: string, s: number, limit: number) =>
      `⏳ The check "${title}" has been running for ${s} s. The grader waits up to ${limit} s, then stops it.`,
    expected: 'expected',
    expectedNot: 'expected anything but',
    received: 'received',
    output: 'What your code printed',
    loadError: 'Your code could not be loaded. Fix this error before the checks can run:',
    loadErrorHint:
      'Most likely a syntax error, or an exception thrown while the module loads (outside the handler). Look at the top of your file.',
    hang: (id: string, s: number) =>
      `Check "${id}" did not finish within ${s} s and was stopped. Look for an infinite loop (such as while (true)).`,
    loadHang: (s: number) =>
      `Loading your code took more than ${s} s and was stopped. Look for an infinite loop outside the handler (at the top of the module).`,
    timeout: (ms: number) =>
      `Did not finish within ${ms / 1000} s. Are you awaiting a promise that never settles?`,
    exitCalled: (code: string) =>
      `process.exit(${code}) was called. A Lambda handler returns a value or throws an error instead of calling process.exit.`,
    notRun: 'Not run: an earlier check got stuck.',
    hangCheck: (s: number) =>
      `Did not finish within ${s} s, so the grader stopped it: the code this check calls runs forever.`,
    loopStopped: (where: string) =>
      where
        ? `The grader stopped a loop that never ends: ${where}`
        : 'The grader stopped a loop that never ends.',
    loopHint:
      'Look for a loop whose condition never turns false: a while (true), or a for loop whose counter never reaches its end. In each loop of the function this check calls, make sure every pass moves it closer to the end.',
    unhandled: 'An unhandled error happened after the handler returned:',
    unknownLab: (q: string) => `There is no lab "${q}". These labs exist:`,
    noLabGiven: 'Say which lab to grade, for example: npm run grade lab-1',
    labLine: (id: string, title: string) => `  ${id}  ${title}`,
    badOption: (msg: string) => `Could not understand the command: ${msg}`,
    seeHelp: (cmd: string) => `Usage: npm run ${cmd} -- --help`,
    unknownCommand: (name: string, names: string) =>
      `There is no command "${name}". The commands are: ${names}`,
    courseFilesWritten: (file: string, n: number) => `Wrote ${file} (${n} labs)`,
    npmOptions: (cmd: string) =>
      `npm took the options for itself. Put the grader's options after --: ${cmd}`,
    graderError: (msg: string) => `Grader error: ${msg}`,
    jsonWritten: (file: string) => `Results written to ${file}.`,
    watching: (dir: string) => `Watching ${dir}. Save a file to grade again. (Ctrl+C to stop)`,
    watchFailed: (msg: string, cmd: string) =>
      `Could not watch files (${msg}). Run with polling instead: ${cmd}`,
    polling: 'Polling for changes every second.',
    progressTitle: 'Lab progress',
    progressHeader: ['Lab', 'Title', 'Status', 'Best', 'Last', 'Last graded'],
    statusPass: 'passed',
    statusFail: 'in progress',
    statusError: 'error',
    statusNone: 'not graded',
    progressNote: (file: string) => `Progress file: ${file}`,
    missingSolution: (dir: string) => `There is no reference solution folder: ${dir}`,
    brokenLab: (error: string) => `Skipping a lab folder that cannot be read: ${error}`,
    targetUnsupported: (lab: string, target: string, ok: string) =>
      `${lab} does not support --target ${target}. Supported: ${ok}`,
    // Live-session tools: catch-up, reset, hint, --submit, --strict.
    toolNoLab: (cmd: string) => `Say which lab, for example: npm run ${cmd} lab-2`,
    catchUpFirst: (lab: string) =>
      `${lab} is the first lab: there is nothing before it to catch up on. Start right away.`,
    catchUpDone: (lab: string, labs: string, n: number) =>
      `Copied the reference solutions of ${labs} into labs/ (${n} files). You can join the room at ${lab}.`,
    catchUpNothing: (labs: string) =>
      `Your files of ${labs} already match the reference solutions. Nothing changed.`,
    resetDone: (lab: string, n: number) => `Restored the starter code of ${lab} (${n} files).`,
    resetNothing: (lab: string) =>
      `The files of ${lab} already match the starter. Nothing changed.`,
    backupSaved: (dir: string) => `Your previous files are backed up in ${dir}`,
    backupRestore: (dir: string) =>
      `To get them back, copy them to the same paths, for example: cp -R "${dir}/labs/." labs/`,
    changedFile: (path: string) => `  changed: ${path}`,
    willReplace: (n: number) =>
      `${n === 1 ? 'This file' : `These ${n} files`} will be replaced (your versions are backed up first):`,
    confirmQuestion: 'Go on? [y/N] ',
    confirmDeclined: 'Nothing was changed.',
    confirmNeedsYes: (cmd: string) =>
      `There is no terminal to ask on, so nothing was changed. To replace them, run: ${cmd}`,
    starterUnknown: (lab: string, cmd: string) =>
      `course-files.json has no starter record for ${lab}. Pull the latest course and run this again. (Course authors: ${cmd})`,
    starterMissing: (path: string) =>
      `Could not find the starter of ${path} in git. Is this a git clone of the course? Nothing was changed.`,
    hintAllPass: (lab: string) => `Every check of ${lab} passes. There is no hint left to show.`,
    hintNext: (cmd: string) => `For the next hint tier, run it again: ${cmd}`,
    hintLast: (cmd?: string) =>
      cmd
        ? `That was the last hint. Still stuck? Ask your instructor, or catch up at the next lab: ${cmd}`
        : 'That was the last hint. Still stuck? Ask your instructor.',
    strictOk: (lab: string) =>
      `The checks of ${lab} match the ones committed with the course (--strict).`,
    strictFailed: (lab: string, files: string) =>
      `The checks of ${lab} differ from the ones committed with the course, so this result cannot be submitted (--strict):\n${files}\nTo undo, run git checkout HEAD -- <file> for each file above.`,
    strictUnknown: (lab: string) =>
      `course-files.json has no check hashes for ${lab}. Pull the latest course.`,
    submitBadUrl: (url: string) =>
      `Could not understand the --submit address ${url}. Use the http:// address your instructor gave you.`,
    submitting: (url: string) => `Submitting the result to the class board: ${url}`,
    submitted: (name: string) =>
      `Submitted. Your instructor's board now shows the result of ${name}.`,
    submitRejected: (status: number, reason: string) =>
      `The class board refused the submission (HTTP ${status}): ${reason}`,
    submitUnreachable: (url: string, reason: string) =>
      `Could not reach the class board at ${url}: ${reason}. Check the address and that you are on the same network. Your grade is unchanged.`,
    ...integrityMessages.en,
  },
});

/** Every message the grader prints; both languages have exactly these (a missing one fails type-checking). */
export type Messages = (typeof messages)['ko'];

export function messagesFor(lang: Lang): Messages {
  return messages[lang];
}
