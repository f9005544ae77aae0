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
  // TODO: reject a measuredMs that is negative or not a finite number with a RangeError.

  // TODO: Lambda does not round to the nearest unit: it rounds UP to the next multiple of
  //       granularityMs, and even a 0 ms run is billed one unit.
  return Math.round(measuredMs / granularityMs) * granularityMs;
}
