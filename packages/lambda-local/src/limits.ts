/**
 * Every AWS Lambda number lambda-local enforces, read in one place.
 *
 * The values belong to `@lambda-dojo/lambda-facts` (one fact, one source, one
 * as-of date). Until that package exports them, they are declared here once;
 * nothing else in lambda-local may repeat a Lambda number.
 */
const MB = 1024 * 1024;

export const limits = {
  /** Default function timeout, seconds. */
  defaultTimeoutSeconds: 3,
  /** Longest function timeout, seconds. */
  maxTimeoutSeconds: 900,
  /** Default function memory, MB. */
  defaultMemoryMb: 128,
  minMemoryMb: 128,
  maxMemoryMb: 10_240,
  /** Synchronous invoke payload (request and response), bytes. */
  syncPayloadBytes: 6 * MB,
  /** Asynchronous (Event) invoke payload, bytes. */
  asyncPayloadBytes: 1 * MB,
  /** Bytes of log returned base64 in `X-Amz-Log-Result`. */
  logTailBytes: 4 * 1024,
  /** All environment variables of a function together, bytes. */
  environmentVariablesBytes: 4 * 1024,
  /** Zipped deployment package for direct upload, bytes. */
  zippedCodeBytes: 50 * MB,
  /** Retries of a failed asynchronous invocation. */
  eventRetryAttempts: 2,
  /** Delay before each retry of a failed asynchronous invocation, ms (1 and 2 minutes). */
  eventRetryDelaysMs: [60_000, 120_000] as readonly number[],
  /** Default /tmp size, MB. */
  defaultEphemeralStorageMb: 512,
  /** INIT phase time limit for on-demand functions, ms. */
  initTimeoutMs: 10_000,
} as const;
