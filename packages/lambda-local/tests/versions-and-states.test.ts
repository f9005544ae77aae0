import {
  CreateFunctionCommand,
  GetAccountSettingsCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  InvokeCommand,
  ListFunctionsCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionActiveV2,
  waitUntilFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../src/limits.ts';
import { decode, deploy, ROLE, startTestService, type TestService, zipOf } from './helpers.ts';

const V1 = 'export const handler = async () => 1;';
const V2 = 'export const handler = async () => 2;';

let t: TestService;
let slow: TestService;
beforeAll(async () => {
  t = await startTestService();
  slow = await startTestService({ stateDelayMs: 1_500 });
});
afterAll(async () => {
  await t.service.close();
  await slow.service.close();
});

const WAIT = { maxWaitTime: 10, minDelay: 1 };

function createInput(name: string, extra: Record<string, unknown> = {}) {
  return new CreateFunctionCommand({
    FunctionName: name,
    Runtime: 'nodejs22.x',
    Role: ROLE,
    Handler: 'index.handler',
    Code: { ZipFile: zipOf(V1) },
    ...extra,
  });
}

describe('states', () => {
  it('is Pending, then Active, and refuses an update meanwhile', async () => {
    const created = await slow.client.send(createInput('stateful'));
    expect(created).toMatchObject({ State: 'Pending', LastUpdateStatus: 'InProgress' });
    await expect(
      slow.client.send(
        new UpdateFunctionConfigurationCommand({ FunctionName: 'stateful', Timeout: 5 }),
      ),
    ).rejects.toMatchObject({
      name: 'ResourceConflictException',
      message:
        'The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:stateful',
    });
    await waitUntilFunctionActiveV2({ client: slow.client, ...WAIT }, { FunctionName: 'stateful' });
    const active = await slow.client.send(
      new GetFunctionConfigurationCommand({ FunctionName: 'stateful' }),
    );
    expect(active).toMatchObject({ State: 'Active', LastUpdateStatus: 'Successful' });
  });

  it('is InProgress after an update and refuses a second update until Successful', async () => {
    const updated = await slow.client.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: 'stateful', Timeout: 5 }),
    );
    expect(updated.LastUpdateStatus).toBe('InProgress');
    await expect(
      slow.client.send(
        new UpdateFunctionCodeCommand({ FunctionName: 'stateful', ZipFile: zipOf(V2) }),
      ),
    ).rejects.toMatchObject({ name: 'ResourceConflictException' });
    await waitUntilFunctionUpdatedV2(
      { client: slow.client, ...WAIT },
      { FunctionName: 'stateful' },
    );
    const code = await slow.client.send(
      new UpdateFunctionCodeCommand({ FunctionName: 'stateful', ZipFile: zipOf(V2) }),
    );
    expect(code.LastUpdateStatus).toBe('InProgress');
  });
});

describe('versions', () => {
  it('publishes version 1 with Publish on CreateFunction', async () => {
    const created = await t.client.send(createInput('versioned', { Publish: true }));
    expect(created.Version).toBe('1');
    expect(created.FunctionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:versioned:1');
  });

  it('returns the existing version when nothing changed', async () => {
    await waitUntilFunctionActiveV2({ client: t.client, ...WAIT }, { FunctionName: 'versioned' });
    const again = await t.client.send(new PublishVersionCommand({ FunctionName: 'versioned' }));
    expect(again.Version).toBe('1');
  });

  it('publishes version 2 with Publish on UpdateFunctionCode, and keeps 1 running the old code', async () => {
    const updated = await t.client.send(
      new UpdateFunctionCodeCommand({
        FunctionName: 'versioned',
        ZipFile: zipOf(V2),
        Publish: true,
      }),
    );
    expect(updated.Version).toBe('2');
    expect(updated.FunctionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:versioned:2');
    await waitUntilFunctionUpdatedV2({ client: t.client, ...WAIT }, { FunctionName: 'versioned' });
    const one = await t.client.send(
      new InvokeCommand({ FunctionName: 'versioned', Qualifier: '1' }),
    );
    expect(decode(one.Payload)).toBe(1);
    expect(one.ExecutedVersion).toBe('1');
    const latest = await t.client.send(new InvokeCommand({ FunctionName: 'versioned' }));
    expect(decode(latest.Payload)).toBe(2);
  });

  it('lists the versions of a function, $LATEST first', async () => {
    const out = await t.client.send(
      new ListVersionsByFunctionCommand({ FunctionName: 'versioned' }),
    );
    expect(out.Versions?.map((v) => v.Version)).toEqual(['$LATEST', '1', '2']);
  });

  it('lists every version with FunctionVersion=ALL, and leaves out the state fields', async () => {
    const all = await t.client.send(new ListFunctionsCommand({ FunctionVersion: 'ALL' }));
    const versioned = all.Functions?.filter((f) => f.FunctionName === 'versioned') ?? [];
    expect(versioned.map((f) => f.Version)).toEqual(['$LATEST', '1', '2']);
    const plain = await t.client.send(new ListFunctionsCommand({}));
    const one = plain.Functions?.find((f) => f.FunctionName === 'versioned');
    expect(one?.Version).toBe('$LATEST');
    expect(one).not.toHaveProperty('State');
    expect(one).not.toHaveProperty('LastUpdateStatus');
  });
});

describe('what AWS echoes and refuses', () => {
  it('echoes arm64', async () => {
    const created = await t.client.send(createInput('on-arm', { Architectures: ['arm64'] }));
    expect(created.Architectures).toEqual(['arm64']);
  });

  it('refuses a layer that does not exist', async () => {
    const layer = 'arn:aws:lambda:us-east-1:123456789012:layer:nothing:1';
    await expect(t.client.send(createInput('layered', { Layers: [layer] }))).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: `Layer version ${layer} does not exist.`,
    });
  });

  it('answers an out-of-range timeout with ValidationException in AWS’s words', async () => {
    await expect(t.client.send(createInput('too-long', { Timeout: 1000 }))).rejects.toMatchObject({
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400 },
      message:
        "1 validation error detected: Value '1000' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900",
    });
  });

  it('lists every violation of one request', async () => {
    await expect(
      t.client.send(createInput('two-wrongs', { Timeout: 0, MemorySize: 64 })),
    ).rejects.toMatchObject({
      message:
        "2 validation errors detected: Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1; Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    });
  });

  it('serves the zip at GetFunction’s Code.Location', async () => {
    await deploy(t.client, 'downloadable', V1);
    const got = await t.client.send(new GetFunctionCommand({ FunctionName: 'downloadable' }));
    const res = await fetch(got.Code?.Location ?? '');
    expect(res.status).toBe(200);
    const zip = Buffer.from(await res.arrayBuffer());
    expect(zip.equals(Buffer.from(zipOf(V1)))).toBe(true);
  });

  it('answers GetAccountSettings with AWS’s limits and this service’s usage', async () => {
    const out = await t.client.send(new GetAccountSettingsCommand({}));
    expect(out.AccountLimit).toMatchObject({
      CodeSizeUnzipped: limits.unzippedCodeBytes,
      CodeSizeZipped: limits.zippedCodeBytes,
      TotalCodeSize: limits.codeStorageBytes,
    });
    expect(out.AccountUsage?.FunctionCount).toBeGreaterThan(0);
  });
});
