import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type HttpResult = APIGatewayProxyStructuredResultV2;

/** The web site that may call this API from a browser. */
export const allowedOrigin = 'https://dojo.example.com';

/** The CORS headers every response carries. */
export function corsHeaders(): Record<string, string> {
  // TODO: allow `allowedOrigin` to read the responses: the header
  //       'access-control-allow-origin' (and 'vary': 'origin', since the answer depends on it).
  return {};
}

/** A JSON response: the body is the value encoded with JSON.stringify. */
export function json(
  statusCode: number,
  value: unknown,
  headers: Record<string, string> = {},
): HttpResult {
  return {
    statusCode,
    // TODO: say that the body is JSON ('content-type': 'application/json; charset=utf-8')
    //       and add the CORS headers.
    headers: { ...headers },
    body: JSON.stringify(value),
  };
}

/** A JSON error response: { "error": message }. */
export function error(
  statusCode: number,
  message: string,
  headers: Record<string, string> = {},
): HttpResult {
  return json(statusCode, { error: message }, headers);
}

/** The answer to a CORS preflight (OPTIONS) for a path that accepts `methods`. */
export function preflight(methods: string[]): HttpResult {
  // TODO: 204 with no body, the CORS headers, and
  //       'access-control-allow-methods' (the methods, comma-separated),
  //       'access-control-allow-headers': 'content-type',
  //       'access-control-max-age' (how many seconds the browser may remember the answer).
  return { statusCode: 204 };
}

/** A binary response: API Gateway decodes the base64 body back into bytes. */
export function binary(bytes: Uint8Array, contentType: string): HttpResult {
  // TODO: bytes cannot travel as UTF-8 text. Send them base64-encoded and set
  //       isBase64Encoded: true; add the CORS headers too.
  return {
    statusCode: 200,
    headers: { 'content-type': contentType },
    body: Buffer.from(bytes).toString('utf8'),
  };
}
