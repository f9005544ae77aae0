import {
  type CloudFormationClient,
  CreateChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStackResourceCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  waitUntilChangeSetCreateComplete,
  waitUntilStackCreateComplete,
  waitUntilStackDeleteComplete,
} from '@aws-sdk/client-cloudformation';
import {
  type BucketLocationConstraint,
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutBucketTaggingCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { Lang } from '@lambda-dojo/lang';
import { DeployError } from './errors.ts';
import { messagesFor } from './messages.ts';
import { parseTemplate } from './sam-function.ts';
import type { StackNames } from './stack-plan.ts';
import { COURSE_TAG, RUN_TAG, type TargetSettings } from './target-settings.ts';

export interface StackClients {
  cloudFormation: Pick<CloudFormationClient, 'send'>;
  s3: Pick<S3Client, 'send'>;
}

export interface StackDeployment {
  settings: TargetSettings;
  names: StackNames;
  clients: StackClients;
  lang: Lang;
  /** Stops the waits (Ctrl-C); what was created is then deleted by `deleteStackAndBucket`. */
  signal?: AbortSignal;
  /** Seconds between polls of CloudFormation (tests make it short). */
  pollSeconds?: number;
}

/** What was created so far, so clean-up deletes exactly that. */
export interface Created {
  bucket: boolean;
  stack: boolean;
}

export interface DeployedStack {
  functionName: string;
  apiUrl: string;
}

const MAX_WAIT_SECONDS = 900;

/** The learner's template with the function's code in the uploaded zip instead of a folder. */
export function templateWithCode(
  text: string,
  logicalId: string,
  names: StackNames,
  lang: Lang,
): string {
  const document = parseTemplate(text, lang);
  document.setIn(
    ['Resources', logicalId, 'Properties', 'CodeUri'],
    document.createNode({ Bucket: names.bucket, Key: names.key }),
  );
  return document.toString();
}

/**
 * Uploads the package to a new bucket, deploys the template through a CloudFormation change set
 * (the AWS::Serverless-2016-10-31 transform needs one), waits until the stack is complete, and
 * returns the deployed function's name and the HTTP API's URL. `created` is updated as it goes.
 */
export async function deployStack(
  run: StackDeployment,
  input: { template: string; logicalId: string; zip: Uint8Array },
  created: Created,
): Promise<DeployedStack> {
  const { cloudFormation, s3 } = run.clients;
  const { names, settings } = run;
  const tags = [
    { Key: COURSE_TAG, Value: settings.prefix },
    { Key: RUN_TAG, Value: settings.runId },
  ];
  await s3.send(
    new CreateBucketCommand({
      Bucket: names.bucket,
      ...(settings.region === 'us-east-1'
        ? {}
        : {
            CreateBucketConfiguration: {
              LocationConstraint: settings.region as BucketLocationConstraint,
            },
          }),
    }),
  );
  created.bucket = true;
  await s3.send(new PutBucketTaggingCommand({ Bucket: names.bucket, Tagging: { TagSet: tags } }));
  await s3.send(new PutObjectCommand({ Bucket: names.bucket, Key: names.key, Body: input.zip }));

  const changeSetName = `${names.stackName}-create`.slice(0, 128);
  created.stack = true;
  await cloudFormation.send(
    new CreateChangeSetCommand({
      StackName: names.stackName,
      ChangeSetName: changeSetName,
      ChangeSetType: 'CREATE',
      TemplateBody: templateWithCode(input.template, input.logicalId, names, run.lang),
      Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
      Tags: tags,
      Description: 'Lambda Dojo grading stack (deleted after grading)',
    }),
  );
  const wait = waitOptions(run);
  try {
    await waitUntilChangeSetCreateComplete(wait, {
      StackName: names.stackName,
      ChangeSetName: changeSetName,
    });
  } catch (cause) {
    if (run.signal?.aborted) throw interrupted(run.lang, cause);
    const out = await cloudFormation
      .send(
        new DescribeChangeSetCommand({ StackName: names.stackName, ChangeSetName: changeSetName }),
      )
      .catch(() => undefined);
    throw stackFailed(run.lang, out?.StatusReason ?? String(cause), cause);
  }
  await cloudFormation.send(
    new ExecuteChangeSetCommand({ StackName: names.stackName, ChangeSetName: changeSetName }),
  );
  try {
    await waitUntilStackCreateComplete(wait, { StackName: names.stackName });
  } catch (cause) {
    if (run.signal?.aborted) throw interrupted(run.lang, cause);
    throw stackFailed(run.lang, await firstFailure(run), cause);
  }
  return outputsOf(run, input.logicalId);
}

async function outputsOf(run: StackDeployment, logicalId: string): Promise<DeployedStack> {
  const { cloudFormation } = run.clients;
  const { Stacks } = await cloudFormation.send(
    new DescribeStacksCommand({ StackName: run.names.stackName }),
  );
  const outputs = Stacks?.[0]?.Outputs ?? [];
  const resource = async (id: string) =>
    (
      await cloudFormation.send(
        new DescribeStackResourceCommand({ StackName: run.names.stackName, LogicalResourceId: id }),
      )
    ).StackResourceDetail?.PhysicalResourceId;
  const functionName = await resource(logicalId);
  // The template's ApiUrl output, or the URL of the HTTP API SAM made for the function's events.
  let apiUrl = outputs.find((o) => o.OutputKey === 'ApiUrl')?.OutputValue;
  if (!apiUrl) {
    const apiId = await resource('ServerlessHttpApi').catch(() => undefined);
    if (apiId) apiUrl = `https://${apiId}.execute-api.${run.settings.region}.amazonaws.com/`;
  }
  if (!functionName || !apiUrl) {
    throw new DeployError(
      missingOutputs(run.lang, run.names.stackName, functionName ? undefined : logicalId, !apiUrl),
    );
  }
  return { functionName, apiUrl };
}

/** The first resource that failed, with CloudFormation's reason: what the learner needs to fix. */
async function firstFailure(run: StackDeployment): Promise<string> {
  const out = await run.clients.cloudFormation
    .send(new DescribeStackEventsCommand({ StackName: run.names.stackName }))
    .catch(() => undefined);
  const failed = (out?.StackEvents ?? [])
    .filter((e) => e.ResourceStatus?.endsWith('_FAILED') && e.ResourceStatusReason)
    .at(-1);
  return failed
    ? `${failed.LogicalResourceId} (${failed.ResourceType}): ${failed.ResourceStatusReason}`
    : 'the stack did not reach CREATE_COMPLETE';
}

/**
 * Deletes the stack (and waits for it) and then the bucket with its objects: only what `created`
 * says this run made. Never throws; returns what could not be deleted.
 */
export async function deleteStackAndBucket(
  run: Omit<StackDeployment, 'signal'>,
  created: Created,
): Promise<{ deleted: string[]; failed: string[] }> {
  const deleted: string[] = [];
  const failed: string[] = [];
  const { cloudFormation, s3 } = run.clients;
  if (created.stack) {
    try {
      await cloudFormation.send(new DeleteStackCommand({ StackName: run.names.stackName }));
      await waitUntilStackDeleteComplete(
        { ...waitOptions(run), abortSignal: undefined },
        { StackName: run.names.stackName },
      );
      deleted.push(run.names.stackName);
      created.stack = false;
    } catch {
      failed.push(run.names.stackName);
    }
  }
  if (created.bucket) {
    try {
      let token: string | undefined;
      do {
        const page = await s3.send(
          new ListObjectsV2Command({ Bucket: run.names.bucket, ContinuationToken: token }),
        );
        const keys = (page.Contents ?? []).map((o) => ({ Key: o.Key }));
        if (keys.length > 0) {
          await s3.send(
            new DeleteObjectsCommand({ Bucket: run.names.bucket, Delete: { Objects: keys } }),
          );
        }
        token = page.NextContinuationToken;
      } while (token);
      await s3.send(new DeleteBucketCommand({ Bucket: run.names.bucket }));
      deleted.push(run.names.bucket);
      created.bucket = false;
    } catch {
      failed.push(run.names.bucket);
    }
  }
  return { deleted, failed };
}

function waitOptions(run: Omit<StackDeployment, 'signal'> & { signal?: AbortSignal }) {
  const poll = run.pollSeconds ?? 5;
  return {
    client: run.clients.cloudFormation as CloudFormationClient,
    maxWaitTime: MAX_WAIT_SECONDS,
    minDelay: poll,
    maxDelay: Math.max(poll, poll * 3),
    ...(run.signal ? { abortSignal: run.signal } : {}),
  };
}

function missingOutputs(
  lang: Lang,
  stack: string,
  functionId: string | undefined,
  apiMissing: boolean,
): string {
  const m = messagesFor(lang);
  const missing = [
    ...(functionId === undefined ? [] : [m.functionOutput(functionId)]),
    ...(apiMissing ? [m.apiOutput] : []),
  ];
  return m.stackOutputsMissing(stack, missing);
}

function stackFailed(lang: Lang, reason: string, cause: unknown): DeployError {
  return new DeployError(messagesFor(lang).stackFailed(reason), { cause });
}

function interrupted(lang: Lang, cause: unknown): DeployError {
  return new DeployError(messagesFor(lang).interrupted, { cause });
}
