import type { CheckEvent } from '@lambda-dojo/check-kit/events';
import type { RunResult } from '../check-result.ts';
import { strictHardening } from '../integrity/strict-run.ts';
import { runChecks } from '../run-checks.ts';
import type { HostMessage, HostRequest } from './host-protocol.ts';
import { killGroup, killMarked, RUN_MARK_VARIABLE } from './process-group.ts';

/**
 * The process that runs Vitest for one run of a lab's checks. The grader
 * starts it as the leader of a new process group, so everything the learner's
 * code starts (and a worker stuck in a loop) can be ended with the group, and
 * its standard output never reaches the grader's own.
 */
function answer(message: HostMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, () => resolve());
  });
}

/** One run of the checks, hardened for this run when `--strict` asks for it. */
async function runOnce(request: HostRequest): Promise<RunResult> {
  const { strict, ...options } = request;
  const onCheckEvent = (checkEvent: CheckEvent) => void answer({ checkEvent });
  const hardened = strict ? await strictHardening(strict, options.checkFiles) : undefined;
  const run = await runChecks({
    ...options,
    onCheckEvent,
    env: { ...options.env, ...hardened?.env },
    ...(hardened ? { hardening: hardened.hardening } : {}),
  });
  return hardened ? hardened.judge(run) : run;
}

process.once('message', async (request: HostRequest) => {
  try {
    await answer({ result: await runOnce(request) });
  } catch (error) {
    await answer({ error: (error as Error).stack ?? String(error) });
  }
  // A worker stuck in a loop may still run: the grader ends this group.
  process.exit(0);
});

// The grader went away (Ctrl+C, a crash) before it could end the run: end what the
// learner's code started in a session of its own, then this whole group.
process.on('disconnect', () => {
  const mark = process.env[RUN_MARK_VARIABLE];
  if (mark) killMarked(`${RUN_MARK_VARIABLE}=${mark}`);
  killGroup(process.pid);
});
