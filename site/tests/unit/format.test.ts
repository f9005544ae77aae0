import { getFact } from '@lambda-dojo/lambda-facts';
import { describe, expect, it } from 'vitest';
import { formatDate, formatFact, formatValue, groupDigits } from '../../src/lib/format.ts';

describe('format', () => {
  it('groups digits of integers and exact decimals without touching the fraction', () => {
    expect(groupDigits('10240')).toBe('10,240');
    expect(groupDigits('1500000.0000166667')).toBe('1,500,000.0000166667');
  });

  it('writes facts the way each language writes them', () => {
    expect(formatFact(getFact('limits.memory.max'), 'ko')).toBe('10,240MB');
    expect(formatFact(getFact('limits.memory.max'), 'en')).toBe('10,240 MB');
    expect(formatFact(getFact('limits.timeout.max'), 'ko')).toBe('900초');
    expect(formatFact(getFact('limits.timeout.max'), 'en')).toBe('900 seconds');
    expect(formatFact(getFact('pricing.requests.perMillion'), 'en')).toBe('$0.20 per 1M requests');
  });

  it('keeps price strings exact', () => {
    expect(formatValue('0.0000166667', 'USD per GB-s', 'ko')).toBe('GB-초당 $0.0000166667');
  });

  it('writes dates and months in each language', () => {
    expect(formatDate('2028-04-30', 'ko')).toBe('2028년 4월 30일');
    expect(formatDate('2028-04-30', 'en')).toBe('April 30, 2028');
    expect(formatDate('2018-12', 'ko')).toBe('2018년 12월');
    expect(formatDate('2018-12', 'en')).toBe('December 2018');
  });
});
