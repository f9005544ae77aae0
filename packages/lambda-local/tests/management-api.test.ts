import {
  CreateFunctionCommand,
  DeleteFunctionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  InvokeCommand,
  ListFunctionsCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionActiveV2,
  waitUntilFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../src/limits.ts';
import { decode, deploy, ROLE, startTestService, type TestService, zipOf } from './helpers.ts';

const HELLO = `export const handler = async () => ({ version: 1 });`;

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.service.close());

async function errorOf(
  promise: Promise<unknown>,
): Promise<{ name: string; status?: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error('expected the call to fail');
}

/** Creates a function on a service that keeps it Pending a moment, and waits with the SDK waiter. */
async function createPendingThenActive({ client }: TestService): Promise<void> {
  const created = await client.send(
    new CreateFunctionCommand({
      FunctionName: 'pending',
      Runtime: 'nodejs24.x',
      Role: ROLE,
      Handler: 'index.handler',
      Code: { ZipFile: zipOf(HELLO) },
    }),
  );
  expect(created.State).toBe('Pending');
  expect(created.$metadata.httpStatusCode).toBe(201);
  await expect(client.send(new InvokeCommand({ FunctionName: 'pending' }))).rejects.toMatchObject({
    name: 'ResourceConflictException',
    $metadata: { httpStatusCode: 409 },
  });
  const waited = await waitUntilFunctionActiveV2(
    { client, maxWaitTime: 10, minDelay: 1 },
    { FunctionName: 'pending' },
  );
  expect(waited.state).toBe('SUCCESS');
  const out = await client.send(new InvokeCommand({ FunctionName: 'pending' }));
  expect(decode(out.Payload)).toEqual({ version: 1 });
}

