import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStackResourceCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
} from '@aws-sdk/client-cloudformation';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutBucketTaggingCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DeployError } from '../src/errors.ts';
import type { NativePackage } from '../src/native-package.ts';
import { openStackTarget } from '../src/stack-target.ts';

const template = readFileSync(
  new URL('../../../solutions/lab-9-image-processing/src/template.yaml', import.meta.url),
  'utf8',
);
const cfn = mockClient(CloudFormationClient);
const s3 = mockClient(S3Client);
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY';

function labFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'dojo-stack-'));
  mkdirSync(join(folder, 'src'));
  writeFileSync(join(folder, 'src/template.yaml'), template);
  return folder;
}

/** A stand-in for npm: the flow under test is the stack's, not the package's. */
const fakeBuild = async (_folder: string, _deploy: unknown, architecture: string) =>
  ({
    file: '/tmp/function.zip',
    zip: Buffer.from('zip'),
    architecture,
    zippedBytes: 3,
    unzippedBytes: 3,
    modules: [],
    built: true,
  }) as NativePackage;

/** The commands a mocked client received, in order, by name. */
const names = (mock: typeof cfn | typeof s3) =>
  mock.calls().map((call) => (call.args[0] as { constructor: { name: string } }).constructor.name);

function open(printed: string[], extra: Partial<Parameters<typeof openStackTarget>[0]> = {}) {
  return openStackTarget({
    lang: 'en',
    labId: 'lab-9',
    srcDir: join(labFolder(), 'src'),
    deploy: { template: 'src/template.yaml', entry: 'src/handler.ts', nativeModules: ['sharp'] },
    region: 'ap-northeast-2',
    print: (text) => printed.push(text),
    env: { AWS_SECRET_ACCESS_KEY: SECRET },
    clients: { cloudFormation: new CloudFormationClient({}), s3: new S3Client({}) },
    checkCredentials: false,
    handleSignals: false,
    pollSeconds: 0.01,
    build: fakeBuild as never,
    ...extra,
  });
}

let stackGone: boolean;
beforeEach(() => {
  cfn.reset();
  s3.reset();
  stackGone = false;
  s3.on(ListObjectsV2Command).resolves({ Contents: [{ Key: 'lab-9/function.zip' }] });
  cfn.on(DescribeChangeSetCommand).resolves({ Status: 'CREATE_COMPLETE' });
  cfn.on(DeleteStackCommand).callsFake(() => {
    stackGone = true;
    return {};
  });
  cfn.on(DescribeStackResourceCommand).callsFake((input: { LogicalResourceId: string }) => ({
    StackResourceDetail: { PhysicalResourceId: `physical-${input.LogicalResourceId}` },
  }));
});

/** DescribeStacks: `status` until the stack is deleted, then "does not exist", as CloudFormation. */
function stackStatus(status: string) {
  cfn.on(DescribeStacksCommand).callsFake(() => {
    if (stackGone) {
      throw Object.assign(new Error('Stack does not exist'), { name: 'ValidationError' });
    }
    return {
      Stacks: [
        {
          StackName: 's',
          StackStatus: status,
          CreationTime: new Date(),
          Outputs: [{ OutputKey: 'ApiUrl', OutputValue: 'https://abc.execute-api.example/' }],
        },
      ],
    };
  });
}

