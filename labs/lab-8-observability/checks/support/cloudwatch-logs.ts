// On the local target, the function's log as CloudWatch Logs holds it: lambda-local keeps what
// its functions write and serves the CloudWatch Logs API on its own port, so the checks read one
// invocation's lines with the AWS SDK's FilterLogEvents, as they would on AWS.

import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { settingsFromEnv } from '@lambda-dojo/check-kit';

let client: CloudWatchLogsClient | undefined;

function logsClient(): CloudWatchLogsClient {
  const settings = settingsFromEnv();
  client ??= new CloudWatchLogsClient({
    endpoint: settings.endpoint,
    region: settings.region ?? 'us-east-1',
    // lambda-local checks the shape of the signature, not the keys.
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return client;
}

interface Event {
  logStreamName?: string;
  message?: string;
}

async function groupEvents(logGroupName: string): Promise<Event[]> {
  const events: Event[] = [];
  let nextToken: string | undefined;
  do {
    const page = await logsClient().send(new FilterLogEventsCommand({ logGroupName, nextToken }));
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
}

/**
 * The lines one invocation wrote (between its START and END lines, in its own log stream),
 * read from the function's log group. Undefined when the END line is not there yet.
 */
async function readOnce(functionName: string, requestId: string): Promise<string[] | undefined> {
  const events = await groupEvents(`/aws/lambda/${functionName}`);
  const start = events.findIndex((e) => e.message?.startsWith(`START RequestId: ${requestId}`));
  if (start < 0) return undefined;
  const stream = events[start]?.logStreamName;
  const own = events.slice(start).filter((e) => e.logStreamName === stream);
  const end = own.findIndex((e) => e.message?.startsWith(`END RequestId: ${requestId}`));
  if (end < 0) return undefined;
  return own.slice(1, end).map((e) => (e.message ?? '').replace(/\n$/, ''));
}

/** Reads an invocation's lines, waiting a moment for its END line if it is not stored yet. */
export async function invocationLines(functionName: string, requestId: string): Promise<string[]> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const lines = await readOnce(functionName, requestId);
    if (lines) return lines;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `No END line for request ${requestId} in the log group /aws/lambda/${functionName}`,
  );
}

/** The request id of an invocation, from its log tail (which always ends with END and REPORT). */
export function requestIdOf(log: string): string | undefined {
  return /(?:START|END|REPORT) RequestId: ([0-9a-f-]+)/.exec(log)?.[1];
}
