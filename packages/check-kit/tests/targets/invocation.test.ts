import { describe, expect, it } from 'vitest';
import { outputOf } from '../../src/index.ts';

describe('outputOf', () => {
  it('keeps the console messages of a Lambda log and drops the platform lines', () => {
    const log = [
      'START RequestId: 1 Version: $LATEST',
      '2026-01-01T00:00:00.000Z\t1\tINFO\t{"key1":"value1"}',
      '2026-01-01T00:00:00.001Z\t1\tERROR\tfirst line',
      'second line',
      'END RequestId: 1',
      'REPORT RequestId: 1\tDuration: 1.00 ms\t',
      '',
    ].join('\n');
    expect(outputOf(log)).toEqual(['{"key1":"value1"}', 'first line\nsecond line']);
  });
});
