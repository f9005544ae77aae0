import type { Architecture } from '@lambda-dojo/lambda-facts';

/** The average duration measured at one memory size. */
export interface Measurement {
  memoryMb: number;
  durationMs: number;
}

/** A measured configuration with what one million invocations of it cost (no free tier). */
export interface PricedOption {
  memoryMb: number;
  durationMs: number;
  billedDurationMs: number;
  costPerMillionUsd: string;
}

/** Prices each measurement: compute plus requests for 1,000,000 invocations, without the free tier. */
export function priceOptions(
  measurements: Measurement[],
  architecture: Architecture = 'x86_64',
): PricedOption[] {
  // TODO: price every measurement with monthlyCost from './cost.ts' (1,000,000 invocations,
  //       freeTier: false, this architecture) and bill its duration with billedDurationMs.
  void architecture;
  return measurements.map((m) => ({
    ...m,
    billedDurationMs: m.durationMs,
    costPerMillionUsd: '0',
  }));
}

/** The cheapest configuration; on equal cost the faster one, then the smaller memory. */
export function cheapest(
  measurements: Measurement[],
  architecture: Architecture = 'x86_64',
): PricedOption {
  const options = priceOptions(measurements, architecture);
  // TODO: pick the lowest costPerMillionUsd (compare with dec(a).compare(b) from './money.ts');
  //       on equal cost the smaller durationMs, then the smaller memoryMb.
  const first = options[0];
  if (!first) throw new RangeError('Expected at least one measurement but received none');
  return first;
}

/**
 * The fastest configuration whose cost per million invocations is at most `budgetPerMillionUsd`
 * (inclusive); on equal speed the cheaper one. `undefined` when nothing fits the budget.
 */
export function fastestWithinBudget(
  measurements: Measurement[],
  budgetPerMillionUsd: string,
  architecture: Architecture = 'x86_64',
): PricedOption | undefined {
  // TODO: keep the options whose cost is at most the budget, then return the fastest of them.
  void budgetPerMillionUsd;
  return priceOptions(measurements, architecture)[0];
}
