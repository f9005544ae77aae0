import type { Architecture } from '@lambda-dojo/lambda-facts';
import { billedDurationMs } from './billing.ts';
import { monthlyCost } from './cost.ts';
import { dec } from './money.ts';

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
  // Solution: reuse monthlyCost so the tuning and the bill can never disagree.
  return measurements.map((m) => ({
    memoryMb: m.memoryMb,
    durationMs: m.durationMs,
    billedDurationMs: billedDurationMs(m.durationMs),
    costPerMillionUsd: monthlyCost({
      memoryMb: m.memoryMb,
      durationMs: m.durationMs,
      invocations: 1_000_000,
      architecture,
      freeTier: false,
    }).totalUsd,
  }));
}

/** The cheapest configuration; on equal cost the faster one, then the smaller memory. */
export function cheapest(
  measurements: Measurement[],
  architecture: Architecture = 'x86_64',
): PricedOption {
  const options = priceOptions(measurements, architecture);
  // Solution: compare exact decimals, and break ties deterministically.
  const best = options.sort(
    (a, b) =>
      dec(a.costPerMillionUsd).compare(b.costPerMillionUsd) ||
      a.durationMs - b.durationMs ||
      a.memoryMb - b.memoryMb,
  )[0];
  if (!best) throw new RangeError('Expected at least one measurement but received none');
  return best;
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
  if (measurements.length === 0)
    throw new RangeError('Expected at least one measurement but received none');
  const budget = dec(budgetPerMillionUsd);
  // Solution: filter on the budget first (≤, so an exact match fits), then sort by speed.
  return priceOptions(measurements, architecture)
    .filter((o) => dec(o.costPerMillionUsd).compare(budget) <= 0)
    .sort(
      (a, b) =>
        a.billedDurationMs - b.billedDurationMs ||
        dec(a.costPerMillionUsd).compare(b.costPerMillionUsd) ||
        a.memoryMb - b.memoryMb,
    )[0];
}
