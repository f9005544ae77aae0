import { toBytes } from './helpers.ts';
import { limits } from './limits.ts';
import { pricing } from './pricing.ts';
import { nodejsLoggingPage } from './sources.ts';
import type { Source } from './types.ts';

/**
 * The rules Lambda applies to every invocation, written once for the course's
 * three Lambdas (lambda-local, the grader's simulator, the site's playground).
 * Each reads its numbers from the facts above.
 */

/**
 * The billed duration of one invocation, in ms: its duration, plus INIT on a
 * cold start (billed for on-demand zip functions since
 * `pricing.billing.initBilledSince`), rounded up to the billing granularity
 * (`pricing.billing.granularity`: 1 ms; 100 ms in 2018), and never less than
 * one step. Pass `initDurationMs` only when INIT is billed.
 */
export function billedDurationMs(
  durationMs: number,
  initDurationMs = 0,
  granularityMs: number = pricing.billing.granularity.value,
): number {
  const total = durationMs + initDurationMs;
  return Math.max(granularityMs, Math.ceil(total / granularityMs) * granularityMs);
}

/** What a REPORT line shows of one invocation. */
export interface ReportFields {
  requestId: string;
  durationMs: number;
  memorySizeMb: number;
  /** Left out where it cannot be measured (the browser playground). */
  maxMemoryUsedMb?: number;
  /** Only on a cold start; counted in Billed Duration. */
  initDurationMs?: number;
  /** `timeout` or `error` when the environment failed the invocation. */
  status?: string;
  /** With `status`: the error, such as `Runtime.ExitError`. */
  errorType?: string;
}

/** Where the REPORT line's layout is documented (an example in the Node.js logging guide). */
export const reportLineSource: Source = nodejsLoggingPage;

/**
 * The REPORT line as Lambda writes it to CloudWatch Logs, fields separated
 * and ended by a tab (without the line's newline):
 * `REPORT RequestId: <id>\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 67 MB\t`
 * then `Init Duration: … ms\t` on a cold start and `Status: …\tError Type: …\t` on a failure.
 */
export function reportLine(f: ReportFields): string {
  const fields = [
    `REPORT RequestId: ${f.requestId}`,
    `Duration: ${f.durationMs.toFixed(2)} ms`,
    `Billed Duration: ${billedDurationMs(f.durationMs, f.initDurationMs)} ms`,
    `Memory Size: ${f.memorySizeMb} MB`,
  ];
  if (f.maxMemoryUsedMb !== undefined) fields.push(`Max Memory Used: ${f.maxMemoryUsedMb} MB`);
  if (f.initDurationMs !== undefined) {
    fields.push(`Init Duration: ${f.initDurationMs.toFixed(2)} ms`);
  }
  if (f.status) fields.push(`Status: ${f.status}`);
  if (f.errorType) fields.push(`Error Type: ${f.errorType}`);
  return `${fields.join('\t')}\t`;
}

/** Bytes of the execution log a synchronous Invoke returns with `LogType: Tail` (`limits.invoke.logTail`). */
export function logTailBytes(): number {
  return toBytes(limits.invoke.logTail);
}

/** The `X-Amz-Log-Result` of an invocation: the last `logTailBytes()` of its log, base64. */
export function logTail(log: string): string {
  // TextEncoder and btoa, not Buffer: the site's playground runs this in the browser.
  const bytes = new TextEncoder().encode(log);
  let binary = '';
  for (const byte of bytes.subarray(Math.max(0, bytes.length - logTailBytes()))) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

/**
 * The delays before the retries of a failed asynchronous invocation, in ms
 * (`limits.asyncInvocation`: 1 minute, then 2 minutes; two retries by default).
 */
export function asyncRetryDelaysMs(): number[] {
  const a = limits.asyncInvocation;
  return [a.firstRetryDelay.value * 1000, a.secondRetryDelay.value * 1000].slice(
    0,
    a.retryAttempts.value,
  );
}
