import Translate from '@docusaurus/Translate';
import clsx from 'clsx';
import { type ReactNode, useState } from 'react';
import { type QuizPicks, type QuizQuestion, quizProblems, score } from '../../lib/quiz.ts';
import styles from './styles.module.css';

/** A short multiple-choice quiz; each pick is marked right or wrong at once, with the explanation. */
export function Quiz({ id, questions }: { id: string; questions: QuizQuestion[] }): ReactNode {
  const [picks, setPicks] = useState<QuizPicks>({});
  const problems = quizProblems(id, questions);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const { answered, correct } = score(questions, picks);

  return (
    <section className={clsx('dojo-widget', styles.quiz)} data-quiz={id}>
      <h3 className={styles.heading}>
        <Translate id="quiz.title">확인 퀴즈</Translate>
      </h3>
      <ol className={styles.questions}>
        {questions.map((q, qi) => {
          const pick = picks[qi];
          const done = pick !== undefined;
          return (
            <li key={q.question} className={styles.question} data-question={qi}>
              <p className={styles.prompt}>{q.question}</p>
              <fieldset aria-label={q.question} className={styles.choices}>
                {q.choices.map((choice, ci) => {
                  const isRight = ci === q.answer;
                  const isPicked = pick === ci;
                  return (
                    <button
                      key={choice}
                      type="button"
                      className={clsx(
                        styles.choice,
                        done && isRight && styles.right,
                        isPicked && !isRight && styles.wrong,
                      )}
                      aria-pressed={isPicked}
                      disabled={done}
                      onClick={() => setPicks({ ...picks, [qi]: ci })}
                    >
                      {choice}
                    </button>
                  );
                })}
              </fieldset>
              {done && (
                <div
                  role="status"
                  className={clsx(
                    styles.feedback,
                    pick === q.answer ? styles.okText : styles.badText,
                  )}
                >
                  <strong>
                    {pick === q.answer ? (
                      <Translate id="quiz.correct">정답이에요!</Translate>
                    ) : (
                      <Translate id="quiz.incorrect">
                        아쉬워요. 정답은 초록색으로 표시한 보기예요.
                      </Translate>
                    )}
                  </strong>
                  {q.explanation && <span> {q.explanation}</span>}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className={styles.footer}>
        <span data-quiz-score>
          <Translate
            id="quiz.score"
            values={{
              correct: String(correct),
              answered: String(answered),
              total: String(questions.length),
            }}
          >
            {'{total}문제 중 {answered}문제를 풀었고 {correct}문제를 맞혔어요.'}
          </Translate>
        </span>
        {answered > 0 && (
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => setPicks({})}
          >
            <Translate id="quiz.retry">다시 풀기</Translate>
          </button>
        )}
      </div>
    </section>
  );
}
