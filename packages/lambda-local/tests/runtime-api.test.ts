import { InvokeCommand } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../src/limits.ts';
import { decode, deploy, startTestService, type TestService } from './helpers.ts';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.service.close());

describe('Runtime API', () => {
  it('hands the handler the deadline, the trace id and the invoked ARN', async () => {
    await deploy(
      t.client,
      'headers',
      `export const handler = async (e, context) => ({
        remaining: context.getRemainingTimeInMillis(),
        trace: process.env._X_AMZN_TRACE_ID,
        arn: context.invokedFunctionArn,
      });`,
      { Timeout: 5 },
    );
    const out = decode(
      (await t.client.send(new InvokeCommand({ FunctionName: 'headers' }))).Payload,
    ) as {
      remaining: number;
      trace: string;
      arn: string;
    };
    expect(out.remaining).toBeGreaterThan(4_000);
    expect(out.remaining).toBeLessThanOrEqual(5_000);
    expect(out.trace).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Sampled=0$/);
    expect(out.arn).toBe('arn:aws:lambda:us-east-1:123456789012:function:headers');
  });

  it('fails an invocation whose response is above the synchronous limit', async () => {
    await deploy(
      t.client,
      'huge',
      `export const handler = async () => 'x'.repeat(${limits.syncResponseBytes + 10});`,
    );
    const out = await t.client.send(new InvokeCommand({ FunctionName: 'huge' }));
    expect(out.FunctionError).toBe('Unhandled');
    expect(decode(out.Payload)).toMatchObject({ errorType: 'Function.ResponseSizeTooLarge' });
  });
});
