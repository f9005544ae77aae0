import { type Architecture, pricing } from '@lambda-dojo/lambda-facts';
import { billedDurationMs, GRANULARITY_MS } from './billing.ts';

export interface Workload {
  /** Configured memory. */
  memoryMb: number;
  /** Measured duration of one invocation, before rounding. */
  durationMs: number;
  /** Invocations in the month. */
  invocations: number;
  /** Defaults to 'x86_64'. */
  architecture?: Architecture;
  /** Configured /tmp size; defaults to 512 MB (included in the price). */
  ephemeralStorageMb?: number;
  /** Whether the monthly free tier applies; defaults to true. */
  freeTier?: boolean;
  /** Billing granularity; defaults to today's 1 ms. */
  granularityMs?: number;
}

/** Charges in USD as exact decimal strings (no rounding), e.g. '18.33337'. */
export interface MonthlyCost {
  gbSeconds: string;
  computeUsd: string;
  requestUsd: string;
  ephemeralStorageUsd: string;
  totalUsd: string;
}

/** The monthly bill of a workload, with volume tiers and the free tier. */
export function monthlyCost(workload: Workload): MonthlyCost {
  const { memoryMb, durationMs, invocations, granularityMs = GRANULARITY_MS } = workload;

  // TODO: JavaScript numbers drift (0.1 + 0.2 !== 0.3) and print tiny amounts as 2e-7.
  //       Do the money math with dec() / Decimal from './money.ts' and return .toString().
  const billedMs = billedDurationMs(durationMs, granularityMs);
  const gbSeconds = (memoryMb / 1024) * (billedMs / 1000) * invocations;

  // TODO: the free tier (pricing.freeTier) covers the first 400,000 GB-s and 1,000,000 requests
  //       of the month when workload.freeTier is not false. Never charge a negative amount.

  // TODO: volume tiers: durationTiers(architecture) from '@lambda-dojo/lambda-facts' gives the rate
  //       for each range of the month's GB-seconds, and Arm (arm64) has its own rates.
  const compute = gbSeconds * Number(pricing.duration.x86.tier1.value);

  const requests = (invocations / 1_000_000) * Number(pricing.requests.perMillion.value);

  // TODO: /tmp above the included 512 MB (workload.ephemeralStorageMb) is charged per GB-second
  //       at pricing.ephemeralStorage.perGbSecond, for the same billed time.
  const storage = 0;

  return {
    gbSeconds: String(gbSeconds),
    computeUsd: String(compute),
    requestUsd: String(requests),
    ephemeralStorageUsd: String(storage),
    totalUsd: String(compute + requests + storage),
  };
}
