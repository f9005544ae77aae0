import { describe, expect, test } from 'vitest';
import { durationTiers, pricing, slides2018 } from '../src/index.ts';
import { add, dec, divExact, max0, mul, round, str, sub } from './decimal.ts';

const ex = slides2018.pricingExample;
const rate2018 = dec(pricing.duration.x86.tier1.history[0]?.value ?? 'missing');
const rateNow = dec(pricing.duration.x86.tier1.value);
const perRequest = divExact(dec(pricing.requests.perMillion.value), 1_000_000n);
const freeGbs = dec(pricing.freeTier.gbSeconds.value);
const freeRequests = dec(pricing.freeTier.requests.value);
const invocations = dec(ex.workload.invocations);

const gbSeconds = divExact(
  mul(mul(invocations, dec(ex.workload.durationMs)), dec(ex.workload.memoryMb)),
  1000n * 1024n,
);

function charges(rate: ReturnType<typeof dec>) {
  const compute = mul(gbSeconds, rate);
  const requests = mul(invocations, perRequest);
  const computeFree = mul(max0(sub(gbSeconds, freeGbs)), rate);
  const requestsFree = mul(max0(sub(invocations, freeRequests)), perRequest);
  return {
    computeUsd: str(compute),
    requestsUsd: str(requests),
    totalWithoutFreeTierUsd: str(add(compute, requests)),
    computeWithFreeTierUsd: str(computeFree),
    requestsWithFreeTierUsd: str(requestsFree),
    totalWithFreeTierUsd: str(add(computeFree, requestsFree)),
  };
}

describe('the 2018 slides pricing example', () => {
  test('uses 1,500,000 GB-seconds', () => {
    expect(str(gbSeconds)).toBe(ex.corrected.gbSeconds);
  });

  test('reproduces the slide table prices per 100 ms from the 2018 GB-second rate', () => {
    const per100ms = (mb: number) => str(round(divExact(mul(rate2018, dec(mb)), 1024n * 10n), 9));
    expect(per100ms(128)).toBe(ex.claimed.pricePer100msAt128Mb);
    expect(per100ms(512)).toBe(ex.claimed.pricePer100msAt512Mb);
  });

  test('reproduces $25.02 only from the rounded per-100 ms price', () => {
    const units100ms = divExact(mul(invocations, dec(ex.workload.durationMs)), 100n);
    const fromTable = mul(units100ms, dec(ex.claimed.pricePer100msAt512Mb));
    expect(str(fromTable)).toBe(ex.claimed.computeUsd);
    expect(str(fromTable)).toBe(ex.corrected.rates2018.computeFromRoundedTablePriceUsd);
    expect(ex.corrected.rates2018.computeUsd).not.toBe(ex.claimed.computeUsd);
  });

  test('recomputes every corrected 2018 figure from the facts', () => {
    const { computeFromRoundedTablePriceUsd: _, ...corrected } = ex.corrected.rates2018;
    expect(charges(rate2018)).toEqual(corrected);
  });

  test('recomputes the same workload at today rates', () => {
    expect(charges(rateNow)).toEqual(ex.corrected.now);
  });

  test('shows that the slide total with free tier leaves out the request charge', () => {
    const c = charges(rate2018);
    expect(str(round(dec(c.computeWithFreeTierUsd), 2))).toBe(ex.claimed.totalWithFreeTierUsd);
    expect(str(round(dec(c.totalWithFreeTierUsd), 2))).toBe('18.74');
  });

  test('confirms the slide total without free tier from the table price', () => {
    const total = add(dec(ex.claimed.computeUsd), mul(invocations, perRequest));
    expect(str(total)).toBe(ex.claimed.totalWithoutFreeTierUsd);
  });

  test('stays within the first volume tier', () => {
    const first = durationTiers('x86_64')[0]?.upToGbSeconds ?? 0;
    expect(gbSeconds.units < BigInt(first)).toBe(true);
  });
});
