import { limits, pricing } from '@lambda-dojo/lambda-facts';

/** Billing granularity today (1 ms) and in 2018 (100 ms), from lambda-facts. */
export function granularities(): { now: number; legacy: number } {
  const legacy = pricing.billing.granularity.history[0]?.value;
  if (legacy === undefined) throw new Error('lambda-facts has no 2018 billing granularity');
  return { now: pricing.billing.granularity.value, legacy };
}

/**
 * Rounded up to the billing step, and never less than one step: Lambda bills an invocation
 * at least the granularity from lambda-facts (1 ms today, 100 ms in 2018), even a 0.00 ms one.
 */
const roundUp = (ms: number, step: number) => Math.max(step, Math.ceil(ms / step) * step);

/**
 * Billed durations of one invocation. Today INIT time counts on a cold start
 * (on-demand, zip, managed runtime, since pricing.billing.initBilledSince); in 2018 it did not.
 */
export function billedDurations(durationMs: number, initMs = 0): { now: number; legacy: number } {
  const g = granularities();
  return { now: roundUp(durationMs + initMs, g.now), legacy: roundUp(durationMs, g.legacy) };
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
