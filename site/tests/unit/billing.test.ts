import { pricing } from '@lambda-dojo/lambda-facts';
import { describe, expect, it } from 'vitest';
import { billedDurations, granularities } from '../../src/lib/playground/billing.ts';

describe('billed duration', () => {
  it('takes the steps from lambda-facts', () => {
    expect(granularities()).toEqual({
      now: pricing.billing.granularity.value,
      legacy: pricing.billing.granularity.history[0]?.value,
    });
  });

  it('bills a run that took no measurable time one step: 1 ms today, 100 ms in 2018', () => {
    expect(billedDurations(0)).toEqual({ now: 1, legacy: 100 });
    expect(billedDurations(0.004)).toEqual({ now: 1, legacy: 100 });
  });

  it('rounds up to the step above the minimum', () => {
    expect(billedDurations(1.2)).toEqual({ now: 2, legacy: 100 });
    expect(billedDurations(100.01)).toEqual({ now: 101, legacy: 200 });
  });
});
