import type { RunChecksOptions } from '../run-checks.ts';

/** What `--strict` hands the run host: the check files' text as verified before the run. */
export interface StrictPlan {
  /** Absolute path → the text verified against git before any learner code ran. */
  served: Record<string, string>;
}

/** The one message the grader sends the run host. */
export type HostRequest = Omit<RunChecksOptions, 'hardening'> & { strict?: StrictPlan };
