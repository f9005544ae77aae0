import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LambdaLocal, startLambdaLocal } from '../../src/index.ts';
import { writeZip } from '../../src/zip.ts';
import { type ClientRun, findAwsCli, missingTool, runClient, serviceForSuite } from './tools.ts';

const AWS = findAwsCli();
if (!AWS) {
  missingTool(
    'The AWS CLI conformance tests: no AWS CLI version 2 found (apt-get install awscli, or set LAMBDA_LOCAL_AWS_CLI).',
  );
}

const ROLE = 'arn:aws:iam::123456789012:role/lambda-dojo-cli';
let service: () => LambdaLocal;
let dir: string;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json: Record<string, unknown>;
}

function aws(...args: string[]): Promise<CliResult> {
  return awsAt(service(), ...args);
}

async function awsAt(target: LambdaLocal, ...args: string[]): Promise<CliResult> {
  const run = await runClient(
    AWS as string,
    ['lambda', ...args, '--endpoint-url', target.endpoint, '--output', 'json'],
    dir,
  );
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(run.stdout) as Record<string, unknown>;
  } catch {
    // not JSON (empty output)
  }
  return { ...run, json };
}

/** `aws logs ...` against the service: the CloudWatch Logs API on the same port. */
function awsLogs(...args: string[]): Promise<ClientRun> {
  return runClient(AWS as string, ['logs', ...args, '--endpoint-url', service().endpoint], dir);
}

function zipFile(name: string, source: string): string {
  const path = join(dir, `${name}.zip`);
  writeFileSync(path, writeZip([{ path: 'index.mjs', data: Buffer.from(source) }]));
  return `fileb://${path}`;
}

function createArgs(name: string, source: string, ...extra: string[]): string[] {
  return [
    'create-function',
    '--function-name',
    name,
    '--runtime',
    'nodejs22.x',
    '--role',
    ROLE,
    '--handler',
    'index.handler',
    '--zip-file',
    zipFile(name, source),
    ...extra,
  ];
}

