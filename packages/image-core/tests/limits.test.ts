import { limits as facts } from '@lambda-dojo/lambda-facts';
import { describe, expect, it } from 'vitest';
import { base64Length } from '../src/base64.ts';
import { syncRequestLimitBytes, syncResponseLimitBytes } from '../src/lambda-limits.ts';
import { DEFAULT_MAX_INPUT_PIXELS, defaultLimits, resolveLimits } from '../src/limits.ts';

const MB = 1024 * 1024;

describe('Lambda limits', () => {
  it('reads the synchronous payload limits from lambda-facts, in bytes', () => {
    expect(syncResponseLimitBytes()).toBe(facts.payload.synchronousResponse.value * MB);
    expect(syncRequestLimitBytes()).toBe(facts.payload.synchronousRequest.value * MB);
  });
});

describe('defaultLimits', () => {
  it('allows inputs whose base64 fits a synchronous request (about 4.5 MB)', () => {
    const { maxInputBytes } = defaultLimits();
    expect(base64Length(maxInputBytes)).toBeLessThanOrEqual(syncRequestLimitBytes());
    expect(base64Length(maxInputBytes + 3)).toBeGreaterThan(syncRequestLimitBytes());
  });

  it('caps the response at the synchronous limit, counted as base64', () => {
    expect(defaultLimits().maxOutputBase64Bytes).toBe(syncResponseLimitBytes());
    expect(defaultLimits().maxInputPixels).toBe(DEFAULT_MAX_INPUT_PIXELS);
  });
});

describe('resolveLimits', () => {
  it('overrides the limits given and keeps the others', () => {
    const limits = resolveLimits({ maxInputPixels: 1000 });
    expect(limits.maxInputPixels).toBe(1000);
    expect(limits.maxInputBytes).toBe(defaultLimits().maxInputBytes);
  });

  it('rejects unknown names and values that are not positive integers', () => {
    expect(() => resolveLimits({ maxPixels: 5 } as never)).toThrow(
      'Expected only maxInputBytes, maxInputPixels, maxOutputBase64Bytes, timeoutSeconds for limits but received "maxPixels" of type string',
    );
    expect(() => resolveLimits({ maxInputBytes: 0 })).toThrow(
      'Expected a positive integer for maxInputBytes but received 0 of type number',
    );
    expect(() => resolveLimits({ timeoutSeconds: -1 })).toThrow(
      'Expected a whole number of seconds, 0 or more for timeoutSeconds but received -1 of type number',
    );
    expect(resolveLimits({ timeoutSeconds: 0 }).timeoutSeconds).toBe(0);
  });
});