describe('CreateFunction', () => {
  it('creates a Pending function that becomes Active for the waiter', async () => {
    const slow = await startTestService({ stateDelayMs: 1_000 });
    try {
      await createPendingThenActive(slow);
    } finally {
      await slow.service.close();
    }
  });

  it('creates a function with tags', async () => {
    await deploy(t.client, 'create-me', HELLO, { Tags: { course: 'lambda-dojo' } });
    const got = await t.client.send(new GetFunctionCommand({ FunctionName: 'create-me' }));
    expect(got.Configuration?.State).toBe('Active');
    expect(got.Tags).toEqual({ course: 'lambda-dojo' });
  });

  it('applies the AWS defaults of timeout and memory', async () => {
    const config = await t.client.send(
      new GetFunctionConfigurationCommand({ FunctionName: 'create-me' }),
    );
    expect(config.Timeout).toBe(limits.defaultTimeoutSeconds);
    expect(config.MemorySize).toBe(limits.defaultMemoryMb);
    expect(config.FunctionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:create-me');
    expect(config.Version).toBe('$LATEST');
  });

  it('refuses a second function of the same name with 409', async () => {
    const error = await errorOf(
      t.client.send(
        new CreateFunctionCommand({
          FunctionName: 'create-me',
          Runtime: 'nodejs24.x',
          Role: ROLE,
          Handler: 'index.handler',
          Code: { ZipFile: zipOf(HELLO) },
        }),
      ),
    );
    expect(error).toMatchObject({ name: 'ResourceConflictException', status: 409 });
  });

  it('refuses a role that is not an IAM role ARN', async () => {
    const error = await errorOf(
      t.client.send(
        new CreateFunctionCommand({
          FunctionName: 'bad-role',
          Runtime: 'nodejs24.x',
          Role: 'my-role',
          Handler: 'index.handler',
          Code: { ZipFile: zipOf(HELLO) },
        }),
      ),
    );
    expect(error).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(error.message).toBe(
      "1 validation error detected: Value 'my-role' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+",
    );
  });

  it('refuses memory outside the Lambda range', async () => {
    const error = await errorOf(
      t.client.send(
        new CreateFunctionCommand({
          FunctionName: 'too-big',
          Runtime: 'nodejs24.x',
          Role: ROLE,
          Handler: 'index.handler',
          MemorySize: limits.maxMemoryMb + 1,
          Code: { ZipFile: zipOf(HELLO) },
        }),
      ),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      `1 validation error detected: Value '${limits.maxMemoryMb + 1}' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to ${limits.maxMemoryMb}`,
    );
  });

  it('refuses reserved environment variable names', async () => {
    const error = await errorOf(
      t.client.send(
        new CreateFunctionCommand({
          FunctionName: 'reserved-env',
          Runtime: 'nodejs24.x',
          Role: ROLE,
          Handler: 'index.handler',
          Environment: { Variables: { AWS_REGION: 'mars-1' } },
          Code: { ZipFile: zipOf(HELLO) },
        }),
      ),
    );
    expect(error.message).toContain('Reserved keys used in this request: AWS_REGION');
  });

  it('refuses code that is not a zip', async () => {
    const error = await errorOf(
      t.client.send(
        new CreateFunctionCommand({
          FunctionName: 'not-zip',
          Runtime: 'nodejs24.x',
          Role: ROLE,
          Handler: 'index.handler',
          Code: { ZipFile: Buffer.from('plain text') },
        }),
      ),
    );
    expect(error).toMatchObject({ name: 'InvalidParameterValueException', status: 400 });
    expect(error.message).toContain('Could not unzip uploaded file');
  });
});

describe('GetFunction and ListFunctions', () => {
  it('reports an unknown function as ResourceNotFoundException 404', async () => {
    const error = await errorOf(t.client.send(new GetFunctionCommand({ FunctionName: 'nobody' })));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    expect(error.message).toBe(
      'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nobody',
    );
  });

  it('lists functions page by page', async () => {
    await deploy(t.client, 'list-a', HELLO);
    await deploy(t.client, 'list-b', HELLO);
    const first = await t.client.send(new ListFunctionsCommand({ MaxItems: 2 }));
    expect(first.Functions).toHaveLength(2);
    expect(first.NextMarker).toBeDefined();
    const rest = await t.client.send(new ListFunctionsCommand({ Marker: first.NextMarker }));
    const names = [...(first.Functions ?? []), ...(rest.Functions ?? [])].map(
      (f) => f.FunctionName,
    );
    expect(names).toEqual(expect.arrayContaining(['create-me', 'list-a', 'list-b']));
  });
});

describe('UpdateFunctionCode and UpdateFunctionConfiguration', () => {
  it('runs the new code once the update waiter succeeds', async () => {
    await deploy(t.client, 'updatable', HELLO);
    const before = await t.client.send(new InvokeCommand({ FunctionName: 'updatable' }));
    expect(decode(before.Payload)).toEqual({ version: 1 });
    await t.client.send(
      new UpdateFunctionCodeCommand({
        FunctionName: 'updatable',
        ZipFile: zipOf(`export const handler = async () => ({ version: 2 });`),
      }),
    );
    await waitUntilFunctionUpdatedV2(
      { client: t.client, maxWaitTime: 10, minDelay: 1 },
      { FunctionName: 'updatable' },
    );
    const after = await t.client.send(new InvokeCommand({ FunctionName: 'updatable' }));
    expect(decode(after.Payload)).toEqual({ version: 2 });
  });

  it('gives the environment the new variables after a configuration update', async () => {
    await deploy(
      t.client,
      'configurable',
      `export const handler = async () => process.env.GREETING ?? null;`,
    );
    const warm = await t.client.send(new InvokeCommand({ FunctionName: 'configurable' }));
    expect(decode(warm.Payload)).toBeNull();
    await t.client.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: 'configurable',
        Environment: { Variables: { GREETING: 'annyeong' } },
        Timeout: 10,
      }),
    );
    const config = await t.client.send(
      new GetFunctionConfigurationCommand({ FunctionName: 'configurable' }),
    );
    expect(config.Timeout).toBe(10);
    const out = await t.client.send(new InvokeCommand({ FunctionName: 'configurable' }));
    expect(decode(out.Payload)).toBe('annyeong');
  });
});

describe('DeleteFunction', () => {
  it('removes the function so it can no longer be invoked', async () => {
    await deploy(t.client, 'doomed', HELLO);
    const deleted = await t.client.send(new DeleteFunctionCommand({ FunctionName: 'doomed' }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    const error = await errorOf(t.client.send(new InvokeCommand({ FunctionName: 'doomed' })));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
  });
});
