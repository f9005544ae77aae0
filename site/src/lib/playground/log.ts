import { reportLine as factsReportLine } from '@lambda-dojo/lambda-facts';

/** Log lines in the shape the Lambda Node.js runtime writes them to CloudWatch Logs. */

export type LogLevel = 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE';

/** `2026-11-27T12:00:00.000Z\t<request id>\tINFO\tmessage`; during INIT the request id is `undefined`. */
export function consoleLine(
  time: Date,
  requestId: string | undefined,
  level: LogLevel,
  message: string,
): string {
  return `${time.toISOString()}\t${requestId ?? 'undefined'}\t${level}\t${message}`;
}

export function startLine(requestId: string): string {
  return `START RequestId: ${requestId} Version: $LATEST`;
}

export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}`;
}

export interface ReportFields {
  requestId: string;
  durationMs: number;
  memoryMb: number;
  /** Only on a cold start. */
  initMs?: number;
  /** 'timeout' or 'error' when the invocation did not succeed. */
  status?: 'timeout' | 'error';
}

/**
 * `REPORT RequestId: …\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tInit Duration: 5.67 ms`,
 * laid out and billed by lambda-facts' `reportLine`. Lambda also reports Max Memory Used; a
 * browser cannot measure it, so the playground leaves it out. The line's last tab is left out
 * too: it cannot be seen on the page.
 */
export function reportLine(f: ReportFields): string {
  return factsReportLine({
    requestId: f.requestId,
    durationMs: f.durationMs,
    memorySizeMb: f.memoryMb,
    initDurationMs: f.initMs,
    status: f.status,
  }).trimEnd();
}

/** What Lambda logs and returns when a function runs past its timeout. */
export function timeoutMessage(requestId: string, timeoutMs: number): string {
  return `RequestId: ${requestId} Error: Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`;
}

/** Formats console arguments roughly like Node's util.format: strings as they are, the rest as JSON. */
export function formatArgs(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a instanceof Error) return a.stack ?? `${a.name}: ${a.message}`;
      if (a === undefined) return 'undefined';
      if (typeof a === 'function') return `[Function: ${a.name || 'anonymous'}]`;
      if (typeof a === 'bigint') return `${a}n`;
      try {
        return JSON.stringify(a, null, 2) ?? String(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}