describe.skipIf(!AWS)('the AWS CLI against lambda-local', () => {
  service = serviceForSuite(1_500);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lambda-local-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a function that is Pending, waits for Active and invokes it with a log tail', async () => {
    const created = await aws(
      ...createArgs(
        'cli-echo',
        'export const handler = async (e) => { console.log("seen", e.a); return { echo: e }; };',
      ),
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.json).toMatchObject({ FunctionName: 'cli-echo', State: 'Pending' });
    const waited = await aws('wait', 'function-active-v2', '--function-name', 'cli-echo');
    expect(waited.code, waited.stderr).toBe(0);
    const out = join(dir, 'out.json');
    const invoked = await aws(
      'invoke',
      '--function-name',
      'cli-echo',
      '--cli-binary-format',
      'raw-in-base64-out',
      '--payload',
      '{"a":1}',
      '--log-type',
      'Tail',
      out,
    );
    expect(invoked.code, invoked.stderr).toBe(0);
    expect(invoked.json).toMatchObject({ StatusCode: 200, ExecutedVersion: '$LATEST' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ echo: { a: 1 } });
    const log = Buffer.from(String(invoked.json.LogResult), 'base64').toString('utf8');
    expect(log).toMatch(
      /START RequestId: .*\n.*\tINFO\tseen 1\nEND RequestId: .*\nREPORT RequestId: /,
    );
  }, 120_000);

  it('reports a function error, Event and DryRun invocations as AWS does', async () => {
    const failing = await aws(
      ...createArgs(
        'cli-fail',
        'export const handler = async () => { throw new TypeError("bad"); };',
      ),
    );
    expect(failing.code, failing.stderr).toBe(0);
    await aws('wait', 'function-active-v2', '--function-name', 'cli-fail');
    const out = join(dir, 'fail.json');
    const failed = await aws('invoke', '--function-name', 'cli-fail', out);
    expect(failed.json).toMatchObject({ StatusCode: 200, FunctionError: 'Unhandled' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      errorType: 'TypeError',
      errorMessage: 'bad',
    });
    const event = await aws(
      'invoke',
      '--function-name',
      'cli-echo',
      '--invocation-type',
      'Event',
      out,
    );
    expect(event.json).toMatchObject({ StatusCode: 202 });
    const dry = await aws(
      'invoke',
      '--function-name',
      'cli-echo',
      '--invocation-type',
      'DryRun',
      out,
    );
    expect(dry.json).toMatchObject({ StatusCode: 204 });
  }, 120_000);

  it('refuses an update while a function is still Pending', async () => {
    // States last long enough here for a slow CLI start not to miss them.
    const slow = await startLambdaLocal({ port: 0, stateDelayMs: 60_000 });
    try {
      const created = await awsAt(
        slow,
        ...createArgs('cli-pending', 'export const handler = async () => 1;'),
      );
      expect(created.json.State).toBe('Pending');
      const conflict = await awsAt(
        slow,
        'update-function-configuration',
        '--function-name',
        'cli-pending',
        '--timeout',
        '10',
      );
      expect(conflict.code).not.toBe(0);
      expect(conflict.stderr).toMatch(
        /An error occurred \(ResourceConflictException\) when calling the UpdateFunctionConfiguration operation.*: The operation cannot be performed at this time\. An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:cli-pending/,
      );
    } finally {
      await slow.close();
    }
  }, 120_000);

  it('reports InProgress after an update, and the updated waiter waits it out', async () => {
    const code = await aws(
      'update-function-code',
      '--function-name',
      'cli-echo',
      '--zip-file',
      zipFile('cli-echo-2', 'export const handler = async () => "v2";'),
    );
    expect(code.code, code.stderr).toBe(0);
    expect(code.json.LastUpdateStatus).toBe('InProgress');
    const waited = await aws('wait', 'function-updated-v2', '--function-name', 'cli-echo');
    expect(waited.code, waited.stderr).toBe(0);
    const config = await aws(
      'update-function-configuration',
      '--function-name',
      'cli-echo',
      '--timeout',
      '10',
    );
    expect(config.code, config.stderr).toBe(0);
    expect(config.json.Timeout).toBe(10);
  }, 120_000);

  it('publishes versions once per change and lists them', async () => {
    await aws('wait', 'function-updated-v2', '--function-name', 'cli-echo');
    const first = await aws('publish-version', '--function-name', 'cli-echo');
    expect(first.code, first.stderr).toBe(0);
    expect(first.json.Version).toBe('1');
    const again = await aws('publish-version', '--function-name', 'cli-echo');
    expect(again.json.Version).toBe('1');
    const versions = await aws('list-versions-by-function', '--function-name', 'cli-echo');
    expect((versions.json.Versions as { Version: string }[]).map((v) => v.Version)).toEqual([
      '$LATEST',
      '1',
    ]);
    const all = await aws('list-functions', '--function-version', 'ALL');
    const names = (all.json.Functions as { FunctionName: string; Version: string }[]).map(
      (f) => `${f.FunctionName}:${f.Version}`,
    );
    expect(names).toEqual(
      expect.arrayContaining(['cli-echo:$LATEST', 'cli-echo:1', 'cli-fail:$LATEST']),
    );
  }, 120_000);

  it('answers errors with AWS’s types and messages', async () => {
    const missing = await aws('get-function', '--function-name', 'nobody');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(
      /An error occurred \(ResourceNotFoundException\) when calling the GetFunction operation.*: Function not found: arn:aws:lambda:us-east-1:123456789012:function:nobody/,
    );
    const tooLong = await aws(
      ...createArgs('cli-too-long', 'export const handler = async () => 1;', '--timeout', '1000'),
    );
    expect(tooLong.stderr).toContain(
      'An error occurred (ValidationException) when calling the CreateFunction operation',
    );
    expect(tooLong.stderr).toContain(
      ": 1 validation error detected: Value '1000' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900",
    );
    const exists = await aws(...createArgs('cli-echo', 'export const handler = async () => 1;'));
    expect(exists.stderr).toContain('(ResourceConflictException)');
  }, 120_000);

  it('reads the functions’ logs with aws logs: groups, streams, events, filters and tail', async () => {
    const groups = await awsLogs('describe-log-groups', '--output', 'json');
    expect(groups.code, groups.stderr).toBe(0);
    const names = (JSON.parse(groups.stdout).logGroups as { logGroupName: string }[]).map(
      (g) => g.logGroupName,
    );
    expect(names).toEqual(expect.arrayContaining(['/aws/lambda/cli-echo', '/aws/lambda/cli-fail']));

    const streams = await awsLogs(
      'describe-log-streams',
      '--log-group-name',
      '/aws/lambda/cli-echo',
      '--order-by',
      'LastEventTime',
      '--descending',
      '--output',
      'json',
    );
    expect(streams.code, streams.stderr).toBe(0);
    const stream = JSON.parse(streams.stdout).logStreams[0].logStreamName as string;
    expect(stream).toMatch(/^\d{4}\/\d\d\/\d\d\/\[(\$LATEST|\d+)\][0-9a-f]{32}$/);

    const events = await awsLogs(
      'get-log-events',
      '--log-group-name',
      '/aws/lambda/cli-echo',
      '--log-stream-name',
      stream,
      '--start-from-head',
      '--output',
      'json',
    );
    expect(events.code, events.stderr).toBe(0);
    const messages = (JSON.parse(events.stdout).events as { message: string }[]).map(
      (e) => e.message,
    );
    expect(messages.some((m) => m.startsWith('START RequestId: '))).toBe(true);
    expect(messages.some((m) => /\tINFO\tseen /.test(m))).toBe(true);

    const reports = await awsLogs(
      'filter-log-events',
      '--log-group-name',
      '/aws/lambda/cli-echo',
      '--filter-pattern',
      '"Billed Duration"',
      '--output',
      'json',
    );
    expect(reports.code, reports.stderr).toBe(0);
    const found = JSON.parse(reports.stdout).events as { message: string }[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.message.startsWith('REPORT RequestId: '))).toBe(true);

    // `aws logs tail` pages through FilterLogEvents from --since on, as it does on AWS.
    const tail = await awsLogs('tail', '/aws/lambda/cli-echo', '--since', '1h');
    expect(tail.code, tail.stderr).toBe(0);
    expect(tail.stdout).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+\+00:00 \S+\[\S+ START RequestId: /m);
    expect(tail.stdout).toMatch(/REPORT RequestId: \S+\tDuration: /);
    const errors = await awsLogs('tail', '/aws/lambda/cli-echo', '--filter-pattern', 'seen');
    expect(
      errors.stdout
        .trim()
        .split('\n')
        .every((line) => line.includes('seen')),
    ).toBe(true);

    const missing = await awsLogs('tail', '/aws/lambda/nobody');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('(ResourceNotFoundException)');
  }, 120_000);

  it('downloads the code from Code.Location, reads the account settings and deletes', async () => {
    const got = await aws('get-function', '--function-name', 'cli-fail');
    const location = (got.json.Code as { Location: string }).Location;
    const zip = Buffer.from(await (await fetch(location)).arrayBuffer());
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    const settings = await aws('get-account-settings');
    expect(settings.json).toMatchObject({ AccountUsage: { FunctionCount: 2 } });
    const deleted = await aws('delete-function', '--function-name', 'cli-fail');
    expect(deleted.code, deleted.stderr).toBe(0);
    const gone = await aws('get-function', '--function-name', 'cli-fail');
    expect(gone.stderr).toContain('(ResourceNotFoundException)');
  }, 120_000);
});
