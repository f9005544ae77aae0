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
}

/** Times `run` by the budget; returns each run's milliseconds. */
export const timeRuns = async (run: () => Promise<unknown>, budget: Budget): Promise<number[]> => {
  await run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < budget.max) {
    if (times.length >= budget.min && performance.now() - started > budget.ms) break;
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times;
};

/**
 * Times several runs in turn, rotating who goes first each round (A B C, B C A, C A B, ...),
 * so that drift in the machine's speed falls on all alike; returns each one's milliseconds.
 */
export const timeRounds = async (
  runs: readonly (() => Promise<unknown>)[],
  budget: Budget,
): Promise<number[][]> => {
  for (const run of runs) await run();
  const times: number[][] = runs.map(() => []);
  const started = performance.now();
  for (let round = 0; round < budget.max; round++) {
    if (round >= budget.min && performance.now() - started > budget.ms) break;
    for (let k = 0; k < runs.length; k++) {
      const which = (round + k) % runs.length;
      const t0 = performance.now();
      await runs[which]?.();
      times[which]?.push(performance.now() - t0);
    }
  }
  return times;
};

/**
 * The median over rounds of slow[i] / fast[i]: each ratio compares runs made moments apart,
 * so a machine that is busy for a while slows both sides of it alike.
 */
export const pairedRatio = (slow: readonly number[], fast: readonly number[]): number =>
  median(slow.map((value, i) => value / (fast[i] ?? Number.NaN)).filter(Number.isFinite));
