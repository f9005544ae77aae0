import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';

/**
 * The processes of one execution environment on Linux, found in /proc: the
 * environment's process group and session, every descendant by parent link,
 * and any process whose environment still carries the environment's marker
 * variable (a daemon that detached itself and whose parent exited).
 *
 * Hand-written on purpose: tree-kill and pidtree follow parent links only
 * (through `ps`), so they miss a detached child once its parent is gone.
 */
interface Stat {
  pid: number;
  ppid: number;
  pgrp: number;
  session: number;
}

function readStats(): Stat[] {
  const stats: Stat[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return stats;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'latin1');
      // pid (comm) state ppid pgrp session ...; comm may hold spaces and parentheses.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        pgrp: Number(fields[2]),
        session: Number(fields[3]),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  return stats;
}

/** The environment's processes by group, session and parent links (cheap: no environ reads). */
export function processTree(rootPid: number, stats: Stat[] = readStats()): Set<number> {
  const found = new Set<number>([rootPid]);
  for (const s of stats) if (s.pgrp === rootPid || s.session === rootPid) found.add(s.pid);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of stats) {
      if (!found.has(s.pid) && found.has(s.ppid)) {
        found.add(s.pid);
        grew = true;
      }
    }
  }
  return found;
}

/** Every process of the environment, including detached ones that carry `marker` (NAME=value). */
export function environmentProcesses(rootPid: number, marker: string): Set<number> {
  const stats = readStats();
  const found = processTree(rootPid, stats);
  const needle = Buffer.from(`${marker}\0`);
  for (const s of stats) {
    if (found.has(s.pid)) continue;
    try {
      if (readFileSync(`/proc/${s.pid}/environ`).includes(needle)) found.add(s.pid);
    } catch {
      // not ours to read, or gone
    }
  }
  for (const pid of ancestorsOfSelf(stats)) found.delete(pid);
  return found;
}

/** SIGKILLs the environment's process group and every process found for it. */
export function killEnvironment(rootPid: number | undefined, marker: string): void {
  if (rootPid === undefined) return;
  for (const target of [-rootPid, rootPid]) {
    try {
      // The group first; the process itself too (Windows has no process groups).
      process.kill(target, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  if (process.platform !== 'linux') return;
  for (const pid of environmentProcesses(rootPid, marker)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/** Resident memory of the environment's processes together, KB, and the root's own peak. */
export function memoryKb(rootPid: number, tree?: Set<number>): { rssKb: number; peakKb: number } {
  let rssKb = 0;
  let peakKb = 0;
  for (const pid of tree ?? [rootPid]) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'latin1');
      rssKb += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
      if (pid === rootPid) peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
    } catch {
      // gone, or not Linux
    }
  }
  return { rssKb, peakKb };
}

function ancestorsOfSelf(stats: Stat[]): Set<number> {
  const byPid = new Map(stats.map((s) => [s.pid, s]));
  const out = new Set<number>();
  let pid: number | undefined = process.pid;
  while (pid !== undefined && pid > 0 && !out.has(pid)) {
    out.add(pid);
    pid = byPid.get(pid)?.ppid;
  }
  return out;
}

/**
 * Reads one process's memory from `/proc/<pid>/status` through a file kept
 * open: a read at offset 0 makes Linux write the file anew, and it costs a
 * quarter of opening, reading and closing it each time (measured: 131 µs
 * against 531 µs on the loaded course machine). Read once per invocation.
 */
export class StatusReader {
  readonly #fd: number | undefined;
  readonly #buffer = Buffer.alloc(4096);

  constructor(pid: number) {
    try {
      this.#fd = openSync(`/proc/${pid}/status`, 'r');
    } catch {
      this.#fd = undefined; // not Linux, or the process is gone
    }
  }

  /** Resident memory and the peak (VmHWM) of the process, KB; zeros when unknown. */
  read(): { rssKb: number; peakKb: number } {
    if (this.#fd === undefined) return { rssKb: 0, peakKb: 0 };
    try {
      const length = readSync(this.#fd, this.#buffer, 0, this.#buffer.length, 0);
      const status = this.#buffer.toString('latin1', 0, length);
      return {
        rssKb: Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0),
        peakKb: Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0),
      };
    } catch {
      return { rssKb: 0, peakKb: 0 };
    }
  }

  close(): void {
    if (this.#fd === undefined) return;
    try {
      closeSync(this.#fd);
    } catch {
      // closed already
    }
  }
}
