import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  paginateFilterLogEvents,
} from '@aws-sdk/client-cloudwatch-logs';
import { DeleteFunctionCommand, InvokeCommand } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploy, rawRequest, SIGNED, startTestService, type TestService } from './helpers.ts';

const LOGGER = `console.log('init line');
export const handler = async (event) => {
  console.log(JSON.stringify({ level: event.level ?? 'INFO', n: event.n ?? 0 }));
  if (event.fail) throw new Error('boom');
  return 'ok';
};`;

let t: TestService;
let logs: CloudWatchLogsClient;
beforeAll(async () => {
  t = await startTestService({ concurrency: 2 });
  logs = new CloudWatchLogsClient({
    endpoint: t.service.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    maxAttempts: 1,
  });
  await deploy(t.client, 'logger', LOGGER);
  for (let n = 1; n <= 3; n++) {
    await t.client.send(
      new InvokeCommand({ FunctionName: 'logger', Payload: JSON.stringify({ n }) }),
    );
  }
  await t.client.send(
    new InvokeCommand({
      FunctionName: 'logger',
      Payload: JSON.stringify({ n: 4, level: 'ERROR', fail: true }),
    }),
  );
});
afterAll(() => t.service.close());

const GROUP = '/aws/lambda/logger';

async function onlyStream(): Promise<string> {
  const out = await logs.send(new DescribeLogStreamsCommand({ logGroupName: GROUP }));
  expect(out.logStreams).toHaveLength(1);
  return out.logStreams?.[0]?.logStreamName as string;
}

describe('log groups and streams', () => {
  it('keeps a log group per function, named as Lambda names it', async () => {
    const out = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/lambda/' }),
    );
    expect(out.logGroups?.map((g) => g.logGroupName)).toEqual([GROUP]);
    expect(out.logGroups?.[0]).toMatchObject({
      arn: `arn:aws:logs:us-east-1:123456789012:log-group:${GROUP}:*`,
      logGroupArn: `arn:aws:logs:us-east-1:123456789012:log-group:${GROUP}`,
      creationTime: expect.any(Number),
      storedBytes: expect.any(Number),
    });
  });

  it('has one stream per execution environment, named date/[version]id', async () => {
    const name = await onlyStream();
    const today = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
    expect(name).toMatch(new RegExp(`^${today}/\\[\\$LATEST\\][0-9a-f]{32}$`));
    const out = await logs.send(new DescribeLogStreamsCommand({ logGroupName: GROUP }));
    const stream = out.logStreams?.[0];
    expect(stream?.firstEventTimestamp).toBeLessThanOrEqual(stream?.lastEventTimestamp ?? 0);
  });

  it('answers ResourceNotFoundException for a group nobody wrote to', async () => {
    await expect(
      logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/lambda/nobody' })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
    });
    await expect(
      logs.send(new GetLogEventsCommand({ logGroupName: GROUP, logStreamName: 'no/such' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('pages log groups with nextToken', async () => {
    await deploy(t.client, 'logger-two', LOGGER);
    await t.client.send(new InvokeCommand({ FunctionName: 'logger-two' }));
    const first = await logs.send(new DescribeLogGroupsCommand({ limit: 1 }));
    expect(first.logGroups?.map((g) => g.logGroupName)).toEqual([GROUP]);
    const second = await logs.send(
      new DescribeLogGroupsCommand({ limit: 1, nextToken: first.nextToken }),
    );
    expect(second.logGroups?.map((g) => g.logGroupName)).toEqual(['/aws/lambda/logger-two']);
    expect(second.nextToken).toBeUndefined();
  });
});

describe('GetLogEvents', () => {
  it('holds what Lambda writes: the init output, START, the function log, END and REPORT', async () => {
    const out = await logs.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: await onlyStream(),
        startFromHead: true,
      }),
    );
    const messages = out.events?.map((e) => e.message ?? '') ?? [];
    expect(messages[0]).toMatch(/\tinit line\n$/);
    expect(messages[1]).toMatch(/^START RequestId: [0-9a-f-]{36} Version: \$LATEST\n$/);
    expect(messages[2]).toMatch(/\tINFO\t\{"level":"INFO","n":1\}\n$/);
    expect(messages[3]).toMatch(/^END RequestId: /);
    expect(messages[4]).toMatch(
      /^REPORT RequestId: \S+\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB\tInit Duration: [\d.]+ ms\t\n$/,
    );
    expect(messages.filter((m) => m.startsWith('START'))).toHaveLength(4);
    expect(messages.filter((m) => m.startsWith('REPORT'))).toHaveLength(4);
    expect(messages.some((m) => /\tERROR\tInvoke Error|"errorMessage":"boom"/.test(m))).toBe(true);
    for (const e of out.events ?? []) expect(e.timestamp).toBeLessThanOrEqual(e.ingestionTime ?? 0);
  });

  it('pages forward and backward with tokens, and returns the same token at the end', async () => {
    const logStreamName = await onlyStream();
    const head = await logs.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName,
        startFromHead: true,
        limit: 2,
      }),
    );
    expect(head.events).toHaveLength(2);
    const next = await logs.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName,
        startFromHead: true,
        limit: 2,
        nextToken: head.nextForwardToken,
      }),
    );
    expect(head.events?.[1]?.message).toMatch(/^START/);
    expect(next.events?.[0]?.message).toMatch(/\tINFO\t/);
    const all: string[] = [];
    let token: string | undefined;
    for (let page = 0; page < 50; page++) {
      const out = await logs.send(
        new GetLogEventsCommand({
          logGroupName: GROUP,
          logStreamName,
          startFromHead: true,
          limit: 3,
          nextToken: token,
        }),
      );
      if (out.nextForwardToken === token) break;
      all.push(...(out.events ?? []).map((e) => e.message ?? ''));
      token = out.nextForwardToken;
    }
    const whole = await logs.send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName, startFromHead: true }),
    );
    expect(all).toEqual(whole.events?.map((e) => e.message));
    // Without startFromHead, the newest events; the backward token reaches the older ones.
    const tail = await logs.send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName, limit: 1 }),
    );
    expect(tail.events?.[0]?.message).toMatch(/^REPORT/);
    const before = await logs.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName,
        limit: 1,
        nextToken: tail.nextBackwardToken,
      }),
    );
    expect(before.events?.[0]?.message).toMatch(/^END/);
  });

  it('keeps events from startTime on and before endTime', async () => {
    const logStreamName = await onlyStream();
    const whole = await logs.send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName, startFromHead: true }),
    );
    const last = whole.events?.at(-1)?.timestamp as number;
    const later = await logs.send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName, startTime: last + 1 }),
    );
    expect(later.events).toEqual([]);
    const earlier = await logs.send(
      new GetLogEventsCommand({ logGroupName: GROUP, logStreamName, endTime: last }),
    );
    expect(earlier.events?.every((e) => (e.timestamp as number) < last)).toBe(true);
  });
});

