import {
  asyncRetryDelaysMs,
  limits as facts,
  logTailBytes,
  toBytes,
} from '@lambda-dojo/lambda-facts';

/**
 * Every AWS Lambda number lambda-local enforces, read from
 * `@lambda-dojo/lambda-facts` in this one module, and below them the bounds
 * lambda-local sets itself to stay safe on a learner's machine (not AWS facts).
 */
export const limits = {
  defaultTimeoutSeconds: facts.timeout.default.value,
  maxTimeoutSeconds: facts.timeout.max.value,
  defaultMemoryMb: facts.memory.default.value,
  minMemoryMb: facts.memory.min.value,
  maxMemoryMb: facts.memory.max.value,
  /** Synchronous invoke request and response, bytes. */
  syncPayloadBytes: toBytes(facts.payload.synchronousRequest),
  syncResponseBytes: toBytes(facts.payload.synchronousResponse),
  /** Asynchronous (Event) invoke payload, bytes. */
  asyncPayloadBytes: toBytes(facts.payload.asynchronous),
  /** All environment variables of a function together, bytes. */
  environmentVariablesBytes: toBytes(facts.environmentVariables.totalSize),
  /** Zipped deployment package for direct upload, bytes. */
  zippedCodeBytes: toBytes(facts.deployment.zippedDirectUpload),
  defaultEphemeralStorageMb: facts.ephemeralStorage.default.value,
  /** INIT phase time limit for on-demand functions, ms. */
  initTimeoutMs: facts.timeout.initPhaseMax.value * 1000,
  /** Unzipped code and layers together, bytes (AWS: "Unzipped size must be smaller than 262144000 bytes"). */
  unzippedCodeBytes: toBytes(facts.deployment.unzippedWithLayers),
  /** Code storage of a Region, bytes (GetAccountSettings' TotalCodeSize). */
  codeStorageBytes: toBytes(facts.deployment.codeStoragePerRegion),
  /** Bytes of log returned base64 in `X-Amz-Log-Result`. */
  logTailBytes: logTailBytes(),
  /** Delays before the retries of a failed asynchronous invocation. */
  eventRetryDelaysMs: asyncRetryDelaysMs() as readonly number[],

  // lambda-local's own bounds, not AWS facts.
  /** Entries a zip may list (the most a zip without Zip64 can hold). */
  maxZipEntries: 65_535,
  /** Log kept per invocation in memory (head and tail); the rest is counted and left out. */
  maxLogBytesPerInvocation: 1024 * 1024,
  /** Log events kept for the CloudWatch Logs API, all functions together (oldest dropped first). */
  maxLogStoreBytes: 32 * 1024 * 1024,
  /** One log event at most; a longer line is cut into several events. */
  maxLogEventBytes: 256 * 1024,
  /** Event invocations waiting in the queue, and their payload bytes together. */
  maxQueuedEvents: 1_000,
  maxQueuedEventBytes: 64 * 1024 * 1024,
};
