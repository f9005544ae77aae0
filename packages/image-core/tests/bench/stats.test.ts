import { describe, expect, it } from 'vitest';
import { geometricMean, median, pairedRatio, timeRounds } from '../../bench/stats.ts';

describe('benchmark statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes the geometric mean of ratios', () => {
    expect(geometricMean([2, 8])).toBeCloseTo(4);
  });

  it('pairs ratios by round, so a slow round counts once', () => {
    // round 2 is slow for both sides: its ratio is still 2
    expect(pairedRatio([2, 20, 2], [1, 10, 1])).toBe(2);
  });

  it('runs each runner in every round, alternating who goes first', async () => {
    const order: string[] = [];
    const times = await timeRounds([async () => order.push('a'), async () => order.push('b')], {
      min: 3,
      max: 3,
      ms: 0,
    });
    expect(order).toEqual(['a', 'b', 'a', 'b', 'b', 'a', 'a', 'b']);
    expect(times.wall.map((runs) => runs.length)).toEqual([3, 3]);
    expect(times.cpu.map((runs) => runs.length)).toEqual([3, 3]);
  });
});
