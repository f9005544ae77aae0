/** What a function error looks like in an Invoke response. */
export interface FunctionErrorPayload {
  errorType: string;
  errorMessage: string;
  trace?: string[];
}

/** The outcome of one invocation, the same shape on every target. */
export interface Invocation {
  /** The handler's result after a JSON round trip (undefined becomes null), or undefined on error. */
  result: unknown;
  /** Set when the handler threw, timed out or crashed (`X-Amz-Function-Error`). */
  error?: FunctionErrorPayload;
  /** What the handler printed with console.*, one entry per call. */
  output: string[];
  /** The raw log text: the handler's lines (mock) or the last 4 KB of the Lambda log (local, aws). */
  log: string;
  durationMs: number;
}

const LOG_LINE = /^\d{4}-\d\d-\d\dT[\d:.]+Z\t[^\t]*\t(INFO|WARN|ERROR|DEBUG|TRACE)\t(.*)$/;
const PLATFORM_LINE = /^(START|END|REPORT|INIT_START|INIT_REPORT|EXTENSION|TELEMETRY) /;

/** The console messages in a Lambda log (the text after `time, request id, level`). */
export function outputOf(log: string): string[] {
  const messages: string[] = [];
  let current: string | undefined;
  for (const line of log.split('\n')) {
    const match = LOG_LINE.exec(line);
    if (match) {
      if (current !== undefined) messages.push(current);
      current = match[2] ?? '';
    } else if (PLATFORM_LINE.test(line) || line === '') {
      if (current !== undefined) messages.push(current);
      current = undefined;
    } else if (current !== undefined) {
      current += `\n${line}`;
    }
  }
  if (current !== undefined) messages.push(current);
  return messages;
}
