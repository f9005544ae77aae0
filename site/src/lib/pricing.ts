import {
  type Architecture,
  billedDurationMs,
  durationTiers,
  limits,
  pricing,
} from '@lambda-dojo/lambda-facts';
import {
  add,
  type Decimal,
  dec,
  divExact,
  int,
  isZero,
  max,
  min,
  mul,
  sub,
  ZERO,
} from './decimal.ts';

/** Prices and rules for one month of on-demand Lambda use (USD, as exact decimal strings). */
export interface RateCard {
  requestPricePerMillion: string;
  /** Duration tiers by monthly GB-seconds, cheapest last; `upToGbSeconds: null` = no upper bound. */
  tiers: readonly { upToGbSeconds: number | null; pricePerGbSecond: string }[];
  freeRequests: number;
  freeGbSeconds: number;
  /** Duration is rounded up to a multiple of this many milliseconds. */
  granularityMs: number;
  ephemeralPricePerGbSecond: string;
  ephemeralIncludedMb: number;
}

/** Today's rates from lambda-facts. */
export function currentRateCard(architecture: Architecture = 'x86_64'): RateCard {
  return {
    requestPricePerMillion: pricing.requests.perMillion.value,
    tiers: durationTiers(architecture),
    freeRequests: pricing.freeTier.requests.value,
    freeGbSeconds: pricing.freeTier.gbSeconds.value,
    granularityMs: pricing.billing.granularity.value,
    ephemeralPricePerGbSecond: pricing.ephemeralStorage.perGbSecond.value,
    ephemeralIncludedMb: pricing.ephemeralStorage.includedMb.value,
  };
}

/** The 2018 rates (the slides' era): one x86 rate, 100 ms rounding, no configurable /tmp. */
export function rateCard2018(): RateCard {
  const rate = pricing.duration.x86.tier1.history[0];
  const granularity = pricing.billing.granularity.history[0];
  if (!rate || !granularity) throw new Error('lambda-facts has no 2018 history for the x86 rate');
  return {
    ...currentRateCard('x86_64'),
    tiers: [{ upToGbSeconds: null, pricePerGbSecond: rate.value }],
    granularityMs: granularity.value,
  };
}

export interface Workload {
  memoryMb: number;
  invocations: number;
  /** Average duration of one invocation before rounding. */
  durationMs: number;
  /** /tmp size; only the part above the included 512 MB is billed. */
  ephemeralMb?: number;
}

export interface TierCharge {
  pricePerGbSecond: string;
  gbSeconds: Decimal;
  usd: Decimal;
}

export interface MonthlyCost {
  billedDurationMs: number;
  requests: number;
  gbSeconds: Decimal;
  billableRequests: number;
  billableGbSeconds: Decimal;
  requestsUsd: Decimal;
  tiers: TierCharge[];
  computeUsd: Decimal;
  ephemeralUsd: Decimal;
  /** Exact, unrounded. Round only for display. */
  totalUsd: Decimal;
}

/** Invocations × billed seconds × memory in GB, exactly (1 GB = 1,024 MB). */
export function gbSecondsOf(invocations: number, billedMs: number, memoryMb: number): Decimal {
  return divExact(mul(mul(int(invocations), int(billedMs)), int(memoryMb)), 1_024_000n);
}

function chargeTiers(gbSeconds: Decimal, card: RateCard): TierCharge[] {
  const charges: TierCharge[] = [];
  let floor = ZERO;
  for (const tier of card.tiers) {
    const ceiling = tier.upToGbSeconds === null ? null : int(tier.upToGbSeconds);
    const top = ceiling === null ? gbSeconds : min(gbSeconds, ceiling);
    const inTier = max(sub(top, floor), ZERO);
    if (!isZero(inTier)) {
      charges.push({
        pricePerGbSecond: tier.pricePerGbSecond,
        gbSeconds: inTier,
        usd: mul(inTier, dec(tier.pricePerGbSecond)),
      });
    }
    if (ceiling === null) break;
    floor = ceiling;
  }
  return charges;
}

/**
 * One month of on-demand charges for a single function (US East rates).
 * The free tier is taken off first; the volume tiers apply to the rest.
 */
export function monthlyCost(
  workload: Workload,
  card: RateCard = currentRateCard(),
  options: { freeTier?: boolean } = {},
): MonthlyCost {
  const freeTier = options.freeTier ?? true;
  // Lambda's rule, kept once in lambda-facts: rounded up to the card's granularity (1 ms today,
  // 100 ms in 2018), never less than one step.
  const billed = billedDurationMs(workload.durationMs, 0, card.granularityMs);
  const gbSeconds = gbSecondsOf(workload.invocations, billed, workload.memoryMb);
  const billableGbSeconds = freeTier
    ? max(sub(gbSeconds, int(card.freeGbSeconds)), ZERO)
    : gbSeconds;
  const billableRequests = freeTier
    ? Math.max(workload.invocations - card.freeRequests, 0)
    : workload.invocations;
  const requestsUsd = divExact(
    mul(int(billableRequests), dec(card.requestPricePerMillion)),
    1_000_000n,
  );
  const tiers = chargeTiers(billableGbSeconds, card);
  const computeUsd = tiers.reduce((sum, t) => add(sum, t.usd), ZERO);
  const extraStorageMb = Math.max((workload.ephemeralMb ?? 0) - card.ephemeralIncludedMb, 0);
  const ephemeralUsd = mul(
    gbSecondsOf(workload.invocations, billed, extraStorageMb),
    dec(card.ephemeralPricePerGbSecond),
  );
  return {
    billedDurationMs: billed,
    requests: workload.invocations,
    gbSeconds,
    billableRequests,
    billableGbSeconds,
    requestsUsd,
    tiers,
    computeUsd,
    ephemeralUsd,
    totalUsd: add(add(requestsUsd, computeUsd), ephemeralUsd),
  };
}

export type WorkloadField = keyof Workload;

/** A problem with one input, for the calculator to show next to the field. */
export interface WorkloadProblem {
  field: WorkloadField;
  min: number;
  max: number;
}

/** The allowed range of each input, from lambda-facts (memory, timeout, /tmp). */
export function workloadLimits(): Record<WorkloadField, { min: number; max: number }> {
  return {
    memoryMb: { min: limits.memory.min.value, max: limits.memory.max.value },
    invocations: { min: 0, max: 1_000_000_000_000 },
    durationMs: { min: 1, max: limits.timeout.max.value * 1000 },
    ephemeralMb: { min: limits.ephemeralStorage.min.value, max: limits.ephemeralStorage.max.value },
  };
}

/** Every field that is not a whole number inside its range. */
export function validateWorkload(workload: Workload): WorkloadProblem[] {
  const ranges = workloadLimits();
  const problems: WorkloadProblem[] = [];
  for (const field of Object.keys(ranges) as WorkloadField[]) {
    const value = workload[field];
    if (value === undefined && field === 'ephemeralMb') continue;
    const { min: lo, max: hi } = ranges[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
      problems.push({ field, min: lo, max: hi });
    }
  }
  return problems;
}
