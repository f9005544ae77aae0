import { describe, expect, test } from 'vitest';
import type { CheckResult, RunResult } from '../src/check-result.ts';
import { explainProblem } from '../src/explain.ts';
import { messagesFor } from '../src/messages.ts';
import { formatReport } from '../src/report.ts';

const en = messagesFor('en');

function checkResult(id: string, status: CheckResult['status']): CheckResult {
  return {
    meta: {
      id,
      title: { ko: id, en: id },
      points: 10,
      hints: { ko: ['힌트'], en: [`hint for ${id}`] },
    },
    status,
    output: '',
    taskId: 1,
    taskName: { ko: '과제 1', en: 'Task 1' },
    durationMs: 1,
  };
}

function runOf(checks: CheckResult[]): RunResult {
  const score = checks.filter((c) => c.status === 'pass').length * 10;
  return {
    status: 'fail',
    checks,
    problems: [],
    score,
    maxScore: checks.length * 10,
    durationMs: 1,
  };
}

describe('formatReport', () => {
  test('counts failing checks in good English, singular and plural', () => {
    const one = formatReport(runOf([checkResult('a', 'fail'), checkResult('b', 'pass')]), {
      lang: 'en',
      hintTier: 1,
      labId: 'lab-1',
    });
    expect(one).toContain('1 of 2 checks does not pass yet.');
    const two = formatReport(runOf([checkResult('a', 'fail'), checkResult('b', 'fail')]), {
      lang: 'en',
      hintTier: 1,
      labId: 'lab-1',
    });
    expect(two).toContain('2 of 2 checks do not pass yet.');
  });
});

describe('explainProblem', () => {
  test('a missing handler export is not followed by the syntax-error guess', () => {
    const text = explainProblem(
      {
        kind: 'load',
        file: 'checks/handler.check.ts',
        message: 'src/handler.ts does not export a function named handler.',
        errorName: 'TargetError',
      },
      en,
    );
    expect(text).toContain('does not export a function named handler');
    expect(text).not.toContain('Most likely a syntax error');
  });

  test('an exception while loading keeps the guess about where to look', () => {
    const text = explainProblem(
      { kind: 'load', file: 'checks/a.check.ts', message: 'boom', errorName: 'Error' },
      en,
    );
    expect(text).toContain(en.loadErrorHint);
  });
});
