/**
 * A small model of how Lambda creates, reuses and destroys execution environments.
 * It is a teaching model, not AWS's scheduler: an idle environment is reused if one is free,
 * a new one is created (a cold start) while under the concurrency limit, otherwise the request
 * is throttled; an environment idle for `idleTimeoutS` is destroyed.
 */

export type ArrivalPattern = 'steady' | 'bursts' | 'random';

export interface SimulationInput {
  pattern: ArrivalPattern;
  /** Requests per second for 'steady' and 'random' (the average for 'random'). */
  ratePerSecond: number;
  /** For 'bursts': requests arriving together ... */
  burstSize: number;
  /** ... every this many seconds. */
  burstEverySeconds: number;
  /** How long the handler runs per request. */
  durationMs: number;
  /** INIT time added to a cold start. */
  initMs: number;
  /** An environment idle this long is destroyed. */
  idleTimeoutS: number;
  /** The most environments that may exist at once (reserved or account concurrency). */
  concurrency: number;
  /** Length of the simulated period. */
  spanS: number;
  /** Seed of the 'random' pattern, so a run can be repeated. */
  seed?: number;
}

export interface Invocation {
  /** Arrival time in ms from the start. */
  at: number;
  /** Environment that served it; null when throttled. */
  env: number | null;
  cold: boolean;
  /** When the handler finished (cold: at + initMs + durationMs). */
  end: number;
}

export interface Environment {
  id: number;
  createdAt: number;
  /** Null when still alive at the end of the period. */
  destroyedAt: number | null;
  served: number;
}

export interface SimulationResult {
  invocations: Invocation[];
  environments: Environment[];
  total: number;
  cold: number;
  warm: number;
  throttled: number;
  /** Cold starts / all requests, throttled ones included, 0..1. */
  coldShare: number;
  /** Throttled requests / all requests, 0..1. */
  throttledShare: number;
  /** Most environments alive at one time. */
  peakEnvironments: number;
}

export const MAX_ARRIVALS = 5_000;

export const simulationLimits: Record<
  Exclude<keyof SimulationInput, 'pattern' | 'seed'>,
  { min: number; max: number }
> = {
  ratePerSecond: { min: 0.01, max: 100 },
  burstSize: { min: 1, max: 1_000 },
  burstEverySeconds: { min: 1, max: 3_600 },
  durationMs: { min: 1, max: 900_000 },
  initMs: { min: 0, max: 10_000 },
  idleTimeoutS: { min: 1, max: 7_200 },
  concurrency: { min: 1, max: 1_000 },
  spanS: { min: 1, max: 7_200 },
};

export type SimulationField = keyof typeof simulationLimits;

/** Fields outside their range, or a pattern that would make more than MAX_ARRIVALS requests. */
export function simulationProblems(input: SimulationInput): SimulationField[] {
  const bad = (Object.keys(simulationLimits) as SimulationField[]).filter((field) => {
    const value = input[field];
    const { min, max } = simulationLimits[field];
    return !Number.isFinite(value) || value < min || value > max;
  });
  return bad;
}

/** A small seeded PRNG (mulberry32), so the 'random' pattern is the same on server and browser. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Arrival times in ms, sorted, at most MAX_ARRIVALS. */
export function arrivals(input: SimulationInput): number[] {
  const spanMs = input.spanS * 1000;
  const out: number[] = [];
  if (input.pattern === 'steady') {
    const gap = 1000 / input.ratePerSecond;
    for (let t = 0; t < spanMs && out.length < MAX_ARRIVALS; t += gap) out.push(Math.round(t));
  } else if (input.pattern === 'bursts') {
    const gap = input.burstEverySeconds * 1000;
    for (let t = 0; t < spanMs && out.length < MAX_ARRIVALS; t += gap) {
      for (let i = 0; i < input.burstSize && out.length < MAX_ARRIVALS; i++) out.push(t);
    }
  } else {
    const random = seededRandom(input.seed ?? 42);
    const meanGap = 1000 / input.ratePerSecond;
    let t = 0;
    while (out.length < MAX_ARRIVALS) {
      t += -Math.log(1 - random()) * meanGap;
      if (t >= spanMs) break;
      out.push(Math.round(t));
    }
  }
  return out;
}

export function simulate(input: SimulationInput): SimulationResult {
  const times = arrivals(input);
  const environments: (Environment & { busyUntil: number })[] = [];
  const invocations: Invocation[] = [];
  const idleMs = input.idleTimeoutS * 1000;
  let peak = 0;

  const alive = () => environments.filter((e) => e.destroyedAt === null);

  for (const at of times) {
    for (const env of alive()) {
      if (env.busyUntil + idleMs <= at) env.destroyedAt = env.busyUntil + idleMs;
    }
    // Reuse the environment that became free most recently (it is the warmest).
    const free = alive()
      .filter((e) => e.busyUntil <= at)
      .sort((a, b) => b.busyUntil - a.busyUntil)[0];
    if (free) {
      free.busyUntil = at + input.durationMs;
      free.served += 1;
      invocations.push({ at, env: free.id, cold: false, end: free.busyUntil });
    } else if (alive().length < input.concurrency) {
      const env = {
        id: environments.length,
        createdAt: at,
        destroyedAt: null,
        served: 1,
        busyUntil: at + input.initMs + input.durationMs,
      };
      environments.push(env);
      invocations.push({ at, env: env.id, cold: true, end: env.busyUntil });
    } else {
      invocations.push({ at, env: null, cold: false, end: at });
    }
    peak = Math.max(peak, alive().length);
  }

  const spanMs = input.spanS * 1000;
  for (const env of alive()) {
    if (env.busyUntil + idleMs <= spanMs) env.destroyedAt = env.busyUntil + idleMs;
  }

  const cold = invocations.filter((i) => i.cold).length;
  const throttled = invocations.filter((i) => i.env === null).length;
  const served = invocations.length - throttled;
  return {
    invocations,
    environments: environments.map(({ busyUntil: _b, ...env }) => env),
    total: invocations.length,
    cold,
    warm: served - cold,
    throttled,
    // Over every request, not only the served ones: 20 cold starts and 80 throttles out of 100
    // requests is a 20% cold share and an 80% throttled share, never "100% cold".
    coldShare: invocations.length === 0 ? 0 : cold / invocations.length,
    throttledShare: invocations.length === 0 ? 0 : throttled / invocations.length,
    peakEnvironments: peak,
  };
}

export const defaultSimulation: SimulationInput = {
  pattern: 'steady',
  ratePerSecond: 2,
  burstSize: 20,
  burstEverySeconds: 60,
  durationMs: 800,
  initMs: 400,
  idleTimeoutS: 30,
  concurrency: 10,
  spanS: 120,
  seed: 42,
};
