import { type Architecture, durationTiers, pricing } from '@lambda-dojo/lambda-facts';
import { billedDurationMs, GRANULARITY_MS } from './billing.ts';
import { Decimal, dec } from './money.ts';

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
  const {
    memoryMb,
    durationMs,
    invocations,
    architecture = 'x86_64',
    ephemeralStorageMb = pricing.ephemeralStorage.includedMb.value,
    freeTier = true,
    granularityMs = GRANULARITY_MS,
  } = workload;
  if (!Number.isSafeInteger(invocations) || invocations < 0) {
    throw new RangeError(
      `Expected invocations to be a whole number (0 or more) but received ${invocations}`,
    );
  }
  if (invocations === 0) {
    return {
      gbSeconds: '0',
      computeUsd: '0',
      requestUsd: '0',
      ephemeralStorageUsd: '0',
      totalUsd: '0',
    };
  }
  // Solution: bill the rounded-up duration, then GB-s = MB / 1024 × ms / 1000 × invocations, exactly.
  const billedMs = billedDurationMs(durationMs, granularityMs);
  const seconds = dec(billedMs).times(invocations).dividedBy(1000);
  const gbSeconds = dec(memoryMb).times(seconds).dividedBy(1024);

  // Solution: the free GB-seconds are the first ones of the month, so charge the range
  // [free, total] and split it over the volume tiers, which count from the first GB-second.
  const free = freeTier ? dec(pricing.freeTier.gbSeconds.value) : Decimal.ZERO;
  let compute = Decimal.ZERO;
  let tierStart = Decimal.ZERO;
  for (const tier of durationTiers(architecture)) {
    const tierEnd =
      tier.upToGbSeconds === null ? gbSeconds : dec(tier.upToGbSeconds).min(gbSeconds);
    const charged = tierEnd.minus(tierStart.max(free));
    if (charged.compare(0) > 0) compute = compute.plus(charged.times(tier.pricePerGbSecond));
    if (tier.upToGbSeconds === null) break;
    tierStart = dec(tier.upToGbSeconds);
  }

  // Solution: requests beyond the free million, at $0.20 per million (divide, never multiply by 0.0000002 as a float).
  const freeRequests = freeTier ? pricing.freeTier.requests.value : 0;
  const billableRequests = Math.max(0, invocations - freeRequests);
  const requests = dec(billableRequests)
    .times(pricing.requests.perMillion.value)
    .dividedBy(1_000_000);

  // Solution: only the /tmp above the included 512 MB is charged, for the same billed time; no free tier.
  const extraMb = Math.max(0, ephemeralStorageMb - pricing.ephemeralStorage.includedMb.value);
  const storage = dec(extraMb)
    .times(seconds)
    .dividedBy(1024)
    .times(pricing.ephemeralStorage.perGbSecond.value);

  return {
    gbSeconds: gbSeconds.toString(),
    computeUsd: compute.toString(),
    requestUsd: requests.toString(),
    ephemeralStorageUsd: storage.toString(),
    totalUsd: compute.plus(requests).plus(storage).toString(),
  };
}
