import type { Bilingual, CheckMeta, TieredHints } from '@lambda-dojo/check-kit/types';
import type { NotedAssertion } from './assertion-text.ts';
import type { TypeProblem } from './type-check.ts';

export type CheckStatus = 'pass' | 'fail' | 'error';

/** The outcome of one check, in the order the lab declares them. */
export interface CheckResult {
  meta: CheckMeta;
  status: CheckStatus;
  /** What went wrong, for a failing check (assertion message or error). */
  message?: string;
  /** Why it failed, set where the failure was seen (never read back from `message`). */
  failure?: Failure;
  /** The first failed assertion that carries the check's own note, split for the report. */
  assertion?: NotedAssertion;
  /** Hints the failed assertion carries (`because(...)` in the check), over the check's own. */
  hints?: TieredHints;
  /** What the learner's code printed while the check ran. */
  output: string;
  /** 1-based index of the task (`describe` block) the check belongs to. */
  taskId: number;
  /** The task's title in both languages (empty when the check is not in a task). */
  taskName: Bilingual;
  durationMs: number;
}

/** Why a check failed. */
export type Failure =
  /** An `expect()` in the check failed. */
  | { reason: 'assertion' }
  /** The check (or the learner's code) threw something other than a failed assertion. */
  | { reason: 'error' }
  /** The check ran past its own time limit (Vitest stopped it). */
  | { reason: 'timeout'; ms: number }
  /** The learner's code called `process.exit`. */
  | { reason: 'exit'; code: string }
  /** The loop guard stopped an endless loop; `message` says where. */
  | { reason: 'loop' }
  /** The worker went silent past the limit and the grader noticed; the run ended there. */
  | { reason: 'stalled'; seconds: number }
  /** The grader stopped the stuck worker and graded the other checks in a new run. */
  | { reason: 'hang'; seconds: number }
  /** The run ended before the check ran. */
  | { reason: 'not-run' }
  /** `--strict` found the run's results tampered with; no check counts. */
  | { reason: 'tampered' };

export type FailureReason = Failure['reason'];

export type RunStatus = 'pass' | 'fail' | 'error';

/** Why a whole run could not grade normally. */
export type RunProblem =
  | { kind: 'load'; file: string; message: string; errorName?: string }
  | { kind: 'hang'; checkId: string; seconds: number }
  | { kind: 'unhandled'; message: string }
  /** `--strict` found signs that the run's results were tampered with (integrity/strict-run.ts). */
  | { kind: 'tampered'; breaches: string[] };

export interface RunResult {
  status: RunStatus;
  /** TypeScript errors in the learner's files (no points); undefined when the check did not finish. */
  typeProblems?: TypeProblem[];
  /** Set when the type check was cut short: the folder to run `tsc` on instead. */
  typeCheckLate?: string;
  checks: CheckResult[];
  problems: RunProblem[];
  score: number;
  maxScore: number;
  durationMs: number;
}

export function summarise(
  checks: CheckResult[],
  problems: RunProblem[],
  maxScore: number,
  durationMs: number,
): RunResult {
  const score = checks.reduce((sum, c) => sum + (c.status === 'pass' ? c.meta.points : 0), 0);
  const loadFailed =
    problems.some((p) => p.kind === 'load' || p.kind === 'tampered') || checks.length === 0;
  const status: RunStatus = loadFailed
    ? 'error'
    : checks.every((c) => c.status === 'pass') && score === maxScore
      ? 'pass'
      : 'fail';
  return { status, checks, problems, score, maxScore, durationMs };
}
