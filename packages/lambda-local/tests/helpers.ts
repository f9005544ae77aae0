import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import {
  CreateFunctionCommand,
  type CreateFunctionCommandInput,
  InvokeCommand,
  LambdaClient,
  waitUntilFunctionActiveV2,
} from '@aws-sdk/client-lambda';
import { type LambdaLocal, type LambdaLocalOptions, startLambdaLocal } from '../src/index.ts';
import { writeZip } from '../src/zip.ts';

export const ROLE = 'arn:aws:iam::123456789012:role/lambda-dojo-test';

export interface TestService {
  service: LambdaLocal;
  client: LambdaClient;
  logs: string[];
}

/** A lambda-local on a random port and an SDK client pointed at it with dummy credentials. */
export async function startTestService(options: LambdaLocalOptions = {}): Promise<TestService> {
  const logs: string[] = [];
  const service = await startLambdaLocal({
    port: 0,
    stateDelayMs: 0,
    onLog: (_name, text) => logs.push(text),
    ...options,
  });
  const client = new LambdaClient({
    endpoint: service.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    maxAttempts: 1,
  });
  return { service, client, logs };
}

/** A zip holding one ES module `index.mjs` with the given source. */
export function zipOf(source: string, extra: Record<string, string> = {}): Uint8Array {
  const files = [{ path: 'index.mjs', data: Buffer.from(source) }];
  for (const [path, text] of Object.entries(extra)) files.push({ path, data: Buffer.from(text) });
  return writeZip(files);
}

/** Creates a function from handler source and waits until it is Active. */
export async function deploy(
  client: LambdaClient,
  name: string,
  source: string,
  input: Partial<CreateFunctionCommandInput> = {},
): Promise<void> {
  await client.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'nodejs24.x',
      Role: ROLE,
      Handler: 'index.handler',
      Code: { ZipFile: zipOf(source) },
      ...input,
    }),
  );
  await waitUntilFunctionActiveV2({ client, maxWaitTime: 10, minDelay: 1 }, { FunctionName: name });
}

/** Invokes with a log tail; gives the output, the decoded payload and the decoded log. */
export async function invokeWithLog(client: LambdaClient, name: string, payload: unknown = {}) {
  const out = await client.send(
    new InvokeCommand({ FunctionName: name, Payload: JSON.stringify(payload), LogType: 'Tail' }),
  );
  return {
    out,
    payload: decode(out.Payload) as Record<string, unknown>,
    log: decodeLog(out.LogResult),
  };
}

export function decode(payload: Uint8Array | undefined): unknown {
  return JSON.parse(Buffer.from(payload ?? []).toString('utf8'));
}

export function decodeLog(logResult: string | undefined): string {
  return Buffer.from(logResult ?? '', 'base64').toString('utf8');
}

/** A SigV4-shaped Authorization header as the SDK and AWS CLI send (lambda-local checks its shape only). */
export const SIGNED = {
  authorization: `AWS4-HMAC-SHA256 Credential=AKIDLOCAL/20260101/us-east-1/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
  'x-amz-date': '20260101T000000Z',
};

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or null. */
  json: unknown;
}

/**
 * A plain HTTP request with exactly the given headers (no `Sec-Fetch-*` as
 * Node's fetch adds): what an SDK, curl or an attacker could send.
 */
export function rawRequest(
  address: string,
  path: string,
  init: { method?: string; body?: Buffer | string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const [hostname, port] = address.replace(/^http:\/\//, '').split(':');
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname, port: Number(port), path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
