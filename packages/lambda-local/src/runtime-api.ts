import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EnvironmentPool } from './environment-pool.ts';
import { RequestTooLargeError } from './errors.ts';
import { readBody, sendJson } from './http-io.ts';
import { limits } from './limits.ts';
import { assertNotFromBrowser } from './request-guard.ts';

const NEXT = '/2018-06-01/runtime/invocation/next';
const INIT_ERROR = '/2018-06-01/runtime/init/error';
const RESULT = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/;

/**
 * The Lambda Runtime API that execution environments call. One listener per
 * service; each environment names itself with the `lambda-local-environment-id`
 * header its bootstrap sends.
 */
export function runtimeApiHandler(
  pool: EnvironmentPool,
  hosts: readonly string[],
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    try {
      assertNotFromBrowser(req, hosts);
    } catch (error) {
      req.resume();
      return runtimeError(res, 403, 'AccessDenied', (error as Error).message);
    }
    handle(pool, req, res).catch((error: unknown) =>
      runtimeError(res, 500, 'ServiceException', String(error)),
    );
  };
}

async function handle(
  pool: EnvironmentPool,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = req.url ?? '';
  const envId = header(req, 'lambda-local-environment-id');
  const logBytes = header(req, 'lambda-local-log-bytes');
  const maxRssKb = Number(header(req, 'lambda-local-max-rss') ?? 0);
  if (req.method === 'GET' && url === NEXT) {
    const env = envId ? pool.environment(envId) : undefined;
    if (!env) return runtimeError(res, 403, 'InvalidEnvironment', 'Unknown execution environment.');
    req.resume();
    env.onNext(res);
    return;
  }
  const body = await readBody(
    req,
    limits.syncPayloadBytes,
    () => new RequestTooLargeError('too large'),
  ).catch((error: unknown) => error as Error);
  if (body instanceof Error) {
    const requestId = RESULT.exec(url)?.[1];
    const env = requestId ? pool.environmentOf(requestId) : undefined;
    if (requestId && env) {
      const message = `Response payload size exceeded maximum allowed payload size (${limits.syncResponseBytes} bytes).`;
      await env.onResult(
        requestId,
        {
          kind: 'error',
          payload: Buffer.from(
            JSON.stringify({ errorType: 'Function.ResponseSizeTooLarge', errorMessage: message }),
          ),
          errorType: 'Function.ResponseSizeTooLarge',
        },
        logBytes,
        maxRssKb,
      );
    }
    return runtimeError(res, 413, 'RequestEntityTooLarge', 'Payload too large.');
  }
  if (req.method === 'POST' && url === INIT_ERROR) {
    const env = envId ? pool.environment(envId) : undefined;
    if (!env) return runtimeError(res, 403, 'InvalidEnvironment', 'Unknown execution environment.');
    await env.onInitError(body, errorTypeOf(req, body), logBytes);
    return sendJson(res, 202, { status: 'OK' });
  }
  const match = req.method === 'POST' ? RESULT.exec(url) : null;
  if (!match) return runtimeError(res, 404, 'NotFound', `No route for ${req.method} ${url}`);
  const requestId = decodeURIComponent(match[1] ?? '');
  const env = pool.environmentOf(requestId);
  const outcome =
    match[2] === 'response'
      ? { kind: 'response' as const, payload: body }
      : {
          kind: 'error' as const,
          payload: normaliseError(body),
          errorType: errorTypeOf(req, body),
        };
  const accepted = env ? await env.onResult(requestId, outcome, logBytes, maxRssKb) : false;
  // The runtime exits after an uncaught exception: no later invocation may go to it.
  if (accepted && header(req, 'lambda-local-exiting')) env?.kill();
  if (!accepted) {
    return runtimeError(res, 400, 'InvalidRequestID', `Invalid request ID: ${requestId}`);
  }
  sendJson(res, 202, { status: 'OK' });
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
