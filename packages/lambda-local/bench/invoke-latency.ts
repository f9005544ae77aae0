// npm run bench -w packages/lambda-local
// Measures lambda-local through the real AWS SDK on loopback, next to calling
// the same handler in-process (the lower bound). Bounded loops, 127.0.0.1 only.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import {
  CreateFunctionCommand,
  InvokeCommand,
  LambdaClient,
  waitUntilFunctionActiveV2,
} from '@aws-sdk/client-lambda';
import { startLambdaLocal } from '../src/index.ts';
import { writeZip } from '../src/zip.ts';

const WARM_CALLS = 3_000;
const THROUGHPUT_CALLS = 4_000;
const COLD_STARTS = 10;
const SOURCE = 'export const handler = async (event) => ({ ok: true, n: event.n });';
const inProcessHandler = async (event: { n: number }) => ({ ok: true, n: event.n });

const startLoad = loadavg()
  .map((l) => l.toFixed(1))
  .join(', ');
const service = await startLambdaLocal({ port: 0, concurrency: 16 });
const newClient = () =>
  new LambdaClient({
    endpoint: service.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    maxAttempts: 1,
  });
const client = newClient();
const zip = writeZip([{ path: 'index.mjs', data: Buffer.from(SOURCE) }]);

async function create(name: string): Promise<void> {
  await client.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'nodejs24.x',
      Role: 'arn:aws:iam::123456789012:role/bench',
      Handler: 'index.handler',
      Code: { ZipFile: zip },
    }),
  );
  await waitUntilFunctionActiveV2({ client, maxWaitTime: 10, minDelay: 1 }, { FunctionName: name });
}

const payload = (n: number) => new TextEncoder().encode(JSON.stringify({ n }));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function latencies(calls: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await call(i);
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

async function throughput(
  clients: number,
  calls: number,
  call: (c: number, i: number) => Promise<unknown>,
): Promise<number> {
  const perClient = Math.floor(calls / clients);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < perClient; i++) await call(c, i);
    }),
  );
  return (perClient * clients) / ((performance.now() - started) / 1000);
}

// Warm invoke latency.
await create('bench-warm');
const invokeWarm = (c: LambdaClient) => (i: number) =>
  c.send(new InvokeCommand({ FunctionName: 'bench-warm', Payload: payload(i) }));
await latencies(300, invokeWarm(client)); // warm-up: JIT and the environment
// CPU time per warm invoke, which a loaded machine disturbs less than wall time: this
// process (the service and the SDK client) and the environment (from /proc/<pid>/stat).
const envCpuMs = () =>
  service.environmentPids().reduce((sum, pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]?.split(' ') ?? [];
      return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks
    } catch {
      return sum;
    }
  }, 0);
const cpuBefore = process.cpuUsage();
const envBefore = envCpuMs();
const warm = await latencies(WARM_CALLS, invokeWarm(client));
const cpu = process.cpuUsage(cpuBefore);
const serviceCpuPerCall = (cpu.user + cpu.system) / 1000 / WARM_CALLS;
const envCpuPerCall = (envCpuMs() - envBefore) / WARM_CALLS;
await latencies(2_000, (i) => inProcessHandler({ n: i }));
const local = await latencies(WARM_CALLS, (i) => inProcessHandler({ n: i }));

// The SDK against a server that answers every Invoke at once with a canned result: what
// the SDK itself costs, the floor of any local Lambda measured through it.
const canned = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-amz-executed-version': '$LATEST' });
    res.end('{"ok":true}');
  });
});
await new Promise<void>((resolve) => canned.listen(0, '127.0.0.1', () => resolve()));
const cannedClient = new LambdaClient({
  endpoint: `http://127.0.0.1:${(canned.address() as AddressInfo).port}`,
  region: 'us-east-1',
  credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  maxAttempts: 1,
});
await latencies(300, invokeWarm(cannedClient));
const cannedCpuBefore = process.cpuUsage();
const floor = await latencies(WARM_CALLS, invokeWarm(cannedClient));
const cannedCpu = process.cpuUsage(cannedCpuBefore);
const sdkCpuPerCall = (cannedCpu.user + cannedCpu.system) / 1000 / WARM_CALLS;
canned.close();

