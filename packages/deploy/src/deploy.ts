import {
  CreateFunctionCommand,
  GetFunctionCommand,
  type LambdaClient,
  ResourceNotFoundException,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionActiveV2,
  waitUntilFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import { DeployError } from './errors.ts';
import { COURSE_TAG, RUN_TAG, type TargetSettings } from './target-settings.ts';

export interface DeploySpec {
  functionName: string;
  zip: Uint8Array;
  /** `index.<export>`. */
  handler: string;
  roleArn: string;
  timeout?: number;
  memorySize?: number;
  environment?: Record<string, string>;
}

/** The runtime functions are created with (nodejs24.x: async handlers only). */
export const RUNTIME = 'nodejs24.x' as const;

const WAIT = { maxWaitTime: 120, minDelay: 1, maxDelay: 5 };
/** A new IAM role takes a few seconds before Lambda may assume it. */
const ROLE_PROPAGATION_RETRIES = 10;

/**
 * Creates the function, or updates its code and configuration when it
 * exists, then waits until it can be invoked. A function of the same name
 * that the course did not create is never touched.
 */
export async function deployFunction(
  client: LambdaClient,
  settings: TargetSettings,
  spec: DeploySpec,
): Promise<void> {
  const existing = await getTags(client, spec.functionName);
  const config = {
    Role: spec.roleArn,
    Handler: spec.handler,
    Runtime: RUNTIME,
    Timeout: spec.timeout,
    MemorySize: spec.memorySize,
    Environment: { Variables: spec.environment ?? {} },
  };
  if (existing === undefined) {
    await withRoleRetry(() =>
      client.send(
        new CreateFunctionCommand({
          FunctionName: spec.functionName,
          Code: { ZipFile: spec.zip },
          Tags: { [COURSE_TAG]: settings.prefix, [RUN_TAG]: settings.runId },
          Description: 'Lambda Dojo grading function (deleted after grading)',
          ...config,
        }),
      ),
    );
    await waitUntilFunctionActiveV2({ client, ...WAIT }, { FunctionName: spec.functionName });
    return;
  }
  if (existing[COURSE_TAG] === undefined) {
    throw new DeployError(
      `A function named ${spec.functionName} exists but was not created by Lambda Dojo (no ${COURSE_TAG} tag); it is left untouched. Choose another --prefix.`,
    );
  }
  await client.send(
    new UpdateFunctionCodeCommand({ FunctionName: spec.functionName, ZipFile: spec.zip }),
  );
  await waitUntilFunctionUpdatedV2({ client, ...WAIT }, { FunctionName: spec.functionName });
  await withRoleRetry(() =>
    client.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: spec.functionName, ...config }),
    ),
  );
  await waitUntilFunctionUpdatedV2({ client, ...WAIT }, { FunctionName: spec.functionName });
}

async function getTags(
  client: LambdaClient,
  functionName: string,
): Promise<Record<string, string> | undefined> {
  try {
    const out = await client.send(new GetFunctionCommand({ FunctionName: functionName }));
    return out.Tags ?? {};
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    if ((error as { name?: string }).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

async function withRoleRetry<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const message = (error as Error).message ?? '';
      if (attempt >= ROLE_PROPAGATION_RETRIES || !/cannot be assumed by Lambda/i.test(message))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}
