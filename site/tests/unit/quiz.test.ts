import { describe, expect, it } from 'vitest';
import { quizProblems, score } from '../../src/lib/quiz.ts';

const questions = [
  { question: 'Q1', choices: ['a', 'b'], answer: 1 },
  { question: 'Q2', choices: ['a', 'b', 'c'], answer: 0 },
];

describe('quizProblems', () => {
  it('accepts a well-formed quiz', () => {
    expect(quizProblems('lesson-01', questions)).toEqual([]);
  });

  it('says which question has an answer index out of range', () => {
    expect(quizProblems('lesson-01', [{ question: 'Q', choices: ['a', 'b'], answer: 2 }])).toEqual([
      '<Quiz id="lesson-01"> question 1: expected answer to be a 0-based index from 0 to 1 but received 2',
    ]);
  });

  it('rejects a question with fewer than two choices and a quiz without questions', () => {
    expect(quizProblems('q', [{ question: 'Q', choices: ['a'], answer: 0 }])).toEqual([
      '<Quiz id="q"> question 1: expected at least 2 choices',
    ]);
    expect(quizProblems('q', [])).toEqual(['<Quiz id="q"> needs at least one question']);
  });
});

describe('score', () => {
  it('counts answered and correct picks', () => {
    expect(score(questions, {})).toEqual({ answered: 0, correct: 0 });
    expect(score(questions, { 0: 1, 1: 2 })).toEqual({ answered: 2, correct: 1 });
  });
});
