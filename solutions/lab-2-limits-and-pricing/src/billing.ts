import { historicValue, pricing } from '@lambda-dojo/lambda-facts';

/** Today's billing granularity: 1 ms (since 2020-12-01). */
export const GRANULARITY_MS = pricing.billing.granularity.value;
/** The 2018 billing granularity: 100 ms. */
export const LEGACY_GRANULARITY_MS = historicValue(pricing.billing.granularity, '2018-12');

/**
 * The duration Lambda bills for one invocation that ran `measuredMs` milliseconds:
 * rounded up to the next multiple of `granularityMs`, and never less than one unit.
 */
export function billedDurationMs(
  measuredMs: number,
  granularityMs: number = GRANULARITY_MS,
): number {
  // Solution: reject what cannot be a duration instead of returning NaN.
  if (!Number.isFinite(measuredMs) || measuredMs < 0) {
    throw new RangeError(
      `Expected a measured duration in ms (0 or more) but received ${measuredMs}`,
    );
  }
  if (!Number.isInteger(granularityMs) || granularityMs <= 0) {
    throw new RangeError(
      `Expected a billing granularity in whole ms but received ${granularityMs}`,
    );
  }
  // Solution: round UP (Math.ceil), not to the nearest: 100.01 ms bills 200 ms at 100 ms granularity.
  // Even a 0 ms run bills one unit, so take the larger of one unit and the rounded value.
  return Math.max(granularityMs, Math.ceil(measuredMs / granularityMs) * granularityMs);
}
