import { isLang, type Lang, messageTables } from '@lambda-dojo/lang';

export { isLang, type Lang };

type NameProblem = 'empty' | 'long' | 'charset';

/** What the board answers learners with (the grader prints it), in Korean and English. */
const board = messageTables({
  ko: {
    invalidBody: (where: string) =>
      `제출 내용의 형식이 올바르지 않아요(${where}). npm run grade로 만든 결과만 보낼 수 있어요.`,
    badName: (problem: NameProblem): string =>
      problem === 'empty'
        ? '--name에 이름을 적어 주세요.'
        : problem === 'long'
          ? '이름은 40자 이하로 적어 주세요.'
          : '이름에는 글자, 숫자, 공백, 일반 기호만 쓸 수 있어요(제어 문자나 보이지 않는 문자는 안 돼요).',
    solutionRefused: '--solution으로 채점한 참고 답안 결과는 제출할 수 없어요.',
    unknownLab: (lab: string) => `이 수업에 없는 랩이에요: ${lab}`,
    badScore: (lab: string, points: number) =>
      `${lab}의 점수가 맞지 않아요(만점은 ${points}점). 코스 저장소를 최신으로 받은 뒤 다시 채점해 주세요.`,
    wrongCode: '참여 코드가 맞지 않아요. 강사 화면에 보이는 코드를 --code로 넘겨 주세요.',
    tooManyFromLearner: (seconds: number) =>
      `제출이 너무 잦아요. ${seconds}초 뒤에 다시 제출해 주세요.`,
    tooManyFromAddress: (seconds: number) =>
      `이 주소에서 제출이 너무 많아요. ${seconds}초 뒤에 다시 시도해 주세요.`,
    tooLarge: '제출 내용이 너무 커요.',
    notJson: '제출 내용은 JSON이어야 해요(Content-Type: application/json).',
    accepted: (name: string, lab: string) => `${name}님의 ${lab} 결과를 받았어요.`,
    notFound: '없는 주소예요.',
    serverError: '수업 보드에 오류가 났어요. 강사에게 알려 주세요.',
    joined: (name: string) => `${name}님, 수업에 참여했어요. 이제 결과를 제출해요.`,
    alreadyJoined:
      '이 학습자 id는 이미 이 수업에 참여했어요. 참여할 때 받은 키는 처음 참여한 체크아웃의 .lambda-dojo/learner.json에만 있어요. 그 체크아웃에서 제출해 주세요.',
    badProof:
      '이 학습자 id로 참여한 체크아웃의 서명이 없거나 맞지 않아 제출을 받지 않았어요. 자기 체크아웃에서 npm run grade로 제출해 주세요.',
  },
  en: {
    invalidBody: (where: string) =>
      `The submission is not in the expected shape (${where}). Only results made by npm run grade can be sent.`,
    badName: (problem: NameProblem): string =>
      problem === 'empty'
        ? 'Give your name with --name.'
        : problem === 'long'
          ? 'Keep your name to 40 characters or fewer.'
          : 'A name may hold letters, digits, spaces and ordinary symbols only (no control or invisible characters).',
    solutionRefused: 'Results of the reference solution (--solution) cannot be submitted.',
    unknownLab: (lab: string) => `This class has no lab ${lab}.`,
    badScore: (lab: string, points: number) =>
      `The score of ${lab} does not add up (the maximum is ${points}). Pull the latest course and grade again.`,
    wrongCode: 'Wrong join code. Pass the code shown on the instructor screen with --code.',
    tooManyFromLearner: (seconds: number) =>
      `You are submitting too often. Try again in ${seconds} s.`,
    tooManyFromAddress: (seconds: number) =>
      `Too many submissions from this address. Try again in ${seconds} s.`,
    tooLarge: 'The submission is too large.',
    notJson: 'A submission must be JSON (Content-Type: application/json).',
    accepted: (name: string, lab: string) => `Received the ${lab} result of ${name}.`,
    notFound: 'Nothing here.',
    serverError: 'The class board hit an error. Tell your instructor.',
    joined: (name: string) => `Welcome, ${name}: you joined the class. Submitting your result now.`,
    alreadyJoined:
      'This learner id already joined this class. The key it got is only in .lambda-dojo/learner.json of the checkout that joined first: submit from that checkout.',
    badProof:
      'Refused: this learner id joined the class, and this result is not signed with its key. Submit with npm run grade from your own checkout.',
  },
});

export type BoardMessages = (typeof board)['ko'];

export function boardMessages(lang: Lang): BoardMessages {
  return board[lang];
}

