import { describe, expect, test } from 'vitest';
import {
  asyncRetryDelaysMs,
  billedDurationMs,
  logTail,
  logTailBytes,
  pricing,
  reportLine,
} from '../src/index.ts';

describe('billedDurationMs', () => {
  test('rounds up to 1 ms, and bills at least one step', () => {
    expect(billedDurationMs(1.2)).toBe(2);
    expect(billedDurationMs(3)).toBe(3);
    expect(billedDurationMs(0)).toBe(1);
  });

  test('adds INIT before rounding, as the REPORT line of a cold start shows', () => {
    // Duration 2.45 ms + Init Duration 148.02 ms = 150.47 ms, billed 151 ms (not 3 + 149).
    expect(billedDurationMs(2.45, 148.02)).toBe(151);
  });

  test('rounds to 100 ms with the 2018 granularity', () => {
    const legacy = pricing.billing.granularity.history[0]?.value as number;
    expect(billedDurationMs(100.01, 0, legacy)).toBe(200);
    expect(billedDurationMs(0.004, 0, legacy)).toBe(100);
  });
});

describe('reportLine', () => {
  test('lays out a warm invocation as Lambda does, ending in a tab', () => {
    expect(
      reportLine({ requestId: 'r1', durationMs: 1.234, memorySizeMb: 128, maxMemoryUsedMb: 67 }),
    ).toBe(
      'REPORT RequestId: r1\tDuration: 1.23 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 67 MB\t',
    );
  });

  test('shows Init Duration on a cold start and Status with Error Type on a failure', () => {
    expect(
      reportLine({
        requestId: 'r2',
        durationMs: 3000,
        memorySizeMb: 256,
        initDurationMs: 120.5,
        status: 'timeout',
      }),
    ).toBe(
      'REPORT RequestId: r2\tDuration: 3000.00 ms\tBilled Duration: 3121 ms\tMemory Size: 256 MB\tInit Duration: 120.50 ms\tStatus: timeout\t',
    );
    expect(
      reportLine({
        requestId: 'r3',
        durationMs: 1,
        memorySizeMb: 128,
        status: 'error',
        errorType: 'Runtime.ExitError',
      }),
    ).toMatch(/\tStatus: error\tError Type: Runtime\.ExitError\t$/);
  });
});

describe('the log tail and the retry delays', () => {
  test('keeps the last 4 KB of a log, base64', () => {
    expect(logTailBytes()).toBe(4096);
    const log = `${'a'.repeat(5000)}${'b'.repeat(4000)}`;
    const tail = Buffer.from(logTail(log), 'base64').toString('utf8');
    expect(tail).toBe(`${'a'.repeat(96)}${'b'.repeat(4000)}`);
    expect(Buffer.from(logTail('short'), 'base64').toString()).toBe('short');
  });

  test('waits 1 then 2 minutes before the two retries of an async invocation', () => {
    expect(asyncRetryDelaysMs()).toEqual([60_000, 120_000]);
  });
});