describe('--target aws for a lab deployed from its SAM template', () => {
  it('prints the plan, uploads the package, deploys a change set, and cleans up after grading', async () => {
    stackStatus('CREATE_COMPLETE');
    const printed: string[] = [];
    const target = await open(printed);

    expect(printed[0]).toMatch(/^\[plan\] In your own AWS account, region ap-northeast-2/);
    expect(printed[0]).toContain('CloudFormation stack: lambda-dojo-lab-9-');
    expect(printed[0]).toContain('arm64');
    expect(names(s3)).toEqual([
      'CreateBucketCommand',
      'PutBucketTaggingCommand',
      'PutObjectCommand',
    ]);
    expect(names(cfn).slice(0, 3)).toEqual([
      'CreateChangeSetCommand',
      'DescribeChangeSetCommand',
      'ExecuteChangeSetCommand',
    ]);
    const bucket = s3.commandCalls(CreateBucketCommand)[0]?.args[0].input;
    expect(bucket?.Bucket).toMatch(/^lambda-dojo-lab-9-[0-9a-f]{8}-package$/);
    expect(bucket?.CreateBucketConfiguration?.LocationConstraint).toBe('ap-northeast-2');
    const tags = s3.commandCalls(PutBucketTaggingCommand)[0]?.args[0].input.Tagging?.TagSet;
    expect(tags).toEqual([
      { Key: 'lambda-dojo:course', Value: 'lambda-dojo' },
      { Key: 'lambda-dojo:run', Value: target.settings.runId },
    ]);
    expect(s3.commandCalls(PutObjectCommand)[0]?.args[0].input).toMatchObject({
      Bucket: bucket?.Bucket,
      Key: 'lab-9/function.zip',
    });
    const changeSet = cfn.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
    expect(changeSet).toMatchObject({
      ChangeSetType: 'CREATE',
      Capabilities: expect.arrayContaining(['CAPABILITY_IAM', 'CAPABILITY_AUTO_EXPAND']),
      Tags: tags,
    });
    expect(changeSet?.TemplateBody).toContain('Transform: AWS::Serverless-2016-10-31');
    expect(changeSet?.TemplateBody).toMatch(
      /CodeUri:\n\s+Bucket: lambda-dojo-lab-9-\w+-package\n\s+Key: lab-9\/function.zip/,
    );
    expect(changeSet?.TemplateBody).toContain('LogGroup: !Ref ImageFunctionLogGroup');
    expect(cfn.commandCalls(ExecuteChangeSetCommand)).toHaveLength(1);
    expect(target.env).toMatchObject({
      LAMBDA_DOJO_TARGET: 'aws',
      LAMBDA_DOJO_FUNCTION: 'physical-ImageFunction',
      LAMBDA_DOJO_API_URL: 'https://abc.execute-api.example/',
    });
    expect(cfn.commandCalls(DeleteStackCommand)).toHaveLength(0);

    await target.cleanup();
    await target.cleanup();
    expect(cfn.commandCalls(DeleteStackCommand)).toHaveLength(1);
    expect(s3.commandCalls(DeleteObjectsCommand)[0]?.args[0].input.Delete?.Objects).toEqual([
      { Key: 'lab-9/function.zip' },
    ]);
    expect(s3.commandCalls(DeleteBucketCommand)).toHaveLength(1);
    expect(printed.at(-1)).toMatch(
      /^Cleanup: deleted lambda-dojo-lab-9-\w+, lambda-dojo-lab-9-\w+-package\.$/,
    );
    expect(printed.join('\n')).not.toContain(SECRET);
  });

  it('reports the failed resource of a stack that rolled back, and deletes the stack and the bucket', async () => {
    stackStatus('ROLLBACK_COMPLETE');
    cfn.on(DescribeStackEventsCommand).resolves({
      StackEvents: [
        {
          StackId: 's',
          EventId: '1',
          StackName: 's',
          Timestamp: new Date(),
          LogicalResourceId: 'ImageFunction',
          ResourceType: 'AWS::Lambda::Function',
          ResourceStatus: 'CREATE_FAILED',
          ResourceStatusReason: 'Unzipped size must be smaller than 262144000 bytes',
        },
      ],
    });
    const printed: string[] = [];
    const error = await open(printed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as Error).message).toBe(
      'The stack could not be created from your template: ImageFunction (AWS::Lambda::Function): Unzipped size must be smaller than 262144000 bytes',
    );
    expect(cfn.commandCalls(DeleteStackCommand)).toHaveLength(1);
    expect(s3.commandCalls(DeleteBucketCommand)).toHaveLength(1);
  });

  it('deletes the bucket and the stack when the change set itself fails (a template error)', async () => {
    stackStatus('REVIEW_IN_PROGRESS');
    cfn.on(DescribeChangeSetCommand).resolves({
      Status: 'FAILED',
      StatusReason:
        'Transform AWS::Serverless-2016-10-31 failed with: Invalid Serverless Application Specification document.',
    });
    const error = await open([], { lang: 'ko' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      '템플릿으로 스택을 만들지 못했어요: Transform AWS::Serverless-2016-10-31 failed with: Invalid Serverless Application Specification document.',
    );
    expect(cfn.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(cfn.commandCalls(DeleteStackCommand)).toHaveLength(1);
    expect(s3.commandCalls(DeleteBucketCommand)).toHaveLength(1);
  });

  it('stops waiting when interrupted and deletes what it had created', async () => {
    stackStatus('REVIEW_IN_PROGRESS');
    const abort = new AbortController();
    cfn.on(DescribeChangeSetCommand).callsFake(() => {
      abort.abort();
      return { Status: 'CREATE_IN_PROGRESS' };
    });
    const printed: string[] = [];
    const error = await open(printed, { signal: abort.signal }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('Deployment stopped (interrupted).');
    expect(cfn.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(cfn.commandCalls(DeleteStackCommand)).toHaveLength(1);
    expect(s3.commandCalls(DeleteBucketCommand)).toHaveLength(1);
    expect(printed.at(-1)).toMatch(/^Cleanup: deleted /);
  });

  it('says where to look when the clean-up itself fails', async () => {
    stackStatus('CREATE_COMPLETE');
    s3.on(DeleteBucketCommand).rejects(
      Object.assign(new Error('denied'), { name: 'AccessDenied' }),
    );
    const printed: string[] = [];
    const target = await open(printed, { lang: 'ko' });
    await target.cleanup();
    expect(printed.at(-1)).toBe(
      `정리 실패: lambda-dojo-lab-9-${target.settings.runId}-package. AWS 콘솔에서 태그 lambda-dojo:run=${target.settings.runId}인 리소스를 직접 지워 주세요.`,
    );
  });
});
