import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { findItem } from './items.ts';
import { logoPng } from './logo.ts';
import { binary, error, type HttpResult, json } from './responses.ts';

/** GET /hello?name=… */
export function hello(event: APIGatewayProxyEventV2): HttpResult {
  // Solution: queryStringParameters is missing entirely when there is no query string,
  // and its values are already URL-decoded.
  const name = event.queryStringParameters?.name?.trim();
  return json(200, { message: `Hello, ${name || 'world'}!` });
}

/** POST /echo with a JSON body: answers { "echo": <the body> }. */
export function echo(event: APIGatewayProxyEventV2): HttpResult {
  if (event.body === undefined || event.body === '') {
    return error(400, 'Expected a JSON body but received none');
  }
  // Solution: API Gateway may hand the body over base64-encoded; decode it first.
  const text = event.isBase64Encoded
    ? Buffer.from(event.body, 'base64').toString('utf8')
    : event.body;
  // Solution: a client's bad JSON is the client's error (400), never a crash of the function (502).
  try {
    return json(200, { echo: JSON.parse(text) });
  } catch {
    return error(400, 'Expected a JSON body but received invalid JSON');
  }
}

/** GET /items/{id}; `rawId` is the path segment as it arrived (percent-encoded). */
export function item(rawId: string): HttpResult {
  // Solution: rawPath is percent-encoded; decode the segment, and answer 400 when it is
  // not valid percent-encoding (decodeURIComponent throws URIError).
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return error(400, `Expected a percent-encoded item id but received ${rawId}`);
  }
  const found = findItem(id);
  return found ? json(200, found) : error(404, `No item with id ${id}`);
}

/** GET /logo.png: the PNG image. */
export function logo(): HttpResult {
  // Solution: a binary body goes out base64-encoded with isBase64Encoded: true.
  return binary(logoPng, 'image/png');
}
