import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  LambdaApiError,
  LogsInvalidParameterError,
  LogsResourceNotFoundError,
  RequestTooLargeError,
  UnsupportedMediaTypeError,
} from '../errors.ts';
import type { ArnScope } from '../function-view.ts';
import { readBody } from '../http-io.ts';
import { parseFilterPattern } from './filter-pattern.ts';
import type { LogEvent, LogGroup, LogStore, LogStream } from './log-store.ts';

/** The `X-Amz-Target` prefix of the CloudWatch Logs API (JSON 1.1). */
export const LOGS_TARGET_PREFIX = 'Logs_20140328.';
const CONTENT_TYPE = 'application/x-amz-json-1.1';
/** What one GetLogEvents or FilterLogEvents answer holds at most (CloudWatch Logs: 10,000 events, 1 MB). */
const MAX_EVENTS = 10_000;
const MAX_RESPONSE_BYTES = 1024 * 1024;
const DESCRIBE_LIMIT = 50;

type Params = Record<string, unknown>;
type Operation = (store: LogStore, scope: ArnScope, params: Params) => unknown;

const OPERATIONS: Record<string, Operation> = {
  DescribeLogGroups: describeLogGroups,
  DescribeLogStreams: describeLogStreams,
  GetLogEvents: getLogEvents,
  FilterLogEvents: filterLogEvents,
};

/** True if the request is a CloudWatch Logs call (`X-Amz-Target: Logs_20140328.*`). */
export function isLogsRequest(req: IncomingMessage): boolean {
  const target = req.headers['x-amz-target'];
  return typeof target === 'string' && target.startsWith(LOGS_TARGET_PREFIX);
}

/** POST / with `X-Amz-Target: Logs_20140328.<Operation>` and a JSON 1.1 body. */
export async function handleLogs(
  store: LogStore,
  scope: ArnScope,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== CONTENT_TYPE) {
    throw new UnsupportedMediaTypeError(
      `Expected Content-Type ${CONTENT_TYPE} for CloudWatch Logs but received ${type || '(none)'}.`,
    );
  }
  const name = String(req.headers['x-amz-target']).slice(LOGS_TARGET_PREFIX.length);
  const body = await readBody(
    req,
    MAX_RESPONSE_BYTES,
    () => new RequestTooLargeError('Request body too large.'),
  );
  const operation = OPERATIONS[name];
  if (!operation) {
    throw new LambdaApiError(
      'UnknownOperationException',
      400,
      `lambda-local serves DescribeLogGroups, DescribeLogStreams, GetLogEvents and FilterLogEvents of CloudWatch Logs, not ${name}.`,
    );
  }
  let params: unknown;
  try {
    params = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch (cause) {
    throw new LambdaApiError('SerializationException', 400, 'The request body is not JSON.', {
      cause,
    });
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new LambdaApiError(
      'SerializationException',
      400,
      'The request body is not a JSON object.',
    );
  }
  sendLogsJson(res, 200, operation(store, scope, params as Params));
}

/** CloudWatch Logs' error shape: 400 and `{"__type": ..., "message": ...}`. */
export function sendLogsError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const known = error instanceof LambdaApiError;
  const type = known ? error.type : 'ServiceUnavailableException';
  const status = known ? error.status : 500;
  const message = known ? error.message : `lambda-local failed: ${String(error)}`;
  sendLogsJson(res, status, { __type: type, message }, { 'x-amzn-errortype': type });
}

function sendLogsJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': CONTENT_TYPE,
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': crypto.randomUUID(),
    ...headers,
  });
  res.end(text);
}

// Operations ----------------------------------------------------------------

function describeLogGroups(store: LogStore, scope: ArnScope, p: Params): unknown {
  const prefix = optionalString(p, 'logGroupNamePrefix');
  const pattern = optionalString(p, 'logGroupNamePattern');
  if (prefix !== undefined && pattern !== undefined) {
    throw new LogsInvalidParameterError(
      'LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.',
    );
  }
  const limit = optionalLimit(p, 'limit', DESCRIBE_LIMIT, DESCRIBE_LIMIT);
  const after = decodeToken<{ after: string }>(p.nextToken)?.after;
  const groups = store.groups
    .filter((g) => prefix === undefined || g.name.startsWith(prefix))
    .filter((g) => pattern === undefined || g.name.toLowerCase().includes(pattern.toLowerCase()))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .filter((g) => after === undefined || g.name > after);
  const page = groups.slice(0, limit);
  const last = page.at(-1);
  return {
    logGroups: page.map((g) => groupView(scope, g)),
    ...(groups.length > limit && last ? { nextToken: encodeToken({ after: last.name }) } : {}),
  };
}

