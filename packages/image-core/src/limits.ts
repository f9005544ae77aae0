// How much image-core accepts and returns, with defaults fit for a synchronous Lambda call.

import { maxBytesForBase64 } from './base64.ts';
import { invalidOptionError } from './errors.ts';
import * as is from './is.ts';
import { syncRequestLimitBytes, syncResponseLimitBytes } from './lambda-limits.ts';

export interface Limits {
  /** Largest decoded input, in bytes. Default: what fits in a synchronous request as base64. */
  maxInputBytes: number;
  /**
   * Largest input in pixels (width × height × frames), checked before decoding: a guard
   * against decompression bombs. Default 50 megapixels (~200 MB as RGBA in memory).
   */
  maxInputPixels: number;
  /** Largest output as base64 text. Default: a synchronous response (6 MB). */
  maxOutputBase64Bytes: number;
  /**
   * Seconds an operation may spend in libvips before it stops with PROCESSING_TIMEOUT; 0 for no
   * limit (the default). A handler can pass what is left of the function's own timeout, so a
   * slow operation fails with a clear error instead of the invocation timing out. libvips checks
   * it between strips of pixels, so it cannot stop an encoder that runs in one call (WebP, AVIF).
   */
  timeoutSeconds: number;
}

export const DEFAULT_MAX_INPUT_PIXELS = 50_000_000;

export const defaultLimits = (): Limits => ({
  maxInputBytes: maxBytesForBase64(syncRequestLimitBytes()),
  maxInputPixels: DEFAULT_MAX_INPUT_PIXELS,
  maxOutputBase64Bytes: syncResponseLimitBytes(),
  timeoutSeconds: 0,
});

const LIMIT_NAMES = [
  'maxInputBytes',
  'maxInputPixels',
  'maxOutputBase64Bytes',
  'timeoutSeconds',
] as const;

/** Defaults overridden by `overrides`: positive integers (timeoutSeconds may be 0). */
export const resolveLimits = (overrides: Partial<Limits> = {}): Limits => {
  if (!is.plainObject(overrides)) {
    throw invalidOptionError('limits', { en: 'an object', ko: '객체' }, overrides);
  }
  const limits = defaultLimits();
  for (const [name, value] of Object.entries(overrides)) {
    if (!is.inArray(name, LIMIT_NAMES)) {
      throw invalidOptionError(
        'limits',
        { en: `only ${LIMIT_NAMES.join(', ')}`, ko: `${LIMIT_NAMES.join(', ')} 중 하나의 키` },
        name,
      );
    }
    if (value === undefined) continue;
    if (name === 'timeoutSeconds') {
      if (!is.integer(value) || value < 0) {
        throw invalidOptionError(
          name,
          { en: 'a whole number of seconds, 0 or more', ko: '0 이상의 정수(초)' },
          value,
        );
      }
    } else if (!is.integer(value) || value < 1) {
      throw invalidOptionError(name, { en: 'a positive integer', ko: '양의 정수' }, value);
    }
    limits[name] = value;
  }
  return limits;
};
