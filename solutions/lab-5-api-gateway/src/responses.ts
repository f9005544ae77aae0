import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type HttpResult = APIGatewayProxyStructuredResultV2;

/** The web site that may call this API from a browser. */
export const allowedOrigin = 'https://dojo.example.com';

/** The CORS headers every response carries. */
export function corsHeaders(): Record<string, string> {
  // Solution: without Access-Control-Allow-Origin the browser hides the response from the page,
  // errors included, so every response carries it.
  return { 'access-control-allow-origin': allowedOrigin, vary: 'origin' };
}

/** A JSON response: the body is the value encoded with JSON.stringify. */
export function json(
  statusCode: number,
  value: unknown,
  headers: Record<string, string> = {},
): HttpResult {
  return {
    statusCode,
    // Solution: say what the body is, and add the CORS headers here, in the one place
    // every JSON response goes through.
    headers: { 'content-type': 'application/json; charset=utf-8', ...corsHeaders(), ...headers },
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
  // Solution: 204 and no body; the headers tell the browser which methods and request
  // headers it may use, and for how long it may remember the answer.
  return {
    statusCode: 204,
    headers: {
      ...corsHeaders(),
      'access-control-allow-methods': methods.join(', '),
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '600',
    },
  };
}

/** A binary response: API Gateway decodes the base64 body back into bytes. */
export function binary(bytes: Uint8Array, contentType: string): HttpResult {
  // Solution: the result is JSON, so bytes travel as base64, and isBase64Encoded tells
  // API Gateway to decode them before sending them to the client.
  return {
    statusCode: 200,
    headers: { 'content-type': contentType, ...corsHeaders() },
    body: Buffer.from(bytes).toString('base64'),
    isBase64Encoded: true,
  };
}
