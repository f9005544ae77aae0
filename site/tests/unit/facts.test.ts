import { describe, expect, it } from 'vitest';
import { resolveFact } from '../../src/lib/facts.ts';

describe('resolveFact (what <Fact> shows)', () => {
  it('gives the current value, or the 2018 value with then', () => {
    expect(resolveFact('limits.memory.max').value).toBe(10_240);
    expect(resolveFact('limits.memory.max', true).value).toBe(3_008);
  });

  it('fails for an unknown path, naming a close match, so the build fails', () => {
    expect(() => resolveFact('limits.memory.maxx')).toThrow(/limits\.memory\.max/);
  });

  it('fails for then on a fact without a 2018 value', () => {
    expect(() => resolveFact('limits.memory.min', true)).toThrow(
      `<Fact path="limits.memory.min" then /> needs a 2018 value`,
    );
  });
});
