// The HTTP API door (payload format 2.0): the image is the request body, options are query
// parameters, and the answer is the image itself (isBase64Encoded: true) or JSON.

import { decodeBase64, type Limits, type Locale } from '@lambda-dojo/image-core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type Operation, type OperationResult, runOperation } from './operations.ts';

export type HttpResult = APIGatewayProxyStructuredResultV2;

/** Each route and the operation behind it. */
export const ROUTES: Readonly<Record<string, { method: string; operation: Operation }>> = {
  '/ping': { method: 'GET', operation: 'ping' },
  '/sample': { method: 'GET', operation: 'getSample' },
  '/dimensions': { method: 'POST', operation: 'getDimensions' },
  '/identify': { method: 'POST', operation: 'identify' },
  '/resize': { method: 'POST', operation: 'resize' },
  '/thumbnail': { method: 'POST', operation: 'thumbnail' },
  '/convert': { method: 'POST', operation: 'convert' },
};

/** Query parameters every image route reads; convert's edits are the other ones. */
export const COMMON_PARAMETERS = ['format', 'width', 'height', 'quality', 'withoutEnlargement'];

/** Korean when the client prefers it (Accept-Language: ko...), English otherwise. */
export const localeOf = (event: APIGatewayProxyEventV2): Locale =>
  /^\s*ko\b/i.test(event.headers?.['accept-language'] ?? '') ? 'ko' : 'en';

const json = (statusCode: number, value: unknown, headers: Record<string, string> = {}) => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(value),
});

/** A JSON error: { "error": message, "code": CODE }. */
export const errorResponse = (
  statusCode: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): HttpResult => json(statusCode, { error: message, code }, headers);

/** "true"/"false" become booleans and numbers numbers; image-core checks the rest. */
export const queryValue = (text: string): unknown => {
  // TODO: query values are always strings, but image-core wants width: 100, not "100", and
  //       grayscale: true, not "true". Turn "true"/"false" into booleans and numbers into
  //       numbers; leave any other text as it is (image-core will say what is wrong with it).
  return text;
};

/** The path without the stage name a named stage puts in front of it. */
const routePath = (event: APIGatewayProxyEventV2): string => {
  const stage = event.requestContext?.stage;
  const path = event.rawPath ?? '/';
  if (stage && stage !== '$default' && path.startsWith(`/${stage}/`)) {
    return path.slice(stage.length + 1);
  }
  return path;
};

/** The body as bytes: API Gateway base64-encodes binary bodies (isBase64Encoded). */
export const bodyBytes = (event: APIGatewayProxyEventV2): Buffer | undefined => {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  return event.isBase64Encoded ? decodeBase64(event.body, 'body') : Buffer.from(event.body, 'utf8');
};

const toResponse = (result: OperationResult): HttpResult => {
  switch (result.kind) {
    case 'text':
      return {
        statusCode: 200,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: result.text,
      };
    case 'info':
      return json(200, result.info);
    case 'image':
      // TODO: bytes cannot travel as UTF-8 text. Send them base64-encoded with
      //       isBase64Encoded: true, and the image's own MIME type (result.image.mimeType) as
      //       content-type. Add vary: accept, since the format may follow the Accept header.
      return {
        statusCode: 200,
        headers: { 'content-type': 'application/octet-stream' },
        body: result.image.data.toString('utf8'),
      };
  }
};

/** An error as a JSON response; anything unexpected is a 500 that shows no internals. */
export const httpError = (error: unknown, locale: Locale): HttpResult => {
  // TODO: an image-core error (isImageCoreError) answers with httpStatusFor(error.code), its code
  //       and error.messageIn(locale); our own errors (isServiceError, './errors.ts') with 400.
  //       Log anything else with console.error and answer 500 without its details.
  console.error(error);
  return errorResponse(
    500,
    'INTERNAL_ERROR',
    locale === 'ko' ? '서버 오류가 났어요' : 'Internal server error',
  );
};

export async function handleHttp(
  event: APIGatewayProxyEventV2,
  limits: Partial<Limits>,
): Promise<HttpResult> {
  const locale = localeOf(event);
  // TODO: every failure must become a JSON answer (httpError), never a thrown error: over HTTP
  //       a function error reaches the client as a bare 500.
  const path = routePath(event);
  const route = ROUTES[path];
  if (!route) {
    const en = `No route for ${path}. Routes: ${Object.keys(ROUTES).join(', ')}`;
    const ko = `${path} 경로는 없어요. 있는 경로: ${Object.keys(ROUTES).join(', ')}`;
    return errorResponse(404, 'NOT_FOUND', locale === 'ko' ? ko : en);
  }
  const method = event.requestContext?.http?.method ?? 'GET';
  if (method !== route.method) {
    const en = `${path} accepts ${route.method}, not ${method}`;
    const ko = `${path} 경로는 ${route.method} 요청만 받아요(받은 요청: ${method})`;
    return errorResponse(405, 'METHOD_NOT_ALLOWED', locale === 'ko' ? ko : en, {
      allow: route.method,
    });
  }

  // TODO: read the query with queryValue(). Parameters outside COMMON_PARAMETERS are convert's
  //       edits; for any other route they are an InvalidRequestError (400).
  const query = event.queryStringParameters ?? {};

  // TODO: a POST without a body is an InvalidRequestError: "Invalid <operation> request: send
  //       the image as the request body".
  const image = route.method === 'POST' ? bodyBytes(event) : undefined;

  // TODO: with no format in the query, answer WebP when the client accepts it:
  //       formatForAccept(event.headers.accept, sniffFormat(image) ?? 'png') (both from
  //       image-core); getDimensions needs no format.
  const result = await runOperation({
    operation: route.operation,
    image,
    format: query.format,
    width: query.width,
    height: query.height,
    limits,
  });
  return toResponse(result);
}
