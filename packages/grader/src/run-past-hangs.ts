import type { CheckResult, Failure, RunProblem, RunResult } from './check-result.ts';
import { summarise } from './check-result.ts';

/** What a run of the checks needs to know to be run again past a hang. */
interface RepeatableRun {
  maxScore: number;
  /** Ids of checks not to run (they hung in an earlier run). */
  skipChecks?: string[];
}

/**
 * Runs a lab's checks so that one check stuck in a loop costs only itself.
 *
 * A synchronous loop blocks the worker: nothing after it runs, and results
 * the worker had not yet sent are lost when the grader stops it. So after a
 * hang the grader runs the checks again, skipping the one that hung, until a
 * run ends without a hang. Each hung check costs its timeout and a little
 * grace; every other check is graded as if the loop were not there.
 * `runOnce` must end what the hung run left running (the run host's process
 * group, in `runner/run-isolated.ts`).
 */
export async function runChecksPastHangs<Options extends RepeatableRun>(
  options: Options,
  runOnce: (options: Options) => Promise<RunResult>,
): Promise<RunResult> {
  const started = performance.now();
  const hung = new Map<string, CheckResult>();
  const hangs: RunProblem[] = [];
  for (;;) {
    const run = await runOnce({ ...options, skipChecks: [...hung.keys()] });
    const hang = run.problems.find(
      (p): p is Extract<RunProblem, { kind: 'hang' }> => p.kind === 'hang',
    );
    const stuck = hang && run.checks.find((c) => c.meta.id === hang.checkId);
    if (!hang || !stuck || hung.has(stuck.meta.id)) {
      return merge(run, hung, hangs, options.maxScore, started);
    }
    // Keep the hang, drop what stopping the worker caused ("Worker forks emitted error").
    hung.set(stuck.meta.id, { ...stuck, status: 'fail', failure: stopped(stuck, hang.seconds) });
    hangs.push(hang);
  }
}

/** A check the grader stopped: the seconds it was noticed after, when the run saw it stall. */
function stopped(check: CheckResult, seconds: number): Failure {
  return {
    reason: 'hang',
    seconds: check.failure?.reason === 'stalled' ? check.failure.seconds : seconds,
  };
}

function merge(
  last: RunResult,
  hung: Map<string, CheckResult>,
  hangs: RunProblem[],
  maxScore: number,
  started: number,
): RunResult {
  const lastHang = last.problems.find((p) => p.kind === 'hang');
  const checks = last.checks.map((check) => {
    const earlier = hung.get(check.meta.id);
    if (earlier) return earlier;
    if (lastHang?.kind === 'hang' && lastHang.checkId === check.meta.id) {
      return { ...check, failure: stopped(check, lastHang.seconds) };
    }
    return check;
  });
  const problems = [...hangs, ...last.problems];
  return summarise(checks, problems, maxScore, Math.round(performance.now() - started));
}
