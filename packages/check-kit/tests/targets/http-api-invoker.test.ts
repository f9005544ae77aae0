import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { httpApiInvoker, requestHttpApi } from '../../src/http-api-invoker.ts';

const event = (over: Partial<APIGatewayProxyEventV2>): APIGatewayProxyEventV2 =>
  ({
    version: '2.0',
    routeKey: '$default',
    rawPath: '/resize',
    rawQueryString: 'width=50',
    headers: { 'content-type': 'image/png', host: 'x.example', 'content-length': '3' },
    requestContext: { stage: '$default', http: { method: 'POST', path: '/resize' } },
    body: Buffer.from([1, 2, 3]).toString('base64'),
    isBase64Encoded: true,
    ...over,
  }) as APIGatewayProxyEventV2;

describe('requestHttpApi (the aws target of HTTP API checks)', () => {
  it('sends the request the event describes and turns a binary answer into base64', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetchFn = (async (url: URL, init: RequestInit) => {
      seen.push({ url: String(url), init });
      return new Response(Buffer.from([137, 80, 78, 71]), {
        status: 200,
        headers: { 'content-type': 'image/png' },
      });
    }) as typeof fetch;
    const { result } = await requestHttpApi('https://abc.example/', event({}), fetchFn);
    expect(seen[0]?.url).toBe('https://abc.example/resize?width=50');
    expect(seen[0]?.init.method).toBe('POST');
    expect(Buffer.from(seen[0]?.init.body as Uint8Array)).toEqual(Buffer.from([1, 2, 3]));
    expect(seen[0]?.init.headers).toEqual({ 'content-type': 'image/png' });
    expect(result).toMatchObject({
      statusCode: 200,
      headers: { 'content-type': 'image/png' },
      body: Buffer.from([137, 80, 78, 71]).toString('base64'),
      isBase64Encoded: true,
    });
  });

  it('keeps JSON answers as text, sends no body with GET and drops a named stage', async () => {
    let url = '';
    let body: unknown = 'unset';
    const fetchFn = (async (u: URL, init: RequestInit) => {
      url = String(u);
      body = init.body;
      return Response.json({ error: 'nope' }, { status: 404 });
    }) as typeof fetch;
    const { result } = await requestHttpApi(
      'https://abc.example',
      event({
        rawPath: '/prod/nothing',
        rawQueryString: '',
        requestContext: {
          stage: 'prod',
          http: { method: 'GET', path: '/prod/nothing' },
        } as never,
      }),
      fetchFn,
    );
    expect(url).toBe('https://abc.example/nothing');
    expect(body).toBeUndefined();
    expect(result).toMatchObject({
      statusCode: 404,
      body: '{"error":"nope"}',
      isBase64Encoded: false,
    });
  });

  it('is the in-process handler on mock', async () => {
    const invoke = await httpApiInvoker({
      entry: 'handler.ts',
      handler: async (e: APIGatewayProxyEventV2) => ({ statusCode: 200, body: e.rawPath }),
      settings: { kind: 'mock', region: 'us-east-1', prefix: 'p', runId: 'r' },
    });
    expect((await invoke(event({}))).result).toEqual({ statusCode: 200, body: '/resize' });
  });
});
