import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

export interface FakeContextOptions {
  functionName?: string;
  memoryLimitInMB?: number;
  /** Milliseconds the invocation may still run. */
  remainingTimeMs?: number;
  region?: string;
}

/** A Lambda `Context` like the one the Node.js runtime passes to a handler. */
export function fakeContext(options: FakeContextOptions = {}): Context {
  const functionName = options.functionName ?? 'lambda-dojo-function';
  const region = options.region ?? 'ap-northeast-2';
  const deadline = Date.now() + (options.remainingTimeMs ?? 3_000);
  const unsupported = () => {
    throw new Error('Callback-style context methods are not supported; return a value instead.');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:123456789012:function:${functionName}`,
    memoryLimitInMB: String(options.memoryLimitInMB ?? 128),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `2026/01/01/[$LATEST]${randomUUID().replaceAll('-', '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}
