import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  InvalidParameterValueError,
  InvalidRequestContentError,
  RequestTooLargeError,
  ResourceConflictError,
} from './errors.ts';
import { parseFunctionRef } from './function-name.ts';
import { stateOf } from './function-registry.ts';
import { functionArn } from './function-view.ts';
import { readBody } from './http-io.ts';
import { limits } from './limits.ts';
import { logTail } from './log-lines.ts';
import type { ServiceContext } from './service-context.ts';

const INVOCATION_TYPES = ['RequestResponse', 'Event', 'DryRun'];

/** POST /2015-03-31/functions/{name}/invocations */
export async function handleInvoke(
  ctx: ServiceContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  rawName: string,
): Promise<void> {
  const type = headerOf(req, 'x-amz-invocation-type') ?? 'RequestResponse';
  if (!INVOCATION_TYPES.includes(type)) {
    throw new InvalidParameterValueError(
      `1 validation error detected: Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`,
    );
  }
  const maxBytes = type === 'Event' ? limits.asyncPayloadBytes : limits.syncPayloadBytes;
  const payload = await readBody(
    req,
    maxBytes,
    () =>
      new RequestTooLargeError(
        `Request must be smaller than ${maxBytes} bytes for the InvokeFunction operation`,
      ),
  );
  const ref = parseFunctionRef(
    rawName,
    url.searchParams.get('Qualifier') ?? undefined,
    ctx.accountId,
  );
  const invokedArn = functionArn(ctx, ref.name, ref.qualifier);
  const version = ctx.registry.resolve(ref.name, ref.qualifier, invokedArn);
  const state = stateOf(version);
  if (state !== 'Active') {
    throw new ResourceConflictError(
      `The operation cannot be performed at this time. The function is currently in the following state: ${state}`,
    );
  }
  const event = payload.length > 0 ? payload : Buffer.from('{}');
  try {
    JSON.parse(event.toString('utf8'));
  } catch (cause) {
    throw new InvalidRequestContentError(
      'Could not parse request body into json: the payload is not valid JSON.',
      { cause },
    );
  }
  const requestId = randomUUID();
  const common = { 'x-amzn-requestid': requestId, 'x-amz-executed-version': version.version };
  if (type === 'DryRun') {
    res.writeHead(204, common).end();
    return;
  }
  const request = {
    requestId,
    payload: event,
    invokedArn,
    clientContext: clientContextOf(req),
  };
  if (type === 'Event') {
    ctx.events.enqueue(version, request);
    res.writeHead(202, { ...common, 'content-length': 0 }).end();
    return;
  }
  const result = await ctx.pool.invoke(version, request);
  const headers: Record<string, string | number> = {
    ...common,
    'content-type': 'application/json',
    'content-length': result.payload.length,
  };
  if (result.functionError) headers['x-amz-function-error'] = result.functionError;
  if (headerOf(req, 'x-amz-log-type') === 'Tail') headers['x-amz-log-result'] = logTail(result.log);
  res.writeHead(200, headers);
  res.end(result.payload);
}

function clientContextOf(req: IncomingMessage): string | undefined {
  const value = headerOf(req, 'x-amz-client-context');
  if (!value) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  try {
    JSON.parse(decoded);
  } catch (cause) {
    throw new InvalidRequestContentError(
      'Client context must be a valid Base64-encoded JSON object.',
      { cause },
    );
  }
  return decoded;
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
