import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
} from 'aws-lambda';
import { handler } from './handler.ts';

/** Turns a REST API event (payload format 1.0) into the HTTP API shape (2.0) the handler reads. */
export function toHttpApiEvent(event: APIGatewayProxyEvent): APIGatewayProxyEventV2 {
  // Solution: 1.0 keeps every value of a repeated header or parameter in multiValue* maps;
  // 2.0 joins them with commas and lower-cases header names.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  for (const [name, values] of Object.entries(event.multiValueHeaders ?? {})) {
    if (values && values.length > 0) headers[name.toLowerCase()] = values.join(',');
  }
  const query: Record<string, string> = {};
  const pairs: string[] = [];
  const multiQuery = event.multiValueQueryStringParameters ?? {};
  for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (value !== undefined && !multiQuery[name]) multiQuery[name] = [value];
  }
  for (const [name, values] of Object.entries(multiQuery)) {
    if (!values || values.length === 0) continue;
    query[name] = values.join(',');
    for (const value of values)
      pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  }
  const cookies = headers.cookie?.split(/;\s*/).filter(Boolean);
  const context = event.requestContext;
  // Solution: 1.0's `path` has no stage prefix, so it becomes rawPath as it is.
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: event.path,
    rawQueryString: pairs.join('&'),
    ...(cookies && cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(pairs.length > 0 ? { queryStringParameters: query } : {}),
    ...(event.pathParameters
      ? { pathParameters: event.pathParameters as Record<string, string> }
      : {}),
    ...(event.stageVariables
      ? { stageVariables: event.stageVariables as Record<string, string> }
      : {}),
    requestContext: {
      accountId: context.accountId,
      apiId: context.apiId,
      domainName: context.domainName ?? headers.host ?? '',
      domainPrefix: (context.domainName ?? headers.host ?? '').split('.')[0] ?? '',
      http: {
        method: event.httpMethod,
        path: event.path,
        protocol: context.protocol,
        sourceIp: context.identity.sourceIp,
        userAgent: context.identity.userAgent ?? '',
      },
      requestId: context.requestId,
      routeKey: '$default',
      stage: context.stage,
      time: context.requestTime ?? '',
      timeEpoch: context.requestTimeEpoch,
    },
    ...(event.body === null ? {} : { body: event.body }),
    isBase64Encoded: event.isBase64Encoded,
  };
}

/** The REST API (payload format 1.0) handler: adapts the event and the result around `handler`. */
export async function restHandler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  const result = await handler(toHttpApiEvent(event));
  // Solution: a 1.0 result must have a string body and no `cookies`; cookies travel as
  // Set-Cookie values in multiValueHeaders.
  const headers: Record<string, string | number | boolean> = { ...(result.headers ?? {}) };
  return {
    statusCode: result.statusCode ?? 200,
    headers,
    ...(result.cookies && result.cookies.length > 0
      ? { multiValueHeaders: { 'set-cookie': result.cookies } }
      : {}),
    body: result.body ?? '',
    isBase64Encoded: result.isBase64Encoded ?? false,
  };
}
