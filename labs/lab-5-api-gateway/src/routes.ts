import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { findItem } from './items.ts';
import { logoPng } from './logo.ts';
import { binary, error, type HttpResult, json } from './responses.ts';

/** GET /hello?name=… */
export function hello(event: APIGatewayProxyEventV2): HttpResult {
  // TODO: greet the `name` of the query string ("Hello, 지호!"), trimmed;
  //       "Hello, world!" when it is missing or blank. Look at event.queryStringParameters.
  return json(200, { message: 'Hello, world!' });
}

/** POST /echo with a JSON body: answers { "echo": <the body> }. */
export function echo(event: APIGatewayProxyEventV2): HttpResult {
  // TODO: read event.body (base64-decode it first when event.isBase64Encoded is true),
  //       JSON.parse it and answer json(200, { echo: value }).
  // TODO: a missing body or invalid JSON is the client's mistake: answer error(400, ...),
  //       never let the exception escape.
  return error(501, 'POST /echo is not implemented yet');
}

/** GET /items/{id}; `rawId` is the path segment as it arrived (percent-encoded). */
export function item(rawId: string): HttpResult {
  // TODO: decode rawId (decodeURIComponent; invalid percent-encoding is a 400),
  //       look it up with findItem, answer json(200, item) or error(404, ...).
  return error(501, 'GET /items/{id} is not implemented yet');
}

/** GET /logo.png: the PNG image. */
export function logo(): HttpResult {
  return binary(logoPng, 'image/png');
}
