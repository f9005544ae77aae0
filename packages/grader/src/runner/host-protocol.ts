import type { CheckEvent } from '@lambda-dojo/check-kit/events';
import type { RunResult } from '../check-result.ts';
import type { RunChecksOptions } from '../run-checks.ts';

/** What `--strict` hands the run host: the check files' text as verified before the run. */
export interface StrictPlan {
  /** Absolute path → the text verified against git before any learner code ran. */
  served: Record<string, string>;
}

/** The one message the grader sends the run host. */
export type HostRequest = Omit<RunChecksOptions, 'hardening' | 'onCheckEvent'> & {
  strict?: StrictPlan;
};

/** What the run host sends back: check events while the run goes on, then one result. */
export type HostMessage = { checkEvent: CheckEvent } | { result: RunResult } | { error: string };
