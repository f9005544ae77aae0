// The HTTP API door (payload format 2.0): the image is the request body, options are query
// parameters, and the answer is the image itself (isBase64Encoded: true) or JSON.

import {
  decodeBase64,
  formatForAccept,
  httpStatusFor,
  isImageCoreError,
  type Limits,
  type Locale,
  sniffFormat,
} from '@lambda-dojo/image-core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { InvalidRequestError, isServiceError } from './errors.ts';
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
  // Solution: only exact spellings change; "1e3" or "50px" stay text for image-core to refuse.
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
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
      // Solution: the bytes travel base64-encoded; API Gateway decodes them for the client.
      return {
        statusCode: 200,
        headers: {
          'content-type': result.image.mimeType,
          // The format may follow the Accept header: caches must keep one copy per Accept.
          vary: 'accept',
        },
        body: result.image.data.toString('base64'),
        isBase64Encoded: true,
      };
  }
};

/** An error as a JSON response; anything unexpected is a 500 that shows no internals. */
export const httpError = (error: unknown, locale: Locale): HttpResult => {
  // Solution: image-core's codes map to 400/413/415/422/503 through httpStatusFor.
  if (isImageCoreError(error)) {
    return errorResponse(httpStatusFor(error.code), error.code, error.messageIn(locale));
  }
  if (isServiceError(error)) return errorResponse(400, error.code, error.messageIn(locale));
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
  try {
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

    // Solution: query values become numbers and booleans; the image comes from the body.
    const query = Object.fromEntries(
      Object.entries(event.queryStringParameters ?? {}).map(([k, v]) => [k, queryValue(v ?? '')]),
    );
    const edits = Object.fromEntries(
      Object.entries(query).filter(([key]) => !COMMON_PARAMETERS.includes(key)),
    );
    if (route.operation !== 'convert' && Object.keys(edits).length > 0) {
      const names = Object.keys(edits).join(', ');
      throw new InvalidRequestError({
        en: `Expected only ${COMMON_PARAMETERS.join(', ')} as query parameters for ${path} but received ${names}`,
        ko: `${path}의 쿼리 매개변수는 ${COMMON_PARAMETERS.join(', ')}만 받는데, ${names}도 받았어요`,
      });
    }
    // Solution: a POST without a body is the HTTP form of the original's missing base64Image.
    const image = route.method === 'POST' ? bodyBytes(event) : undefined;
    if (route.method === 'POST' && image === undefined) {
      throw new InvalidRequestError({
        en: `Invalid ${route.operation} request: send the image as the request body`,
        ko: `${route.operation} 요청이 잘못됐어요: 이미지를 요청 본문에 담아 보내세요`,
      });
    }

    // Solution: no format asked for → WebP when the client accepts it, else the input's format.
    let format = query.format === undefined ? undefined : String(query.format);
    if (format === undefined && route.operation !== 'getDimensions') {
      const fallback = (image && sniffFormat(image)) ?? 'png';
      format = formatForAccept(event.headers?.accept, fallback);
    }

    const result = await runOperation({
      operation: route.operation,
      image,
      format,
      width: query.width,
      height: query.height,
      quality: query.quality,
      withoutEnlargement: query.withoutEnlargement,
      edits,
      limits,
    });
    return toResponse(result);
  } catch (error) {
    // Solution: every failure is a JSON answer; the function itself never fails.
    return httpError(error, locale);
  }
}
