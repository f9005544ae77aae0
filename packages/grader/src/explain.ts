import { stripVTControlCharacters } from 'node:util';
import type { CheckResult, RunProblem } from './check-result.ts';
import type { Messages } from './messages.ts';

/**
 * Turns Vitest's raw failure text into what a learner should read: known
 * situations (timeouts, process.exit, hangs) get a plain explanation in the
 * learner's language; assertion messages are kept as they are.
 */
export function explainFailure(check: CheckResult, m: Messages): string {
  const raw = stripVTControlCharacters(check.message ?? '').trim();
  if (check.reason === 'loop') return m.loopStopped(raw);
  if (check.reason === 'hang') {
    return m.hangCheck(Number(/(\d+) s$/.exec(raw)?.[1] ?? 0));
  }
  const timedOut = /Test timed out in (\d+)ms/.exec(raw);
  if (timedOut) return m.timeout(Number(timedOut[1]));
  const exited = /process\.exit unexpectedly called with "([^"]*)"/.exec(raw);
  if (exited) return m.exitCalled(exited[1] ?? '');
  if (raw === 'not run') return m.notRun;
  if (raw === 'tampered') return m.checkTampered;
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
  const hung = /^did not finish within (\d+) s$/.exec(raw);
  if (hung) return m.hang(check.meta.id, Number(hung[1]));
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
