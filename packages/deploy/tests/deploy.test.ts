import { CreateFunctionCommand, GetFunctionCommand } from '@aws-sdk/client-lambda';
import { type LambdaLocal, startLambdaLocal, writeZip } from '@lambda-dojo/lambda-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COURSE_TAG,
  DeployError,
  deployFunction,
  lambdaClientFor,
  RUN_TAG,
  type TargetSettings,
} from '../src/index.ts';

const ROLE = 'arn:aws:iam::123456789012:role/dojo-test-exec';
const zip = writeZip([
  { path: 'index.mjs', data: Buffer.from('export const handler = async () => 1;') },
]);
let service: LambdaLocal;
let settings: TargetSettings;

beforeAll(async () => {
  service = await startLambdaLocal({ port: 0 });
  settings = {
    kind: 'local',
    endpoint: service.endpoint,
    region: 'us-east-1',
    prefix: 'dojo',
    runId: 'r1',
  };
});
afterAll(() => service.close());

describe('deployFunction', () => {
  it('creates the function with the course and run tags', async () => {
    const client = lambdaClientFor(settings);
    await deployFunction(client, settings, {
      functionName: 'dojo-tagged',
      zip,
      handler: 'index.handler',
      roleArn: ROLE,
    });
    const out = await client.send(new GetFunctionCommand({ FunctionName: 'dojo-tagged' }));
    expect(out.Tags).toEqual({ [COURSE_TAG]: 'dojo', [RUN_TAG]: 'r1' });
    expect(out.Configuration).toMatchObject({ State: 'Active', Runtime: 'nodejs24.x' });
  });

  it('leaves alone a function of the same name that the course did not create', async () => {
    const client = lambdaClientFor(settings);
    await client.send(
      new CreateFunctionCommand({
        FunctionName: 'dojo-theirs',
        Runtime: 'nodejs22.x',
        Role: ROLE,
        Handler: 'index.handler',
        Code: { ZipFile: zip },
      }),
    );
    await expect(
      deployFunction(client, settings, {
        functionName: 'dojo-theirs',
        zip,
        handler: 'index.other',
        roleArn: ROLE,
      }),
    ).rejects.toThrow(DeployError);
    const out = await client.send(new GetFunctionCommand({ FunctionName: 'dojo-theirs' }));
    expect(out.Configuration?.Handler).toBe('index.handler');
  });
});
