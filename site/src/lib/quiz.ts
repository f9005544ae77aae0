/** One multiple-choice question; `answer` is the 0-based index of the right choice. */
export interface QuizQuestion {
  question: string;
  choices: string[];
  answer: number;
  explanation?: string;
}

/** Problems with a quiz definition, so a lesson with a broken quiz fails the build with a clear message. */
export function quizProblems(id: string, questions: QuizQuestion[]): string[] {
  const problems: string[] = [];
  if (!id) problems.push('<Quiz> needs an id, e.g. id="lesson-01"');
  if (!Array.isArray(questions) || questions.length === 0) {
    problems.push(`<Quiz id="${id}"> needs at least one question`);
    return problems;
  }
  questions.forEach((q, i) => {
    const where = `<Quiz id="${id}"> question ${i + 1}`;
    if (!q.question) problems.push(`${where}: expected a question text`);
    if (!Array.isArray(q.choices) || q.choices.length < 2) {
      problems.push(`${where}: expected at least 2 choices`);
    } else if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.choices.length) {
      problems.push(
        `${where}: expected answer to be a 0-based index from 0 to ${q.choices.length - 1} but received ${q.answer}`,
      );
    }
  });
  return problems;
}

/** The learner's picks so far: question index → chosen index. */
export type QuizPicks = Readonly<Record<number, number>>;

export function score(
  questions: QuizQuestion[],
  picks: QuizPicks,
): { answered: number; correct: number } {
  let answered = 0;
  let correct = 0;
  questions.forEach((q, i) => {
    const pick = picks[i];
    if (pick === undefined) return;
    answered += 1;
    if (pick === q.answer) correct += 1;
  });
  return { answered, correct };
}
