import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestTooLargeError } from './errors.ts';
import { readBody, sendJson } from './http-io.ts';
import { limits } from './limits.ts';
import { assertNotFromBrowser } from './request-guard.ts';

/** What an invocation ended with, as the runtime reported it. */
export type Outcome =
  | { kind: 'response'; payload: Buffer }
  | { kind: 'error'; payload: Buffer; errorType: string }
  | { kind: 'failure'; errorType: string; message: string; status: string; logLine: string };

/** The execution environment a Runtime API listener serves. */
export interface RuntimeApiTarget {
  /** GET /next: hold `res` until an invocation arrives. */
  onNext(res: ServerResponse): void;
  /** POST /response or /error; false if `requestId` is not the invocation in progress. */
  onResult(requestId: string, outcome: Outcome): Promise<boolean>;
  /** POST /init/error. */
  onInitError(payload: Buffer, errorType: string): Promise<void>;
}

const BASE = '/2018-06-01/runtime';
const NEXT = `${BASE}/invocation/next`;
const INIT_ERROR = `${BASE}/init/error`;
const RESULT = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/;

/**
 * The Lambda Runtime API of one execution environment, as AWS documents it:
 * any process of the environment may call it at `AWS_LAMBDA_RUNTIME_API`
 * (the RIC, a bash bootstrap with curl, lambda-local's own Node runtime), with
 * no header beyond the documented ones. Each environment has its own listener,
 * so the address alone says which environment calls.
 */
export function runtimeApiHandler(
  target: RuntimeApiTarget,
  hosts: () => readonly string[],
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    try {
      assertNotFromBrowser(req, hosts());
    } catch (error) {
      req.resume();
      return runtimeError(res, 403, 'AccessDenied', (error as Error).message);
    }
    handle(target, req, res).catch((error: unknown) =>
      runtimeError(res, 500, 'ServiceException', String(error)),
    );
  };
}

async function handle(
  target: RuntimeApiTarget,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = (req.url ?? '').split('?')[0] ?? '';
  if (req.method === 'GET' && path === NEXT) {
    req.resume();
    target.onNext(res);
    return;
  }
  const match = req.method === 'POST' ? RESULT.exec(path) : null;
  const isInitError = req.method === 'POST' && path === INIT_ERROR;
  if (!match && !isInitError) {
    req.resume();
    return runtimeError(res, 404, 'NotFound', `No route for ${req.method} ${path}`);
  }
  const body = await readBody(
    req,
    limits.syncResponseBytes,
    () => new RequestTooLargeError('too large'),
  ).catch((error: unknown) => error as Error);
  const requestId = match ? safeDecode(match[1] ?? '') : '';
  if (body instanceof Error) {
    if (match) {
      const errorMessage = `Response payload size exceeded maximum allowed payload size (${limits.syncResponseBytes} bytes).`;
      await target.onResult(requestId, {
        kind: 'error',
        payload: Buffer.from(
          JSON.stringify({ errorType: 'Function.ResponseSizeTooLarge', errorMessage }),
        ),
        errorType: 'Function.ResponseSizeTooLarge',
      });
    }
    return runtimeError(res, 413, 'RequestEntityTooLarge', 'Payload too large.');
  }
  if (isInitError) {
    await target.onInitError(normaliseError(body), errorTypeOf(req, body));
    return sendJson(res, 202, { status: 'OK' });
  }
  const outcome: Outcome =
    match?.[2] === 'response'
      ? { kind: 'response', payload: body }
      : { kind: 'error', payload: normaliseError(body), errorType: errorTypeOf(req, body) };
  if (!(await target.onResult(requestId, outcome))) {
    return runtimeError(res, 400, 'InvalidRequestID', `Invalid request ID: ${requestId}`);
  }
  // The caller's answer is written first (it goes out in the microtasks of onResult's
  // settling); the runtime's 202 after it. Each write wakes another process, which
  // costs a few hundred microseconds here, and only the caller is waiting.
  setImmediate(() => sendJson(res, 202, { status: 'OK' }));
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function errorTypeOf(req: IncomingMessage, body: Buffer): string {
  const fromHeader = header(req, 'lambda-runtime-function-error-type');
  if (fromHeader) return fromHeader;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errorType?: unknown };
    return typeof parsed.errorType === 'string' ? parsed.errorType : 'Unhandled';
  } catch {
    return 'Unhandled';
  }
}

function normaliseError(body: Buffer): Buffer {
  try {
    JSON.parse(body.toString('utf8'));
    return body;
  } catch {
    return Buffer.from(
      JSON.stringify({ errorType: 'Unhandled', errorMessage: body.toString('utf8') }),
    );
  }
}

function runtimeError(
  res: ServerResponse,
  status: number,
  errorType: string,
  errorMessage: string,
): void {
  if (res.headersSent) return;
  sendJson(res, status, { errorType, errorMessage });
}
