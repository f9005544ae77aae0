/** How often and how long to wait before retrying a throttled call. */
export interface RetryOptions {
  /** Retries after the first attempt (so at most `retries + 1` calls). */
  retries: number;
  /** The ceiling of the first delay; it doubles with each retry. */
  baseDelayMs: number;
  /** No delay is longer than this. */
  maxDelayMs: number;
}

export const defaultRetryOptions: RetryOptions = {
  retries: 3,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
};

/** Whether a failed call may be sent again. */
export function isRetryable(error: unknown): boolean {
  // TODO: only throttling (an error named 'TooManyRequestsException') may be retried.
  return false;
}

/** The delay before retry number `retry` (0 for the first retry): full jitter. */
export function backoffDelay(retry: number, options: RetryOptions): number {
  // TODO: a random delay (Math.random()) between 0 and the ceiling
  //       min(maxDelayMs, baseDelayMs × 2^retry).
  return 0;
}

/** Runs `operation`, retrying throttled attempts with bounded exponential backoff. */
export async function withRetry<T>(
  operation: () => Promise<T>,
  options: RetryOptions = defaultRetryOptions,
): Promise<T> {
  // TODO: when operation() fails with a retryable error and retries remain, wait
  //       backoffDelay(...) milliseconds (setTimeout) and try again. Otherwise throw the error.
  return await operation();
}
