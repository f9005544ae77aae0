import { settingsFromEnv } from '@lambda-dojo/deploy/settings';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import {
  type HandlerInvoker,
  type HandlerInvokerOptions,
  handlerInvoker,
} from './handler-invoker.ts';
import type { Invocation } from './invocation.ts';

/** What an HTTP API integration answers (payload format 2.0), as the checks compare it. */
export interface HttpApiResponse {
  statusCode?: number;
  headers?: Record<string, string | number | boolean>;
  body?: string;
  isBase64Encoded?: boolean;
}

/** Sends an HTTP API event; on `aws` as a real HTTP request to the stack's API. */
export type HttpApiInvoker = (event: APIGatewayProxyEventV2) => Promise<Invocation>;

/** Content types API Gateway passes as text; anything else comes back base64 here. */
const TEXT = /^(text\/|application\/(json|xml|javascript)|[^;]*\+(json|xml))/i;

/**
 * Invokes the handler with HTTP API events: on `mock` in this process and on `local` through
 * Invoke (both give the handler's response object), and on `aws` by sending the request the event
 * describes to the stack's HTTP API URL, with the response turned back into that object (a binary
 * body base64 with `isBase64Encoded: true`, as API Gateway would have received it).
 */
export async function httpApiInvoker(
  options: HandlerInvokerOptions,
  fetchFn: typeof fetch = fetch,
): Promise<HttpApiInvoker> {
  const settings = options.settings ?? settingsFromEnv();
  if (settings.kind === 'aws' && settings.apiUrl) {
    const apiUrl = settings.apiUrl;
    return (event) => requestHttpApi(apiUrl, event, fetchFn);
  }
  const invoke: HandlerInvoker = await handlerInvoker(options);
  return (event) => invoke(event);
}

/** Sends the request an HTTP API event describes to `apiUrl` and reads the response. */
export async function requestHttpApi(
  apiUrl: string,
  event: APIGatewayProxyEventV2,
  fetchFn: typeof fetch = fetch,
): Promise<Invocation> {
  // A deployed HTTP API has the $default stage only: a named stage's prefix is not sent.
  const stage = event.requestContext.stage;
  const path =
    stage && stage !== '$default' && event.rawPath.startsWith(`/${stage}/`)
      ? event.rawPath.slice(stage.length + 1)
      : event.rawPath;
  const url = new URL(path.replace(/^\//, ''), apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  if (event.rawQueryString) url.search = event.rawQueryString;
  const method = event.requestContext.http.method;
  const body =
    event.body === undefined || method === 'GET' || method === 'HEAD'
      ? undefined
      : Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
  const headers = Object.fromEntries(
    Object.entries(event.headers ?? {}).filter(
      // fetch sets these itself.
      ([name, value]) => value !== undefined && !/^(host|content-length)$/i.test(name),
    ),
  ) as Record<string, string>;
  const started = performance.now();
  const response = await fetchFn(url, { method, headers, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  const binary = bytes.length > 0 && !TEXT.test(type);
  const result: HttpApiResponse = {
    statusCode: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: bytes.toString(binary ? 'base64' : 'utf8'),
    isBase64Encoded: binary,
  };
  return { result, output: [], log: '', durationMs: performance.now() - started };
}
