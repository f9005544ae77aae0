import { readdirSync, readFileSync } from 'node:fs';

/** Ends a process group: the run host and everything in it that did not leave it. */
export function killGroup(leader: number): void {
  try {
    process.kill(-leader, 'SIGKILL');
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
