/** The figures of a REPORT line, in milliseconds and megabytes. */
export interface ReportLine {
  requestId: string;
  durationMs: number;
  billedDurationMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number;
  /** Only on a cold start: the time the INIT phase took. */
  initDurationMs?: number;
}

/** Decodes `LogResult` of an invocation with `LogType: 'Tail'` (base64) into text. */
export function decodeLogTail(logResult: string | undefined): string {
  // TODO: LogResult is base64. Decode it to UTF-8 text (Buffer.from(..., 'base64')).
  //       No LogResult means an empty string.
  return logResult ?? '';
}

/** Finds the REPORT line in a log text and reads its figures; `undefined` when there is none. */
export function parseReportLine(log: string): ReportLine | undefined {
  // TODO: find the line that starts with "REPORT RequestId:". Its fields are separated by
  //       tabs, each "Name: value unit", e.g. "Billed Duration: 2 ms" or "Memory Size: 128 MB".
  // TODO: fill in a ReportLine; add initDurationMs only when the line has "Init Duration".
  //       Return undefined when there is no REPORT line.
  return undefined;
}
