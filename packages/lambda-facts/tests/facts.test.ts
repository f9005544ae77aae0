import { describe, expect, test } from 'vitest';
import { FactNotFoundError, getFact, historicValue, limits, toBytes } from '../src/index.ts';

describe('getFact', () => {
  test('returns the fact at a dotted path', () => {
    expect(getFact('limits.timeout.max').value).toBe(900);
    expect(getFact('pricing.duration.x86.tier1').value).toBe('0.0000166667');
    expect(getFact('runtimes.nodejs.nodejs22.deprecation').value).toBe('2027-04-30');
  });

  test('throws FactNotFoundError with a close suggestion for a typo', () => {
    expect(() => getFact('limits.timeout.maxx')).toThrow(FactNotFoundError);
    expect(() => getFact('limits.timeout.maxx')).toThrow("Did you mean 'limits.timeout.max'");
  });

  test('lists the facts under a group path instead of returning the group', () => {
    expect(() => getFact('limits.memory')).toThrow(/'limits\.memory\.min'/);
  });

  test('does not follow inherited properties', () => {
    expect(() => getFact('limits.constructor')).toThrow(FactNotFoundError);
  });
});

describe('toBytes', () => {
  test('counts Lambda sizes in binary units', () => {
    expect(toBytes(limits.payload.synchronousRequest)).toBe(6_291_456);
    expect(toBytes(limits.environmentVariables.totalSize)).toBe(4_096);
    expect(toBytes(limits.payload.asynchronous)).toBe(1_048_576);
  });

  test('refuses a fact that is not a size', () => {
    expect(() => toBytes(limits.timeout.max)).toThrow(
      'Expected a size fact in bytes, KB, MB or GB but received 900 s',
    );
  });
});

describe('historicValue', () => {
  test('returns the value a fact had in the 2018 slides', () => {
    expect(historicValue(limits.memory.max, '2018-12')).toBe(3_008);
  });

  test('says which history entries exist when asked for a missing one', () => {
    expect(() => historicValue(limits.memory.max, '2019-01')).toThrow(
      'Expected a history entry as of 2019-01 but this fact has: 2018-12',
    );
  });
});
