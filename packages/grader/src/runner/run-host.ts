import type { CheckEvent } from '@lambda-dojo/check-kit/events';
import type { RunResult } from '../check-result.ts';
import { strictHardening } from '../integrity/strict-run.ts';
import { type RunChecksOptions, runChecks } from '../run-checks.ts';
import { runChecksPastHangs } from '../run-past-hangs.ts';
import type { HostMessage, HostRequest, StrictPlan } from './host-protocol.ts';

/**
 * The process that runs Vitest for one grading run. The grader starts it as
 * the leader of a new process group, so everything the learner's code starts
 * can be ended with the group, and its standard output never reaches the
 * grader's own.
 */
function answer(message: HostMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, () => resolve());
  });
}

/** One run of the checks, hardened afresh for each run when `--strict` asks for it. */
function runOnce(strict: StrictPlan | undefined) {
  return async (options: RunChecksOptions): Promise<RunResult> => {
    const hardened = strict ? await strictHardening(strict, options.checkFiles) : undefined;
    const run = await runChecks({
      ...options,
      env: { ...options.env, ...hardened?.env },
      ...(hardened ? { hardening: hardened.hardening } : {}),
    });
    return hardened ? hardened.judge(run) : run;
  };
}

process.once('message', async (message: HostRequest) => {
  try {
    const { strict, ...options } = message;
    const onCheckEvent = (checkEvent: CheckEvent) => void answer({ checkEvent });
    const result = await runChecksPastHangs({ ...options, onCheckEvent }, runOnce(strict));
    await answer({ result });
  } catch (error) {
    await answer({ error: (error as Error).stack ?? String(error) });
  }
  process.exit(0);
});

// The grader went away (Ctrl+C, a crash): end this group rather than leave it running.
process.on('disconnect', () => process.kill(-process.pid, 'SIGKILL'));
