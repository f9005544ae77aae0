// Timing loops and summaries for the benchmark.

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const geometricMean = (values: readonly number[]): number =>
  Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);

export interface Budget {
  /** Runs at least this many times (after one warm-up run). */
  min: number;
  max: number;
  /** Stops adding runs once this much time is spent (and min is reached). */
  ms: number;
  /** On a slow or busy machine: stops after this much time once 3 rounds are done, even below min. */
  hardMs?: number;
}

const enough = (done: number, elapsed: number, budget: Budget): boolean =>
  (done >= budget.min && elapsed > budget.ms) ||
  (budget.hardMs !== undefined && done >= 3 && elapsed > budget.hardMs);

/** Times `run` by the budget; returns each run's milliseconds. */
export const timeRuns = async (run: () => Promise<unknown>, budget: Budget): Promise<number[]> => {
  await run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < budget.max) {
    if (enough(times.length, performance.now() - started, budget)) break;
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times;
};

export interface RoundTimes {
  /** Wall-clock milliseconds of each run, by runner then round. */
  wall: number[][];
  /**
   * CPU milliseconds (user + system, all threads of this process) of each run: the work done,
   * which other jobs on a busy machine disturb far less than the wall clock.
   */
  cpu: number[][];
}

/**
 * Times several runs in turn, rotating who goes first each round (A B, B A, ...), so that drift
 * in the machine's speed falls on all alike.
 */
export const timeRounds = async (
  runs: readonly (() => Promise<unknown>)[],
  budget: Budget,
): Promise<RoundTimes> => {
  for (const run of runs) await run();
  const wall: number[][] = runs.map(() => []);
  const cpu: number[][] = runs.map(() => []);
  const started = performance.now();
  for (let round = 0; round < budget.max; round++) {
    if (enough(round, performance.now() - started, budget)) break;
    for (let k = 0; k < runs.length; k++) {
      const which = (round + k) % runs.length;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      await runs[which]?.();
      wall[which]?.push(performance.now() - t0);
      const used = process.cpuUsage(cpu0);
      cpu[which]?.push((used.user + used.system) / 1000);
    }
  }
  return { wall, cpu };
};

/**
 * The median over rounds of slow[i] / fast[i]: each ratio compares runs made moments apart,
 * so a machine that is busy for a while slows both sides of it alike.
 */
export const pairedRatio = (slow: readonly number[], fast: readonly number[]): number =>
  median(slow.map((value, i) => value / (fast[i] ?? Number.NaN)).filter(Number.isFinite));
