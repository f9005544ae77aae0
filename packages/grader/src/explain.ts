import { stripVTControlCharacters } from 'node:util';
import type { CheckResult, RunProblem } from './check-result.ts';
import type { Messages } from './messages.ts';

/**
 * What a learner should read about a failed check: known situations (timeouts,
 * process.exit, hangs), told by `check.failure`, get a plain explanation in the
 * learner's language; assertion messages are kept as they are.
 */
export function explainFailure(check: CheckResult, m: Messages): string {
  const raw = stripVTControlCharacters(check.message ?? '').trim();
  const failure = check.failure;
  switch (failure?.reason) {
    case 'loop':
      return m.loopStopped(raw);
    case 'hang':
      return m.hangCheck(failure.seconds);
    case 'timeout':
      return m.timeout(failure.ms);
    case 'exit':
      return m.exitCalled(failure.code);
    case 'not-run':
      return m.notRun;
    case 'tampered':
      return m.checkTampered;
    case 'stalled':
      return m.hang(check.meta.id, failure.seconds);
  }
  const noted = check.assertion;
  if (noted?.complete) return noted.note;
  if (noted) {
    const lines = [noted.note];
    if (noted.expected !== undefined) {
      lines.push(`${noted.negated ? m.expectedNot : m.expected}: ${noted.expected}`);
    }
    if (noted.received !== undefined) lines.push(`${m.received}: ${noted.received}`);
    // Values on many lines: Vitest's diff (after the first line) shows them best.
    if (noted.expected === undefined || (noted.received === undefined && !noted.negated)) {
      lines.push(...raw.split('\n').slice(1));
    }
    return lines.join('\n');
  }
  return raw;
}

export function explainProblem(problem: RunProblem, m: Messages): string {
  switch (problem.kind) {
    case 'load': {
      const text = `${m.loadError}\n${stripVTControlCharacters(problem.message).trim()}`;
      // A TargetError says what is wrong ("does not export a function named handler").
      return problem.errorName === 'TargetError' ? text : `${text}\n${m.loadErrorHint}`;
    }
    case 'hang':
      return problem.checkId
        ? m.hang(problem.checkId, problem.seconds)
        : m.loadHang(problem.seconds);
    case 'unhandled':
      return `${m.unhandled}\n${stripVTControlCharacters(problem.message).trim()}`;
    case 'tampered':
      return m.tampered(problem.breaches);
  }
}
