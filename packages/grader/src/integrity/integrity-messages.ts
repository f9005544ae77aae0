/** What `--strict` tells the learner, in Korean and English (a missing key fails type-checking). */
export interface IntegrityMessages {
  tampered: (breaches: string[]) => string;
  checkTampered: string;
  strictNoGit: string;
  changedDuringRun: (files: string) => string;
}

const ko: IntegrityMessages = {
  tampered: (breaches) =>
    `채점 중에 채점기나 체크의 결과를 바꾸려는 흔적이 있어 이번 결과는 인정하지 않아요(--strict): ${breaches.join(', ')}\n코드가 process, expect, 체크 파일이나 채점기를 건드리지 않는지 확인해 주세요.`,
  checkTampered: '이번 채점은 결과를 믿을 수 없어 통과로 치지 않아요(위의 설명을 보세요).',
  strictNoGit:
    '--strict는 git으로 받은 코스 저장소에서만 쓸 수 있어요. 체크 파일을 git에 커밋된 것과 비교하기 때문이에요. git clone으로 받은 뒤 다시 실행해 주세요.',
  changedDuringRun: (files) =>
    `채점하는 동안 체크 파일이 바뀌었어요. 이번 결과는 인정하지 않아요(--strict):\n${files}\n되돌리려면 위의 파일마다 git checkout HEAD -- <파일>을 실행해 주세요.`,
};

const en: IntegrityMessages = {
  tampered: (breaches) =>
    `Something tried to change the grader's or the checks' results during this run, so the result does not count (--strict): ${breaches.join(', ')}\nMake sure your code leaves process, expect, the check files and the grader alone.`,
  checkTampered: 'This run cannot be trusted, so no check counts as passed (see above).',
  strictNoGit:
    '--strict needs a git clone of the course: it compares the check files with the ones committed in git. Clone the course with git and run it again.',
  changedDuringRun: (files) =>
    `A check file changed while the grader ran, so this result does not count (--strict):\n${files}\nTo undo, run git checkout HEAD -- <file> for each file above.`,
};

export const integrityMessages = { ko, en };
