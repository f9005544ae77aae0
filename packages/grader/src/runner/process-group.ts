import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The environment variable whose value marks every process of one run. */
export const RUN_MARK_VARIABLE = 'LAMBDA_DOJO_RUN';

/**
 * Ends a process group: the run host and everything in it that did not leave it
 * (Vitest's workers, a worker stuck in a loop, what the learner's code started).
 *
 * Why a process group rather than a list of processes: the grader used to read
 * `ps` and pick Vitest's workers by their command line, which Windows cannot do
 * and which broke silently whenever Vitest moved its files. The kernel keeps
 * the group for us; one signal to `-leader` reaches every member.
 *
 * Windows has no process groups to signal: there `taskkill /T` ends the leader
 * and the processes it started. If even that fails, the leader alone is ended.
 */
export function killGroup(leader: number): void {
  if (process.platform === 'win32') {
    const ended = spawnSync('taskkill', ['/pid', String(leader), '/t', '/f'], { stdio: 'ignore' });
    if (ended.status === 0) return;
    killOne(leader);
    return;
  }
  try {
    process.kill(-leader, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function killOne(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Ends every process whose environment carries this run's mark: what the
 * learner's code started and moved out of the group (`detached: true`,
 * setsid). Linux only (it reads /proc); elsewhere the group kill is all.
 * A process started with an environment of its own loses the mark and is
 * not found (the grader README says so).
 */
export function killMarked(mark: string): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  let killed = 0;
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
    } catch {
      continue;
    }
    if (!environ.split('\0').includes(mark)) continue;
    try {
      process.kill(Number(pid), 'SIGKILL');
      killed++;
    } catch {
      // Gone in the meantime, or not ours.
    }
  }
  return killed;
}
