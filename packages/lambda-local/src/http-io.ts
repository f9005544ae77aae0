import type { IncomingMessage, ServerResponse } from 'node:http';
import { LambdaApiError, type RequestTooLargeError } from './errors.ts';

/** Reads a request body; past `maxBytes` it drains the rest and throws RequestTooLargeError. */
export function readBody(
  req: IncomingMessage,
  maxBytes: number,
  tooLarge: () => RequestTooLargeError,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': headers['x-amzn-requestid'] ?? crypto.randomUUID(),
    ...headers,
  });
  res.end(text);
}

/** Answers with an AWS error: `x-amzn-ErrorType` header and a `{Type, Message}` body. */
export function sendError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const known = error instanceof LambdaApiError;
  const type = known ? error.type : 'ServiceException';
  const status = known ? error.status : 500;
  const message = known ? error.message : `lambda-local failed: ${String(error)}`;
  const body: Record<string, string> =
    type === 'ValidationException' || type === 'MissingAuthenticationTokenException'
      ? { message }
      : { Type: status >= 500 ? 'Service' : 'User', Message: message };
  if (error instanceof LambdaApiError && error.type === 'TooManyRequestsException') {
    body.Reason = 'ConcurrentInvocationLimitExceeded';
  }
  sendJson(res, status, body, { 'x-amzn-errortype': type });
}