/** The instructor page, in Korean and English. */
const page = messageTables({
  ko: {
    title: 'Lambda Dojo 수업 보드',
    joinCode: '참여 코드',
    learnerCommand: '학습자 명령',
    learner: '학습자',
    summary: '랩별 요약',
    submitted: '제출',
    passed: '통과',
    average: '평균 점수',
    updated: '마지막 제출',
    exportCsv: 'CSV 내려받기',
    empty: '아직 제출이 없어요. 학습자에게 위 명령을 안내해 주세요.',
    pass: '통과',
    fail: '진행 중',
    error: '오류',
    verifiedMark: ' ✓',
    selfReportedMark: ' (자가 보고)',
    verifiedPassed: '검증된 통과',
    verification: {
      verified:
        '검증됨: 이 학습자가 참여할 때 받은 키로 서명됐고, --strict로 채점했으며, 체크가 보드의 코스와 같고 점수가 맞아요',
      'checks-differ': '자가 보고: --strict로 채점했지만 체크가 보드의 코스와 달라요',
      inconsistent: '자가 보고: 점수가 체크별 점수와 맞지 않아요',
      'not-strict': '자가 보고: --strict 없이 채점했어요',
      unsigned: '자가 보고: 서명이 없어요(참여 코드만으로 보낸 결과)',
    },
    live: '자동 새로 고침',
    offline: '연결 끊김, 다시 시도 중',
    learners: '학습자 {n}명',
    unauthorized:
      '강사 링크가 필요해요. npm run classroom을 실행한 터미널에 나온 "강사 화면" 주소로 열어 주세요.',
    namePlaceholder: '이름',
  },
  en: {
    title: 'Lambda Dojo class board',
    joinCode: 'Join code',
    learnerCommand: 'Learners run',
    learner: 'Learner',
    summary: 'Summary per lab',
    submitted: 'Submitted',
    passed: 'Passed',
    average: 'Average score',
    updated: 'Last submission',
    exportCsv: 'Download CSV',
    empty: 'No submissions yet. Show the learners the command above.',
    pass: 'passed',
    fail: 'in progress',
    error: 'error',
    verifiedMark: ' ✓',
    selfReportedMark: ' (self-reported)',
    verifiedPassed: 'Verified passes',
    verification: {
      verified:
        'verified: signed with the key this learner got on joining, graded with --strict, checks equal to the board’s course, score adds up',
      'checks-differ':
        'self-reported: graded with --strict, but with checks that differ from the board’s course',
      inconsistent: 'self-reported: the score does not add up from the checks’ points',
      'not-strict': 'self-reported: graded without --strict',
      unsigned: 'self-reported: not signed (sent with the join code alone)',
    },
    live: 'live',
    offline: 'disconnected, retrying',
    learners: '{n} learners',
    unauthorized:
      'This page needs the instructor link. Open the "Instructor page" address printed by npm run classroom.',
    namePlaceholder: 'your-name',
  },
});

export type PageTexts = (typeof page)['ko'];

export function pageTexts(lang: Lang): PageTexts {
  return page[lang];
}

/** What `npm run classroom` prints, in Korean and English. */
const cli = messageTables({
  ko: {
    started: '수업 보드를 열었어요.',
    joinCode: (code: string) => `  참여 코드:   ${code}`,
    instructor: (url: string) => `  강사 화면:   ${url}`,
    learners: '  학습자 명령 (랩 번호와 이름만 바꿔서):',
    data: (file: string) => `  데이터:      ${file} (다시 시작해도 그대로 남아요)`,
    loopbackOnly:
      '  이 컴퓨터(127.0.0.1)에서만 접속할 수 있어요. 교실 네트워크에 열려면 --public을 붙여 주세요.',
    public: '  교실 네트워크에 열려 있어요. 같은 네트워크에 학습자만 있는지 확인해 주세요.',
    stop: '끝내려면 Ctrl+C를 누르세요.',
    stopped: '수업 보드를 닫았어요.',
    skippedLab: (problem: string) => `읽을 수 없는 랩 폴더는 보드에서 뺐어요: ${problem}`,
    verifying:
      '  검증:        --strict 결과의 체크를 이 컴퓨터의 코스(git에 커밋된 체크)와 비교해요',
    unverifiable: (labs: string) =>
      `  검증:        ${labs}의 체크가 git에 커밋된 것과 달라, 이 랩의 결과는 모두 자가 보고로 표시돼요`,
    learnerName: '이름',
    portInUse: (port: number) =>
      `${port}번 포트를 이미 다른 프로그램이 쓰고 있어요. 다른 포트를 골라 주세요: npm run classroom -- --port 4849`,
    badOption: (msg: string) => `명령을 이해하지 못했어요: ${msg}`,
    help: `사용법: npm run classroom [-- 옵션]

  --public          교실 네트워크에 열어요(0.0.0.0). 기본은 이 컴퓨터만(127.0.0.1)
  --host <주소>     직접 정한 주소에 열어요
  --port <번호>     포트 (기본 4848)
  --db <파일>       SQLite 파일 (기본 .lambda-dojo/classroom.sqlite)
  --new-code        새 참여 코드를 만들어요(이전 제출은 그대로 남음)
  --lang ko|en      메시지와 강사 화면의 언어`,
  },
  en: {
    started: 'The class board is open.',
    joinCode: (code: string) => `  Join code:       ${code}`,
    instructor: (url: string) => `  Instructor page: ${url}`,
    learners: '  Learners run (with their lab and name):',
    data: (file: string) => `  Data:            ${file} (kept across restarts)`,
    loopbackOnly:
      '  Only this computer (127.0.0.1) can connect. Add --public to open it to the classroom network.',
    public: '  Open to the classroom network. Make sure only your learners are on it.',
    stop: 'Ctrl+C to stop.',
    stopped: 'The class board is closed.',
    skippedLab: (problem: string) => `Left out a lab folder that cannot be read: ${problem}`,
    verifying:
      "  Verifying:       --strict results' checks against this computer's course (as committed in git)",
    unverifiable: (labs: string) =>
      `  Verifying:       the checks of ${labs} differ from git here, so their results all show as self-reported`,
    learnerName: 'your-name',
    portInUse: (port: number) =>
      `Port ${port} is already in use. Pick another one: npm run classroom -- --port 4849`,
    badOption: (msg: string) => `Could not understand the command: ${msg}`,
    help: `Usage: npm run classroom [-- options]

  --public          open to the classroom network (0.0.0.0); default: this computer only (127.0.0.1)
  --host <address>  listen on this address
  --port <number>   port (default 4848)
  --db <file>       SQLite file (default .lambda-dojo/classroom.sqlite)
  --new-code        make a new join code (earlier submissions stay)
  --lang ko|en      language of the messages and the instructor page`,
  },
});

export type CliMessages = (typeof cli)['ko'];

export function cliMessages(lang: Lang): CliMessages {
  return cli[lang];
}