function describeLogStreams(store: LogStore, scope: ArnScope, p: Params): unknown {
  const group = findGroup(store, p);
  const prefix = optionalString(p, 'logStreamNamePrefix');
  const orderBy = optionalString(p, 'orderBy') ?? 'LogStreamName';
  if (orderBy !== 'LogStreamName' && orderBy !== 'LastEventTime') {
    throw new LogsInvalidParameterError(
      `1 validation error detected: Value '${orderBy}' at 'orderBy' failed to satisfy constraint: Member must satisfy enum value set: [LogStreamName, LastEventTime]`,
    );
  }
  if (prefix !== undefined && orderBy === 'LastEventTime') {
    throw new LogsInvalidParameterError(
      'Cannot order by LastEventTime with a logStreamNamePrefix.',
    );
  }
  const descending = p.descending === true;
  const limit = optionalLimit(p, 'limit', DESCRIBE_LIMIT, DESCRIBE_LIMIT);
  const offset = decodeToken<{ offset: number }>(p.nextToken)?.offset ?? 0;
  const key = (s: LogStream): string | number =>
    orderBy === 'LogStreamName' ? s.name : (s.lastEventTimestamp ?? 0);
  const streams = [...group.streams.values()]
    .filter((s) => prefix === undefined || s.name.startsWith(prefix))
    .sort((a, b) => {
      const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
      return descending ? -order : order;
    });
  const page = streams.slice(offset, offset + limit);
  return {
    logStreams: page.map((s) => streamView(scope, group, s)),
    ...(offset + limit < streams.length
      ? { nextToken: encodeToken({ offset: offset + limit }) }
      : {}),
  };
}

function getLogEvents(store: LogStore, _scope: ArnScope, p: Params): unknown {
  const group = findGroup(store, p);
  const streamName = requiredString(p, 'logStreamName');
  const stream = group.streams.get(streamName);
  if (!stream) throw new LogsResourceNotFoundError('The specified log stream does not exist.');
  const limit = optionalLimit(p, 'limit', MAX_EVENTS, MAX_EVENTS);
  const inTime = timeRange(p);
  const token = optionalString(p, 'nextToken');
  const parsed = token === undefined ? undefined : /^([fb])\/(\d{1,56})$/.exec(token);
  if (token !== undefined && !parsed) {
    throw new LogsInvalidParameterError('The specified nextToken is invalid.');
  }
  const at = parsed ? Number(parsed[2]) : undefined;
  const events = store.eventsOf(stream).filter((e) => inTime(e.timestamp));
  let page: LogEvent[];
  if (parsed?.[1] === 'b' || (!parsed && p.startFromHead !== true)) {
    const before = at === undefined ? events : events.filter((e) => e.seq < at);
    page = lastFitting(before, limit);
  } else {
    const from = at === undefined ? events : events.filter((e) => e.seq >= at);
    page = firstFitting(from, limit);
  }
  const first = page[0];
  const last = page.at(-1);
  const end = events.at(-1);
  return {
    events: page.map((e) => ({
      timestamp: e.timestamp,
      message: e.message,
      ingestionTime: e.ingestionTime,
    })),
    nextForwardToken: last
      ? `f/${seqToken(last.seq + 1)}`
      : (token ?? `f/${seqToken(end ? end.seq + 1 : 0)}`),
    nextBackwardToken: first
      ? `b/${seqToken(first.seq)}`
      : (token ?? `b/${seqToken(end ? end.seq + 1 : 0)}`),
  };
}

function filterLogEvents(store: LogStore, _scope: ArnScope, p: Params): unknown {
  const group = findGroup(store, p);
  const names = p.logStreamNames;
  const prefix = optionalString(p, 'logStreamNamePrefix');
  if (names !== undefined && prefix !== undefined) {
    throw new LogsInvalidParameterError(
      'logStreamNames and logStreamNamePrefix are mutually exclusive parameters.',
    );
  }
  if (names !== undefined && (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))) {
    throw new LogsInvalidParameterError('logStreamNames must be a list of strings.');
  }
  const pattern = p.filterPattern;
  if (pattern !== undefined && typeof pattern !== 'string') {
    throw new LogsInvalidParameterError('filterPattern must be a string.');
  }
  const matches = parseFilterPattern(pattern);
  const limit = optionalLimit(p, 'limit', MAX_EVENTS, MAX_EVENTS);
  const inTime = timeRange(p);
  const from = decodeToken<{ from: number }>(p.nextToken)?.from ?? 0;
  const streams = [...group.streams.values()].filter(
    (s) =>
      (names === undefined || (names as string[]).includes(s.name)) &&
      (prefix === undefined || s.name.startsWith(prefix)),
  );
  const found: { stream: LogStream; event: LogEvent }[] = [];
  for (const stream of streams) {
    for (const event of store.eventsOf(stream)) {
      if (event.seq >= from && inTime(event.timestamp) && matches(event.message)) {
        found.push({ stream, event });
      }
    }
  }
  // In order of arrival, which is timestamp order: the next page starts at the next event.
  found.sort((a, b) => a.event.seq - b.event.seq);
  const page = firstFitting(
    found.map((f) => f.event),
    limit,
  );
  const more = found.length > page.length ? found[page.length] : undefined;
  return {
    events: found.slice(0, page.length).map(({ stream, event }) => ({
      logStreamName: stream.name,
      timestamp: event.timestamp,
      message: event.message,
      ingestionTime: event.ingestionTime,
      eventId: seqToken(event.seq),
    })),
    searchedLogStreams: [],
    ...(more ? { nextToken: encodeToken({ from: more.event.seq }) } : {}),
  };
}

