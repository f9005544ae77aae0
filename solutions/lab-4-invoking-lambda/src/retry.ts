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
  // Solution: only throttling is safe to retry: Lambda refused the request, so the function
  // did not run. A function error, a missing function or a bad request fails again (or runs
  // the function twice), so it is thrown at once.
  return error instanceof Error && error.name === 'TooManyRequestsException';
}

/** The delay before retry number `retry` (0 for the first retry): full jitter. */
export function backoffDelay(retry: number, options: RetryOptions): number {
  // Solution: exponential ceiling, capped, then a random point below it ("full jitter"),
  // so many throttled callers do not all come back at the same moment.
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.random() * ceiling;
}

/** Runs `operation`, retrying throttled attempts with bounded exponential backoff. */
export async function withRetry<T>(
  operation: () => Promise<T>,
  options: RetryOptions = defaultRetryOptions,
): Promise<T> {
  // Solution: try once, then up to `retries` more times, waiting before each retry.
  for (let retry = 0; ; retry++) {
    try {
      return await operation();
    } catch (error) {
      if (!isRetryable(error) || retry >= options.retries) throw error;
      await sleep(backoffDelay(retry, options));
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
