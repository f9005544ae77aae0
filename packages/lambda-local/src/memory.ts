import { readFileSync } from 'node:fs';

/**
 * Peak resident memory of a process in KB (`VmHWM` in /proc on Linux), or
 * undefined where /proc is not available. A peak, not a sample: a short spike
 * between two polls is still seen.
 */
export function peakRssKb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
