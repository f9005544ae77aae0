import { limits as facts, toBytes } from '@lambda-dojo/lambda-facts';

/**
 * Every AWS Lambda number lambda-local enforces, read from
 * `@lambda-dojo/lambda-facts` in this one module.
 *
 * The last two (log tail, Event retry delays) are not in
 * lambda-facts yet; they are declared here once and nowhere else, and move
 * there when the facts package gains them.
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
  /** Bytes of log returned base64 in `X-Amz-Log-Result` (API reference, Invoke: "last 4 KB"). */
  logTailBytes: 4 * 1024,
  /** Delays before the retries of a failed asynchronous invocation: two retries, 1 then 2 minutes apart. */
  eventRetryDelaysMs: [60_000, 120_000] as readonly number[],
};
