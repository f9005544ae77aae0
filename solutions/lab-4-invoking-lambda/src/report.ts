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
  // Solution: LogResult is base64; the text inside is UTF-8.
  if (!logResult) return '';
  return Buffer.from(logResult, 'base64').toString('utf8');
}

/** Finds the REPORT line in a log text and reads its figures; `undefined` when there is none. */
export function parseReportLine(log: string): ReportLine | undefined {
  // Solution: the REPORT line is one line of tab-separated "Name: value unit" fields.
  const line = log.split('\n').find((l) => l.startsWith('REPORT RequestId:'));
  if (!line) return undefined;
  const fields = new Map<string, string>();
  for (const part of line.slice('REPORT '.length).split('\t')) {
    const colon = part.indexOf(': ');
    if (colon > 0) fields.set(part.slice(0, colon).trim(), part.slice(colon + 2).trim());
  }
  // "12.34 ms" or "128 MB": the number before the unit.
  const field = (name: string): number | undefined => {
    const value = fields.get(name);
    return value === undefined ? undefined : Number.parseFloat(value);
  };
  const report: ReportLine = {
    requestId: fields.get('RequestId') ?? '',
    durationMs: field('Duration') ?? Number.NaN,
    billedDurationMs: field('Billed Duration') ?? Number.NaN,
    memorySizeMb: field('Memory Size') ?? Number.NaN,
    maxMemoryUsedMb: field('Max Memory Used') ?? Number.NaN,
  };
  // Solution: Init Duration appears only when this invocation started a new environment.
  const init = field('Init Duration');
  if (init !== undefined) report.initDurationMs = init;
  return report;
}
