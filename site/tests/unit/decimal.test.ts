import { describe, expect, it } from 'vitest';
import {
  add,
  dec,
  divExact,
  int,
  mul,
  round,
  toFixed,
  toPlainString,
} from '../../src/lib/decimal.ts';

describe('decimal', () => {
  it('adds and multiplies without floating-point drift', () => {
    expect(toPlainString(add(dec('0.1'), dec('0.2')))).toBe('0.3');
    expect(toPlainString(mul(int(1_500_000), dec('0.0000166667')))).toBe('25.00005');
  });

  it('divides exactly by 1,024,000 (MB·ms to GB·s)', () => {
    expect(toPlainString(divExact(int(1), 1_024_000n))).toBe('0.0000009765625');
  });

  it('refuses a division with no finite decimal value', () => {
    expect(() => divExact(int(1), 3n)).toThrow('1 / 3 has no exact decimal value');
  });

  it('rounds half away from zero', () => {
    expect(toFixed(dec('18.735'), 2)).toBe('18.74');
    expect(toFixed(dec('-0.005'), 2)).toBe('-0.01');
    expect(toPlainString(round(dec('9.000018'), 2))).toBe('9');
    expect(toFixed(dec('0.000000208'), 2)).toBe('0.00');
  });

  it('rejects text that is not a decimal number', () => {
    expect(() => dec('1e-7')).toThrow(
      "Expected a decimal number such as '0.20' but received '1e-7'",
    );
  });
});