// Helpers -------------------------------------------------------------------

function groupView(scope: ArnScope, g: LogGroup): Record<string, unknown> {
  const arn = groupArn(scope, g.name);
  return {
    logGroupName: g.name,
    creationTime: g.creationTime,
    metricFilterCount: 0,
    arn: `${arn}:*`,
    storedBytes: g.storedBytes,
    logGroupClass: 'STANDARD',
    logGroupArn: arn,
  };
}

function streamView(scope: ArnScope, g: LogGroup, s: LogStream): Record<string, unknown> {
  return {
    logStreamName: s.name,
    creationTime: s.creationTime,
    ...(s.firstEventTimestamp === undefined
      ? {}
      : {
          firstEventTimestamp: s.firstEventTimestamp,
          lastEventTimestamp: s.lastEventTimestamp,
          lastIngestionTime: s.lastIngestionTime,
        }),
    arn: `${groupArn(scope, g.name)}:log-stream:${s.name}`,
    // CloudWatch Logs has reported 0 here since June 2019.
    storedBytes: 0,
  };
}

function groupArn(scope: ArnScope, name: string): string {
  return `arn:aws:logs:${scope.region}:${scope.accountId}:log-group:${name}`;
}

/** The group named by `logGroupName` or `logGroupIdentifier` (a name or an ARN). */
function findGroup(store: LogStore, p: Params): LogGroup {
  const name = optionalString(p, 'logGroupName');
  const identifier = optionalString(p, 'logGroupIdentifier');
  if (name !== undefined && identifier !== undefined) {
    throw new LogsInvalidParameterError(
      'LogGroup name and LogGroup ARN are mutually exclusive parameters.',
    );
  }
  const wanted =
    name ?? identifier?.replace(/^arn:[^:]+:logs:[^:]*:[^:]*:log-group:/, '').replace(/:\*$/, '');
  if (wanted === undefined) {
    throw new LogsInvalidParameterError('Should provide either name or ARN of the LogGroup.');
  }
  const group = store.group(wanted);
  if (!group) throw new LogsResourceNotFoundError('The specified log group does not exist.');
  return group;
}

/** `startTime` inclusive, `endTime` exclusive, both in ms since the epoch. */
function timeRange(p: Params): (timestamp: number) => boolean {
  const start = optionalNumber(p, 'startTime');
  const end = optionalNumber(p, 'endTime');
  return (t) => (start === undefined || t >= start) && (end === undefined || t < end);
}

function firstFitting(events: LogEvent[], limit: number): LogEvent[] {
  let bytes = 0;
  let count = 0;
  for (const event of events) {
    bytes += Buffer.byteLength(event.message, 'utf8') + 26;
    if (count >= limit || (count > 0 && bytes > MAX_RESPONSE_BYTES)) break;
    count++;
  }
  return events.slice(0, count);
}

function lastFitting(events: LogEvent[], limit: number): LogEvent[] {
  let bytes = 0;
  let count = 0;
  for (let i = events.length - 1; i >= 0; i--) {
    bytes += Buffer.byteLength((events[i] as LogEvent).message, 'utf8') + 26;
    if (count >= limit || (count > 0 && bytes > MAX_RESPONSE_BYTES)) break;
    count++;
  }
  return events.slice(events.length - count);
}

/** Event ids and GetLogEvents tokens are 56 digits, as CloudWatch Logs' are. */
function seqToken(seq: number): string {
  return String(seq).padStart(56, '0');
}

function encodeToken(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeToken<T>(token: unknown): T | undefined {
  if (token === undefined || token === null) return undefined;
  try {
    const value = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null) return value as T;
  } catch {
    // falls through
  }
  throw new LogsInvalidParameterError('The specified nextToken is invalid.');
}

function optionalString(p: Params, key: string): string | undefined {
  const value = p[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length === 0) {
    throw new LogsInvalidParameterError(`${key} must be a non-empty string.`);
  }
  return value;
}

function requiredString(p: Params, key: string): string {
  const value = optionalString(p, key);
  if (value === undefined) throw new LogsInvalidParameterError(`${key} is required.`);
  return value;
}

function optionalNumber(p: Params, key: string): number | undefined {
  const value = p[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new LogsInvalidParameterError(`${key} must be a number of milliseconds since 1970.`);
  }
  return value;
}

function optionalLimit(p: Params, key: string, max: number, fallback: number): number {
  const value = optionalNumber(p, key);
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new LogsInvalidParameterError(
      `1 validation error detected: Value '${value}' at '${key}' failed to satisfy constraint: Member must have value between 1 and ${max}`,
    );
  }
  return value;
}
