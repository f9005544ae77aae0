// What the function wrote to its log, read the way CloudWatch would get it. On the mock target
// the handler runs in this process: Powertools writes straight to process.stdout and
// process.stderr (not through console.*), so both are listened to during the call. On local
// the lines come from the function's log group, through lambda-local's CloudWatch Logs API.

import type { HandlerInvoker, Invocation } from '@lambda-dojo/check-kit';
import { invocationLines, requestIdOf } from './cloudwatch-logs.ts';

const PLATFORM = /^(START|END|REPORT|INIT_START|INIT_REPORT|EXTENSION|TELEMETRY) /;
/** A console.* line of the Node.js runtime: time, request id, level, message. */
const CONSOLE_LINE = /^\d{4}-\d\d-\d\dT[\d:.]+Z\t[^\t]*\t(?:INFO|WARN|ERROR|DEBUG|TRACE)\t/;

export interface LogRecords {
  /** Lines that are JSON objects: structured logs and EMF metrics. */
  json: Record<string, unknown>[];
  /** Lines that are not: plain-text logs, which no query can pick apart. */
  text: string[];
}

export interface Delivery {
  invocation: Invocation;
  records: LogRecords;
}

function parse(lines: string[]): LogRecords {
  const records: LogRecords = { json: [], text: [] };
  for (const raw of lines) {
    const line = raw.replace(CONSOLE_LINE, '').trim();
    if (line === '' || PLATFORM.test(raw)) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        records.json.push(value as Record<string, unknown>);
        continue;
      }
    } catch {
      // not JSON: a plain-text line
    }
    records.text.push(line);
  }
  return records;
}

/** Invokes the function and reads what it wrote to its log. */
export async function invokeAndRead(invoke: HandlerInvoker, event: unknown): Promise<Delivery> {
  if (invoke.target !== 'mock') {
    const invocation = await invoke(event);
    const requestId = requestIdOf(invocation.log);
    if (!requestId || !invoke.functionName) {
      throw new Error(`No request id in the log tail of the invocation:\n${invocation.log}`);
    }
    const lines = await invocationLines(invoke.functionName, requestId);
    return { invocation, records: parse(lines) };
  }
  const written: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write);
  streams.forEach((stream, i) => {
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      written.push(...String(chunk).split('\n'));
      return (originals[i] as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
  });
  let invocation: Invocation;
  try {
    invocation = await invoke(event);
  } finally {
    streams.forEach((stream, i) => {
      stream.write = originals[i] as typeof stream.write;
    });
  }
  return {
    invocation,
    records: parse([...written, ...invocation.output.flatMap((o) => o.split('\n'))]),
  };
}

/** The EMF objects among the records (the `_aws` key with CloudWatchMetrics). */
export function emfBlobs(records: LogRecords): Record<string, unknown>[] {
  return records.json.filter((r) => {
    const aws = r._aws as { CloudWatchMetrics?: unknown } | undefined;
    return Array.isArray(aws?.CloudWatchMetrics);
  });
}

/** The metrics a set of EMF objects declares, with their value, unit, namespace and dimensions. */
export function metricsIn(records: LogRecords) {
  return emfBlobs(records).flatMap((blob) => {
    const directives = (blob._aws as { CloudWatchMetrics: unknown[] }).CloudWatchMetrics as {
      Namespace?: string;
      Dimensions?: string[][];
      Metrics?: { Name?: string; Unit?: string }[];
    }[];
    return directives.flatMap((d) =>
      (d.Metrics ?? []).map((m) => ({
        name: m.Name,
        unit: m.Unit,
        value: blob[m.Name ?? ''],
        namespace: d.Namespace,
        dimensions: Object.fromEntries((d.Dimensions ?? []).flat().map((key) => [key, blob[key]])),
      })),
    );
  });
}