// Cold starts: a new function each time, so each first call spawns an environment.
const cold: number[] = [];
const init: number[] = [];
for (let i = 0; i < COLD_STARTS; i++) {
  await create(`bench-cold-${i}`);
  const t = performance.now();
  const out = await client.send(
    new InvokeCommand({ FunctionName: `bench-cold-${i}`, Payload: payload(i), LogType: 'Tail' }),
  );
  cold.push(performance.now() - t);
  const report = Buffer.from(out.LogResult ?? '', 'base64').toString();
  init.push(Number(/Init Duration: ([\d.]+) ms/.exec(report)?.[1] ?? Number.NaN));
}
cold.sort((a, b) => a - b);
init.sort((a, b) => a - b);

// Invocations per second with 1 and 8 concurrent clients (one SDK client each).
const clients = Array.from({ length: 8 }, newClient);
const rate = async (n: number) => {
  await throughput(n, 400, (c, i) => invokeWarm(clients[c] as LambdaClient)(i)); // warm the 8 environments
  return throughput(n, THROUGHPUT_CALLS, (c, i) => invokeWarm(clients[c] as LambdaClient)(i));
};
const rate1 = await rate(1);
const rate8 = await rate(8);
const local1 = await throughput(1, 100_000, (_, i) => inProcessHandler({ n: i }));
const local8 = await throughput(8, 100_000, (_, i) => inProcessHandler({ n: i }));
await service.close();

const ms = (v: number) => (v < 0.1 ? `${(v * 1000).toFixed(2)} µs` : `${v.toFixed(2)} ms`);
const perSec = (v: number) => `${Math.round(v).toLocaleString('en-US')}/s`;
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}\n`);
console.log('| measure | lambda-local via SDK | SDK, canned answer | handler in-process |');
console.log('| --- | --- | --- | --- |');
console.log(
  `| warm invoke p50 (${WARM_CALLS} calls) | ${ms(percentile(warm, 50))} | ${ms(percentile(floor, 50))} | ${ms(percentile(local, 50))} |`,
);
console.log(
  `| warm invoke p99 | ${ms(percentile(warm, 99))} | ${ms(percentile(floor, 99))} | ${ms(percentile(local, 99))} |`,
);
console.log(
  `| CPU per warm invoke: this process (service + SDK) / environment | ${ms(serviceCpuPerCall)} / ${ms(envCpuPerCall)} | ${ms(sdkCpuPerCall)} (SDK) | – |`,
);
console.log(
  `| cold start, first Invoke p50 (${COLD_STARTS} functions) | ${ms(percentile(cold, 50))} | – | – |`,
);
console.log(
  `| cold start, first Invoke max | ${ms(cold[cold.length - 1] ?? Number.NaN)} | – | – |`,
);
console.log(`| Init Duration (REPORT) p50 | ${ms(percentile(init, 50))} | – | – |`);
console.log(`| invocations/s, 1 client | ${perSec(rate1)} | – | ${perSec(local1)} |`);
console.log(`| invocations/s, 8 clients | ${perSec(rate8)} | – | ${perSec(local8)} |`);
const warmGoal = percentile(warm, 50) <= 1;
const coldGoal = percentile(cold, 50) <= 60;
console.log(`\nGoal warm p50 ≤ 1 ms: ${warmGoal ? 'met' : 'NOT met'}`);
console.log(`Goal cold start p50 ≤ 60 ms: ${coldGoal ? 'met' : 'NOT met'}`);
console.log(`Load average at the start: ${startLoad}`);
console.log(
  `Load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);
