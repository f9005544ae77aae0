import { reportLine as factsReportLine, type ReportFields } from '@lambda-dojo/lambda-facts';

/** Measurements of one invocation, as its REPORT line shows them (lambda-facts' ReportFields). */
export type ReportFigures = ReportFields & { requestId: string; maxMemoryUsedMb: number };

export function startLine(requestId: string, version: string): string {
  return `START RequestId: ${requestId} Version: ${version}\n`;
}

export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}\n`;
}

/** The REPORT line, laid out and billed by lambda-facts' rule, with its newline. */
export function reportLine(f: ReportFigures): string {
  return `${factsReportLine(f)}\n`;
}

export function timeoutLine(requestId: string, timeoutSeconds: number): string {
  return `${new Date().toISOString()} ${requestId} Task timed out after ${timeoutSeconds.toFixed(2)} seconds\n`;
}

/** The last 4 KB of a log (the `X-Amz-Log-Result` header), base64, by lambda-facts' rule. */
export { logTail } from '@lambda-dojo/lambda-facts';
