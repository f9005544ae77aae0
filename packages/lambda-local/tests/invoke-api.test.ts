import {
  InvokeCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  waitUntilFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../src/limits.ts';
import {
  decode,
  decodeLog,
  deploy,
  rawRequest,
  SIGNED,
  startTestService,
  type TestService,
  zipOf,
} from './helpers.ts';

const ECHO = `export const handler = async (event, context) => {
  console.log('got', JSON.stringify(event));
  return { event, arn: context.invokedFunctionArn, requestId: context.awsRequestId };
};`;
const FAIL = `export const handler = async () => { throw new TypeError('boom'); };`;

let t: TestService;
beforeAll(async () => {
  t = await startTestService({ concurrency: 2 });
  await deploy(t.client, 'echo', ECHO);
  await deploy(t.client, 'fail', FAIL);
});
afterAll(() => t.service.close());

async function rawInvoke(
  name: string,
  body: Buffer | string,
  headers: Record<string, string> = {},
) {
  const res = await rawRequest(t.service.endpoint, `/2015-03-31/functions/${name}/invocations`, {
    method: 'POST',
    body,
    headers: { ...SIGNED, ...headers },
  });
  return { status: res.status, type: res.headers['x-amzn-errortype'], body: res.json };
}

describe('RequestResponse', () => {
  it('returns the handler result with 200 and the executed version', async () => {
    const out = await t.client.send(
      new InvokeCommand({ FunctionName: 'echo', Payload: JSON.stringify({ a: 1 }) }),
    );
    expect(out.StatusCode).toBe(200);
    expect(out.ExecutedVersion).toBe('$LATEST');
    expect(out.FunctionError).toBeUndefined();
    expect(decode(out.Payload)).toMatchObject({ event: { a: 1 } });
  });

  it('hands the handler an empty object when there is no payload', async () => {
    const out = await t.client.send(new InvokeCommand({ FunctionName: 'echo' }));
    expect(decode(out.Payload)).toMatchObject({ event: {} });
  });

  it('returns the last 4 KB of the log, base64, for LogType Tail', async () => {
    const out = await t.client.send(
      new InvokeCommand({
        FunctionName: 'echo',
        Payload: JSON.stringify({ big: 'x'.repeat(8000) }),
        LogType: 'Tail',
      }),
    );
    const log = decodeLog(out.LogResult);
    expect(Buffer.byteLength(log)).toBeLessThanOrEqual(limits.logTailBytes);
    expect(log).toMatch(
      /END RequestId: [0-9a-f-]+\nREPORT RequestId: [0-9a-f-]+\tDuration: [\d.]+ ms\t/,
    );
  });

  it('reports a thrown error with X-Amz-Function-Error and the error body', async () => {
    const out = await t.client.send(new InvokeCommand({ FunctionName: 'fail', LogType: 'Tail' }));
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBe('Unhandled');
    expect(decode(out.Payload)).toMatchObject({ errorType: 'TypeError', errorMessage: 'boom' });
    expect(decodeLog(out.LogResult)).toContain('\tERROR\tInvoke Error \t');
  });
});

describe('function name forms', () => {
  it.each([
    ['echo', 'arn:aws:lambda:us-east-1:123456789012:function:echo'],
    ['echo:$LATEST', 'arn:aws:lambda:us-east-1:123456789012:function:echo:$LATEST'],
    ['123456789012:function:echo', 'arn:aws:lambda:us-east-1:123456789012:function:echo'],
    [
      'arn:aws:lambda:us-east-1:123456789012:function:echo',
      'arn:aws:lambda:us-east-1:123456789012:function:echo',
    ],
  ])('invokes %s', async (name, arn) => {
    const out = await t.client.send(new InvokeCommand({ FunctionName: name }));
    expect(decode(out.Payload)).toMatchObject({ arn });
  });

  it('answers 404 ResourceNotFoundException for an unknown qualifier', async () => {
    await expect(
      t.client.send(new InvokeCommand({ FunctionName: 'echo', Qualifier: '42' })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      $metadata: { httpStatusCode: 404 },
    });
  });
});

describe('Event and DryRun', () => {
  it('accepts an Event invocation with 202 and runs it in the background', async () => {
    t.logs.length = 0;
    const out = await t.client.send(
      new InvokeCommand({
        FunctionName: 'echo',
        InvocationType: 'Event',
        Payload: JSON.stringify({ bg: true }),
      }),
    );
    expect(out.StatusCode).toBe(202);
    await t.service.eventsDrained();
    expect(t.logs.join('')).toContain('got {"bg":true}');
  });

  it('answers DryRun with 204 without running the function', async () => {
    t.logs.length = 0;
    const out = await t.client.send(
      new InvokeCommand({ FunctionName: 'echo', InvocationType: 'DryRun' }),
    );
    expect(out.StatusCode).toBe(204);
    expect(t.logs).toEqual([]);
  });
});

describe('errors', () => {
  it('answers 400 InvalidRequestContentException for a payload that is not JSON', async () => {
    const res = await rawInvoke('echo', 'not json');
    expect(res.status).toBe(400);
    expect(res.type).toBe('InvalidRequestContentException');
    expect(res.body).toMatchObject({
      Type: 'User',
      Message: expect.stringContaining('Could not parse request body'),
    });
  });

  it('answers 413 RequestTooLargeException above the synchronous limit', async () => {
    const body = JSON.stringify({ data: 'x'.repeat(limits.syncPayloadBytes) });
    const res = await rawInvoke('echo', body);
    expect(res.status).toBe(413);
    expect(res.type).toBe('RequestTooLargeException');
  });

  it('answers 413 for an Event above the asynchronous limit that would pass synchronously', async () => {
    const body = JSON.stringify({ data: 'x'.repeat(limits.asyncPayloadBytes) });
    expect(body.length).toBeLessThan(limits.syncPayloadBytes);
    const res = await rawInvoke('echo', body, { 'x-amz-invocation-type': 'Event' });
    expect(res.status).toBe(413);
    expect(res.type).toBe('RequestTooLargeException');
  });

  it('answers 429 TooManyRequestsException past the concurrency limit', async () => {
    await deploy(
      t.client,
      'slow',
      `export const handler = async () => { await new Promise((r) => setTimeout(r, 400)); return 'done'; };`,
    );
    const calls = [1, 2, 3].map(() => t.client.send(new InvokeCommand({ FunctionName: 'slow' })));
    const results = await Promise.allSettled(calls);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({
      name: 'TooManyRequestsException',
      $metadata: { httpStatusCode: 429 },
    });
  });

  it('answers 404 with the x-amzn-ErrorType header for an unknown function', async () => {
    const res = await rawInvoke('ghost', '{}');
    expect(res.status).toBe(404);
    expect(res.type).toBe('ResourceNotFoundException');
  });
});

describe('versions and client context', () => {
  it('invokes a published version by qualifier and reports it as executed', async () => {
    await deploy(t.client, 'versioned', `export const handler = async () => 'one';`);
    const published = await t.client.send(new PublishVersionCommand({ FunctionName: 'versioned' }));
    expect(published.Version).toBe('1');
    await t.client.send(
      new UpdateFunctionCodeCommand({
        FunctionName: 'versioned',
        ZipFile: zipOf(`export const handler = async () => 'two';`),
      }),
    );
    await waitUntilFunctionUpdatedV2(
      { client: t.client, maxWaitTime: 10, minDelay: 1 },
      { FunctionName: 'versioned' },
    );
    const v1 = await t.client.send(
      new InvokeCommand({ FunctionName: 'versioned', Qualifier: '1' }),
    );
    const latest = await t.client.send(new InvokeCommand({ FunctionName: 'versioned' }));
    expect([decode(v1.Payload), v1.ExecutedVersion]).toEqual(['one', '1']);
    expect([decode(latest.Payload), latest.ExecutedVersion]).toEqual(['two', '$LATEST']);
  });

  it('hands the client context to the handler', async () => {
    await deploy(
      t.client,
      'ctx',
      `export const handler = async (e, context) => context.clientContext;`,
    );
    const out = await t.client.send(
      new InvokeCommand({
        FunctionName: 'ctx',
        ClientContext: Buffer.from(JSON.stringify({ custom: { lab: 1 } })).toString('base64'),
      }),
    );
    expect(decode(out.Payload)).toEqual({ custom: { lab: 1 } });
  });
});
