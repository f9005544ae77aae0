import type { RunResult } from '../check-result.ts';
import { strictHardening } from '../integrity/strict-run.ts';
import { runChecks } from '../run-checks.ts';
import type { HostRequest } from './host-protocol.ts';

/**
 * The process that runs Vitest for one grading run. The grader starts it as
 * the leader of a new process group, so everything the learner's code starts
 * can be ended with the group, and its standard output never reaches the
 * grader's own.
 */
function answer(result: RunResult | { error: string }): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(result, () => resolve());
  });
}

process.once('message', async (message: HostRequest) => {
  try {
    const { strict, ...options } = message;
    const hardened = strict ? await strictHardening(strict, options.checkFiles) : undefined;
    const run = await runChecks({
      ...options,
      env: { ...options.env, ...hardened?.env },
      ...(hardened ? { hardening: hardened.hardening } : {}),
    });
    await answer(hardened ? await hardened.judge(run) : run);
  } catch (error) {
    await answer({ error: (error as Error).stack ?? String(error) });
  }
  process.exit(0);
});

// The grader went away (Ctrl+C, a crash): end this group rather than leave it running.
process.on('disconnect', () => process.kill(-process.pid, 'SIGKILL'));
