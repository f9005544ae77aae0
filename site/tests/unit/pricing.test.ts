import { slides2018 } from '@lambda-dojo/lambda-facts';
import { describe, expect, it } from 'vitest';
import { toFixed, toPlainString } from '../../src/lib/decimal.ts';
import {
  currentRateCard,
  monthlyCost,
  rateCard2018,
  validateWorkload,
} from '../../src/lib/pricing.ts';

const slidesWorkload = { memoryMb: 512, invocations: 3_000_000, durationMs: 1_000 };

describe('monthlyCost with the slides example (512 MB, 3,000,000 × 1 s)', () => {
  it('counts 1,500,000 GB-seconds', () => {
    const cost = monthlyCost(slidesWorkload);
    expect(toPlainString(cost.gbSeconds)).toBe(slides2018.pricingExample.corrected.gbSeconds);
  });

  it('matches the corrected figures at today’s rates without the free tier, exactly', () => {
    const cost = monthlyCost(slidesWorkload, currentRateCard(), { freeTier: false });
    const now = slides2018.pricingExample.corrected.now;
    expect(toPlainString(cost.computeUsd)).toBe(now.computeUsd);
    expect(toPlainString(cost.requestsUsd)).toBe(now.requestsUsd);
    expect(toPlainString(cost.totalUsd)).toBe(now.totalWithoutFreeTierUsd);
  });

  it('matches the corrected figures at today’s rates with the free tier, exactly', () => {
    const cost = monthlyCost(slidesWorkload);
    const now = slides2018.pricingExample.corrected.now;
    expect(toPlainString(cost.computeUsd)).toBe(now.computeWithFreeTierUsd);
    expect(toPlainString(cost.requestsUsd)).toBe(now.requestsWithFreeTierUsd);
    expect(toPlainString(cost.totalUsd)).toBe(now.totalWithFreeTierUsd);
    expect(toFixed(cost.totalUsd, 2)).toBe('18.73');
  });

  it('matches the corrected 2018 figures with the 2018 rate card', () => {
    const cost = monthlyCost(slidesWorkload, rateCard2018());
    const then = slides2018.pricingExample.corrected.rates2018;
    expect(toPlainString(cost.computeUsd)).toBe(then.computeWithFreeTierUsd);
    expect(toPlainString(cost.totalUsd)).toBe(then.totalWithFreeTierUsd);
    expect(toFixed(cost.totalUsd, 2)).toBe('18.74');
  });
});

describe('monthlyCost with the AWS pricing page examples', () => {
  it('gives $18.74 for the 2018 page’s example 1 (512 MB, 3M × 1 s, free tier)', () => {
    const cost = monthlyCost(slidesWorkload, rateCard2018());
    expect(toPlainString(cost.billableGbSeconds)).toBe('1100000');
    expect(toFixed(cost.computeUsd, 2)).toBe('18.34');
    expect(toFixed(cost.requestsUsd, 2)).toBe('0.40');
    expect(toFixed(cost.totalUsd, 2)).toBe('18.74');
  });

  it('gives $11.63 for the 2018 page’s example 2 (128 MB, 30M × 200 ms, free tier)', () => {
    const cost = monthlyCost(
      { memoryMb: 128, invocations: 30_000_000, durationMs: 200 },
      rateCard2018(),
    );
    expect(toPlainString(cost.gbSeconds)).toBe('750000');
    expect(toFixed(cost.computeUsd, 2)).toBe('5.83');
    expect(toFixed(cost.requestsUsd, 2)).toBe('5.80');
    expect(toFixed(cost.totalUsd, 2)).toBe('11.63');
  });

  it('gives $9.60 on x86 and $7.80 on Arm for the mobile backend example (1,536 MB, 3M × 120 ms)', () => {
    const workload = { memoryMb: 1_536, invocations: 3_000_000, durationMs: 120 };
    const x86 = monthlyCost(workload, currentRateCard('x86_64'), { freeTier: false });
    const arm = monthlyCost(workload, currentRateCard('arm64'), { freeTier: false });
    expect(toPlainString(x86.gbSeconds)).toBe('540000');
    expect(toFixed(x86.computeUsd, 2)).toBe('9.00');
    expect(toFixed(x86.totalUsd, 2)).toBe('9.60');
    expect(toFixed(arm.computeUsd, 2)).toBe('7.20');
    expect(toFixed(arm.totalUsd, 2)).toBe('7.80');
  });
});

describe('monthlyCost details', () => {
  it('rounds each invocation up to 1 ms today and to 100 ms with the 2018 card', () => {
    const workload = { memoryMb: 128, invocations: 1, durationMs: 101 };
    expect(monthlyCost(workload).billedDurationMs).toBe(101);
    expect(monthlyCost(workload, rateCard2018()).billedDurationMs).toBe(200);
    expect(monthlyCost({ ...workload, durationMs: 0.2 }).billedDurationMs).toBe(1);
  });

  it('charges nothing inside the free tier', () => {
    const cost = monthlyCost({ memoryMb: 128, invocations: 1_000_000, durationMs: 50 });
    expect(toPlainString(cost.totalUsd)).toBe('0');
  });

  it('splits usage above 6 billion GB-seconds into the cheaper x86 tiers', () => {
    // 10,240 MB × 900 s = 9,000 GB-s per call; 1,000,000 calls = 9 billion GB-s.
    const cost = monthlyCost(
      { memoryMb: 10_240, invocations: 1_000_000, durationMs: 900_000 },
      currentRateCard('x86_64'),
      { freeTier: false },
    );
    expect(cost.tiers.map((t) => [toPlainString(t.gbSeconds), t.pricePerGbSecond])).toEqual([
      ['6000000000', '0.0000166667'],
      ['3000000000', '0.000015'],
    ]);
    expect(toPlainString(cost.computeUsd)).toBe('145000.2');
  });

  it('bills /tmp only above the included 512 MB', () => {
    const base = { memoryMb: 1_024, invocations: 1_000_000, durationMs: 1_000 };
    expect(toPlainString(monthlyCost({ ...base, ephemeralMb: 512 }).ephemeralUsd)).toBe('0');
    // 1,536 MB extra = 1.5 GB × 1,000,000 s = 1,500,000 GB-s × $0.0000000309
    expect(toPlainString(monthlyCost({ ...base, ephemeralMb: 2_048 }).ephemeralUsd)).toBe(
      '0.04635',
    );
  });
});

describe('validateWorkload', () => {
  it('accepts the slides workload', () => {
    expect(validateWorkload(slidesWorkload)).toEqual([]);
  });

  it('names each field that is out of range, with the range from lambda-facts', () => {
    const problems = validateWorkload({ memoryMb: 64, invocations: -1, durationMs: 901_000 });
    expect(problems).toEqual([
      { field: 'memoryMb', min: 128, max: 10_240 },
      { field: 'invocations', min: 0, max: 1_000_000_000_000 },
      { field: 'durationMs', min: 1, max: 900_000 },
    ]);
  });

  it('rejects a fractional memory size', () => {
    expect(validateWorkload({ ...slidesWorkload, memoryMb: 512.5 })).toEqual([
      { field: 'memoryMb', min: 128, max: 10_240 },
    ]);
  });
});
