import { billedDurationMs, limits, pricing } from '@lambda-dojo/lambda-facts';

/** Billing granularity today (1 ms) and in 2018 (100 ms), from lambda-facts. */
export function granularities(): { now: number; legacy: number } {
  const legacy = pricing.billing.granularity.history[0]?.value;
  if (legacy === undefined) throw new Error('lambda-facts has no 2018 billing granularity');
  return { now: pricing.billing.granularity.value, legacy };
}

/**
 * Billed durations of one invocation, by lambda-facts' rule (rounded up to the step, at least
 * one step). Today INIT time counts on a cold start (on-demand, zip, managed runtime, since
 * pricing.billing.initBilledSince); in 2018 it did not.
 */
export function billedDurations(durationMs: number, initMs = 0): { now: number; legacy: number } {
  const g = granularities();
  return {
    now: billedDurationMs(durationMs, initMs, g.now),
    legacy: billedDurationMs(durationMs, 0, g.legacy),
  };
}

export function defaultTimeoutSeconds(): number {
  return limits.timeout.default.value;
}

export function maxTimeoutSeconds(): number {
  return limits.timeout.max.value;
}

export function initTimeoutMs(): number {
  return limits.timeout.initPhaseMax.value * 1000;
}

export function defaultMemoryMb(): number {
  return limits.memory.default.value;
}

/** The memory sizes a function may have, from lambda-facts. */
export function memoryRangeMb(): { min: number; max: number } {
  return { min: limits.memory.min.value, max: limits.memory.max.value };
}
