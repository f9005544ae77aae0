import { describe, expect, it } from 'vitest';
import {
  arrivals,
  defaultSimulation,
  MAX_ARRIVALS,
  type SimulationInput,
  simulate,
  simulationProblems,
} from '../../src/lib/cold-start.ts';

const base: SimulationInput = {
  ...defaultSimulation,
  pattern: 'steady',
  ratePerSecond: 1,
  durationMs: 100,
  initMs: 200,
  idleTimeoutS: 10,
  concurrency: 10,
  spanS: 60,
};

describe('simulate', () => {
  it('has one cold start when one environment keeps up with steady traffic', () => {
    const r = simulate(base);
    expect(r.total).toBe(60);
    expect(r.cold).toBe(1);
    expect(r.warm).toBe(59);
    expect(r.environments).toHaveLength(1);
    expect(r.coldShare).toBeCloseTo(1 / 60);
  });

  it('destroys an environment that idles past the idle timeout and cold-starts the next request', () => {
    // One request every 20 s with a 10 s idle timeout: every request is cold.
    const r = simulate({ ...base, ratePerSecond: 0.05 });
    expect(r.total).toBe(3);
    expect(r.cold).toBe(3);
    expect(r.environments.map((e) => e.destroyedAt)).toEqual([10_300, 30_300, 50_300]);
  });

  it('creates one environment per simultaneous request in a burst, then reuses them', () => {
    const r = simulate({
      ...base,
      pattern: 'bursts',
      burstSize: 5,
      burstEverySeconds: 5,
      spanS: 20,
    });
    expect(r.total).toBe(20);
    expect(r.cold).toBe(5);
    expect(r.peakEnvironments).toBe(5);
    expect(r.environments.every((e) => e.served === 4)).toBe(true);
  });

  it('throttles requests beyond the concurrency limit', () => {
    const r = simulate({
      ...base,
      pattern: 'bursts',
      burstSize: 5,
      burstEverySeconds: 60,
      concurrency: 3,
    });
    expect(r.cold).toBe(3);
    expect(r.throttled).toBe(2);
    expect(r.invocations.filter((i) => i.env === null)).toHaveLength(2);
  });

  it('counts throttled requests in the shares: 1 cold and 4 throttled of 5 is 20% cold, not 100%', () => {
    const r = simulate({
      ...base,
      pattern: 'bursts',
      burstSize: 5,
      burstEverySeconds: 3_600,
      spanS: 60,
      concurrency: 1,
    });
    expect(r.total).toBe(5);
    expect(r.cold).toBe(1);
    expect(r.throttled).toBe(4);
    expect(r.coldShare).toBeCloseTo(0.2);
    expect(r.throttledShare).toBeCloseTo(0.8);
  });

  it('needs more environments when requests overlap (long duration)', () => {
    // 2 requests/s, each 1.5 s: at most 3 run at once after the first cold start.
    const r = simulate({ ...base, ratePerSecond: 2, durationMs: 1_500, initMs: 0 });
    expect(r.peakEnvironments).toBe(3);
    expect(r.cold).toBe(3);
  });

  it('leaves environments alive at the end of the period without a destroy time', () => {
    const r = simulate(base);
    expect(r.environments[0]?.destroyedAt).toBeNull();
  });

  it('repeats the same random arrivals for the same seed', () => {
    const input = { ...base, pattern: 'random' as const, ratePerSecond: 3, seed: 7 };
    expect(arrivals(input)).toEqual(arrivals(input));
    expect(arrivals(input)).not.toEqual(arrivals({ ...input, seed: 8 }));
    const n = arrivals(input).length;
    expect(n).toBeGreaterThan(120);
    expect(n).toBeLessThan(240);
  });

  it('caps the number of arrivals so the page stays fast', () => {
    expect(arrivals({ ...base, ratePerSecond: 100, spanS: 3_600 })).toHaveLength(MAX_ARRIVALS);
  });
});

describe('simulationProblems', () => {
  it('names fields outside their range or not numbers', () => {
    expect(simulationProblems({ ...base, concurrency: 0, initMs: Number.NaN })).toEqual([
      'initMs',
      'concurrency',
    ]);
  });

  it('accepts the defaults', () => {
    expect(simulationProblems(defaultSimulation)).toEqual([]);
  });
});