describe('FilterLogEvents', () => {
  const filter = async (filterPattern?: string) => {
    const out = await logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern }));
    return out.events?.map((e) => e.message ?? '') ?? [];
  };

  it('finds events by terms, phrases, alternatives and exclusions', async () => {
    expect(await filter('REPORT')).toHaveLength(4);
    expect(await filter('"Max Memory Used"')).toHaveLength(4);
    expect(await filter('?START ?END')).toHaveLength(8);
    expect(await filter('RequestId -REPORT -END')).toHaveLength(4);
    expect((await filter('')).length).toBeGreaterThan(12);
  });

  it('matches JSON fields', async () => {
    // The Node.js runtime prefixes each line, so a JSON pattern matches a line that is JSON only.
    expect(await filter('{ $.level = "ERROR" }')).toEqual([]);
    expect(await filter('%"n":[23]%')).toHaveLength(2);
  });

  it('gives each event its stream and an id, and pages with nextToken', async () => {
    const out = await logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, limit: 2 }));
    expect(out.events?.[0]).toMatchObject({
      logStreamName: await onlyStream(),
      eventId: expect.stringMatching(/^\d{56}$/),
    });
    expect(out.nextToken).toBeDefined();
    const pages: string[] = [];
    for await (const page of paginateFilterLogEvents(
      { client: logs, pageSize: 3 },
      { logGroupName: GROUP },
    )) {
      pages.push(...(page.events ?? []).map((e) => e.message ?? ''));
    }
    expect(pages).toEqual(await filter());
  });

  it('refuses a space-delimited pattern, saying it is not supported here', async () => {
    await expect(
      logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern: '[ip, user]' })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });

  it('keeps a deleted function’s log group, as CloudWatch does', async () => {
    await t.client.send(new DeleteFunctionCommand({ FunctionName: 'logger-two' }));
    const out = await logs.send(
      new FilterLogEventsCommand({
        logGroupName: '/aws/lambda/logger-two',
        filterPattern: 'REPORT',
      }),
    );
    expect(out.events).toHaveLength(1);
  });
});

describe('the same guard as the Lambda API', () => {
  const call = (headers: Record<string, string>, target = 'Logs_20140328.DescribeLogGroups') =>
    rawRequest(t.service.endpoint, '/', {
      method: 'POST',
      body: '{}',
      headers: {
        host: `127.0.0.1:${t.service.port}`,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': target,
        ...headers,
      },
    });
  const logsSigned = {
    ...SIGNED,
    authorization: SIGNED.authorization.replace('/lambda/', '/logs/'),
  };

  it('answers a request signed for logs', async () => {
    const res = await call(logsSigned);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-amz-json-1.1');
  });

  it('refuses a rebinding Host, an Origin, no signature, or one for another service', async () => {
    const rebound = await call({ ...logsSigned, host: `attacker.example:${t.service.port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.json).toMatchObject({ __type: 'AccessDeniedException' });
    expect((await call({ ...logsSigned, origin: 'https://attacker.example' })).status).toBe(403);
    const unsigned = await call({});
    expect(unsigned.json).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
    const forLambda = await call(SIGNED);
    expect(forLambda.json).toMatchObject({ __type: 'InvalidSignatureException' });
  });

  it('refuses a body that is not JSON 1.1, and names unknown operations', async () => {
    const plain = await call({ ...logsSigned, 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    const unknown = await call(logsSigned, 'Logs_20140328.DeleteLogGroup');
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({ __type: 'UnknownOperationException' });
  });
});
