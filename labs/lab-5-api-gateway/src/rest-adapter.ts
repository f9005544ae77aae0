import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
} from 'aws-lambda';
import { handler } from './handler.ts';

/** Turns a REST API event (payload format 1.0) into the HTTP API shape (2.0) the handler reads. */
export function toHttpApiEvent(event: APIGatewayProxyEvent): APIGatewayProxyEventV2 {
  const context = event.requestContext;
  // TODO: copy the request over:
  //       - headers: names in lower case, several values joined with ',' (multiValueHeaders);
  //       - queryStringParameters: each parameter's values joined with ','
  //         (multiValueQueryStringParameters), and rawQueryString;
  //       - body (null in 1.0 means no body) and isBase64Encoded.
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: event.path,
    rawQueryString: '',
    headers: {},
    requestContext: {
      accountId: context.accountId,
      apiId: context.apiId,
      domainName: context.domainName ?? '',
      domainPrefix: '',
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
    isBase64Encoded: false,
  };
}

/** The REST API (payload format 1.0) handler: adapts the event and the result around `handler`. */
export async function restHandler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  const result = await handler(toHttpApiEvent(event));
  // TODO: a 1.0 result keeps the headers, must have a string body (an empty one when there is
  //       none) and a boolean isBase64Encoded; cookies go to multiValueHeaders['set-cookie'].
  return { statusCode: result.statusCode ?? 200, body: result.body as string };
}
