import { FactUnitError } from './errors.ts';
import { pricing } from './pricing.ts';
import type { Fact } from './types.ts';

export type Architecture = 'x86_64' | 'arm64';

/** One volume tier of duration pricing: GB-seconds up to `upToGbSeconds` (null = no upper bound). */
export interface DurationTier {
  upToGbSeconds: number | null;
  pricePerGbSecond: string;
}

/** The monthly duration price tiers for an architecture, cheapest last. */
export function durationTiers(architecture: Architecture): DurationTier[] {
  const t = architecture === 'arm64' ? pricing.duration.arm : pricing.duration.x86;
  return [
    { upToGbSeconds: t.tier1UpTo.value, pricePerGbSecond: t.tier1.value },
    { upToGbSeconds: t.tier2UpTo.value, pricePerGbSecond: t.tier2.value },
    { upToGbSeconds: null, pricePerGbSecond: t.tier3.value },
  ];
}

const bytesPerUnit: Partial<Record<Fact['unit'], number>> = {
  bytes: 1,
  KB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
};

/**
 * A size fact in bytes. Lambda counts sizes in binary units: the 6 MB synchronous payload
 * limit is 6,291,456 bytes, the 4 KB environment limit 4,096 bytes.
 */
export function toBytes(fact: Fact): number {
  const factor = bytesPerUnit[fact.unit];
  if (factor === undefined || typeof fact.value !== 'number') {
    throw new FactUnitError(
      `Expected a size fact in bytes, KB, MB or GB but received ${JSON.stringify(fact.value)} ${fact.unit}`,
    );
  }
  return fact.value * factor;
}

/**
 * The value a fact had in its history entry for `asOf` (e.g. '2018-12' for the slides),
 * so lessons and labs can show "then and now" without copying the old number.
 */
export function historicValue<V extends Fact['value']>(fact: Fact<V>, asOf: string): V {
  const entry = fact.history?.find((h) => h.asOf === asOf);
  if (entry === undefined) {
    const known = (fact.history ?? []).map((h) => h.asOf).join(', ') || 'none';
    throw new FactUnitError(`Expected a history entry as of ${asOf} but this fact has: ${known}`);
  }
  return entry.value;
}
