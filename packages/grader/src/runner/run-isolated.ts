import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { CheckEvent } from '@lambda-dojo/check-kit/events';
import type { RunResult } from '../check-result.ts';
import { RunHostError } from '../errors.ts';
import { runChecksPastHangs } from '../run-past-hangs.ts';
import type { HostMessage, HostRequest } from './host-protocol.ts';
import { killGroup, killMarked, RUN_MARK_VARIABLE } from './process-group.ts';

const hostEntry = fileURLToPath(new URL('../../bin/run-host.mjs', import.meta.url));

export { RUN_MARK_VARIABLE, RunHostError };

type IsolatedRequest = HostRequest & { onCheckEvent?: (event: CheckEvent) => void };

/**
 * Runs a lab's checks in run hosts: child processes that each lead their own
 * process group. A host's standard output (and so whatever the learner's code
 * writes there) goes to the grader's standard error, never to its standard
 * output, so `--json -` stays valid JSON.
 *
 * Each run of the checks gets a host of its own: when a check hangs in a loop
 * nothing can stop, the host reports what it saw, the grader ends the host's
 * whole group (the stuck worker with it) and runs the remaining checks in a
 * new host (`run-past-hangs.ts`).
 */
export function runIsolated(request: IsolatedRequest): Promise<RunResult> {
  return runChecksPastHangs(request, runInHost);
}

/**
 * One run in one host. When it ends, the grader ends the whole group and every
 * process that still carries the run's mark.
 */
function runInHost(request: IsolatedRequest): Promise<RunResult> {
  const { onCheckEvent, ...hostRequest } = request;
  const mark = randomBytes(12).toString('hex');
  const host = fork(hostEntry, [], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
    env: { ...process.env, [RUN_MARK_VARIABLE]: mark },
  });
  host.stdout?.pipe(process.stderr, { end: false });
  host.stderr?.pipe(process.stderr, { end: false });
  const leader = host.pid;
  const endRun = () => {
    if (leader) killGroup(leader);
    killMarked(`${RUN_MARK_VARIABLE}=${mark}`);
  };
  process.once('exit', endRun);
  return new Promise<RunResult>((resolve, reject) => {
    let answered = false;
    host.on('message', (message: HostMessage) => {
      if ('checkEvent' in message) return onCheckEvent?.(message.checkEvent);
      answered = true;
      if ('error' in message) reject(new RunHostError(message.error));
      else resolve(message.result);
    });
    host.once('exit', (code, signal) => {
      const failed = () => {
        if (!answered)
          reject(new RunHostError(`the run host ended (${signal ?? code}) without a result`));
      };
      // 'exit' can come before the last messages are read from the channel (seen under load:
      // a result sent, then "ended (0) without a result"); they arrive before it disconnects.
      if (host.connected) host.once('disconnect', failed);
      else failed();
    });
    host.once('error', reject);
    host.send(hostRequest);
  }).finally(() => {
    endRun();
    process.off('exit', endRun);
  });
}
