import { limits } from './limits.ts';

/** Measurements of one invocation, as its REPORT line shows them. */
export interface ReportFigures {
  requestId: string;
  durationMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number;
  /** Set on a cold start only. */
  initDurationMs?: number;
  /** `timeout`, `error` … when the environment failed; absent on success. */
  status?: string;
  errorType?: string;
}

export function startLine(requestId: string, version: string): string {
  return `START RequestId: ${requestId} Version: ${version}\n`;
}

export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}\n`;
}

/** The REPORT line, in the layout CloudWatch Logs shows for Lambda. */
export function reportLine(f: ReportFigures): string {
  const billed = Math.ceil(f.durationMs + (f.initDurationMs ?? 0));
  let line = `REPORT RequestId: ${f.requestId}\tDuration: ${f.durationMs.toFixed(2)} ms\tBilled Duration: ${billed} ms\tMemory Size: ${f.memorySizeMb} MB\tMax Memory Used: ${f.maxMemoryUsedMb} MB\t`;
  if (f.initDurationMs !== undefined) line += `Init Duration: ${f.initDurationMs.toFixed(2)} ms\t`;
  if (f.status) line += `Status: ${f.status}\t`;
  if (f.errorType) line += `Error Type: ${f.errorType}\t`;
  return `${line}\n`;
}

export function timeoutLine(requestId: string, timeoutSeconds: number): string {
  return `${new Date().toISOString()} ${requestId} Task timed out after ${timeoutSeconds.toFixed(2)} seconds\n`;
}

/** The last bytes of a log (the `X-Amz-Log-Result` header), base64. */
export function logTail(log: string): string {
  const bytes = Buffer.from(log, 'utf8');
  return bytes.subarray(Math.max(0, bytes.length - limits.logTailBytes)).toString('base64');
}
