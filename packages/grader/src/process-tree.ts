import { execFileSync } from 'node:child_process';

interface ProcessEntry {
  pid: number;
  command: string;
}

/** Every descendant of `pid` (children, grandchildren, ...) with its command line. */
export function descendants(pid: number): ProcessEntry[] {
  let table: string;
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const children = new Map<number, ProcessEntry[]>();
  for (const line of table.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const parent = Number(match[2]);
    const entry = { pid: Number(match[1]), command: match[3] ?? '' };
    children.set(parent, [...(children.get(parent) ?? []), entry]);
  }
  const found: ProcessEntry[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() as number) ?? []) {
      found.push(child);
      queue.push(child.pid);
    }
  }
  return found;
}

/**
 * Kills Vitest's worker processes under this one, and whatever they started:
 * used when learner code is stuck in a loop. Other children (esbuild's
 * service, for one) are left alone.
 */
export function killTestWorkers(): void {
  const workers = descendants(process.pid).filter((p) => p.command.includes('vitest/dist/workers'));
  const doomed = workers.flatMap((w) => [w.pid, ...descendants(w.pid).map((d) => d.pid)]);
  for (const pid of doomed.reverse()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
