import { connect, type Socket } from 'node:net';
import { InvokeCommand, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../src/limits.ts';
import { deploy, startTestService, type TestService } from '../helpers.ts';

let t: TestService;
beforeAll(async () => {
  t = await startTestService({ headersTimeoutMs: 500, concurrency: 1 });
});
afterAll(() => t.service.close());

describe('clients that hold the service', () => {
  it('closes 300 half-sent requests once the header timeout passes, and keeps serving', async () => {
    const sockets: Socket[] = [];
    const closed: Promise<void>[] = [];
    for (let i = 0; i < 300; i++) {
      const socket = connect(t.service.port, '127.0.0.1');
      socket.on('error', () => {});
      socket.resume();
      socket.write(`POST /2015-03-31/functions HTTP/1.1\r\nHost: 127.0.0.1:${t.service.port}\r\n`);
      closed.push(new Promise((resolve) => socket.on('close', () => resolve())));
      sockets.push(socket);
    }
    const served = await t.client.send(new ListFunctionsCommand({}));
    expect(served.$metadata.httpStatusCode).toBe(200);
    const allClosed = await Promise.race([
      Promise.all(closed).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
    ]);
    for (const socket of sockets) socket.destroy();
    expect(allClosed).toBe(true);
  }, 15_000);

  it('answers 429 once the queue of asynchronous invocations is full', async () => {
    await deploy(
      t.client,
      'slow-events',
      // Busy for the whole test, so no queued event finishes meanwhile.
      'export const handler = async () => new Promise((r) => setTimeout(r, 60_000));',
      { Timeout: 120 },
    );
    const results: string[] = [];
    const batch = 50;
    for (let sent = 0; sent < limits.maxQueuedEvents + batch; sent += batch) {
      const calls = Array.from({ length: batch }, () =>
        t.client
          .send(new InvokeCommand({ FunctionName: 'slow-events', InvocationType: 'Event' }))
          .then(
            (out) => String(out.StatusCode),
            (error: { name: string }) => error.name,
          ),
      );
      results.push(...(await Promise.all(calls)));
    }
    expect(results.filter((r) => r === '202')).toHaveLength(limits.maxQueuedEvents);
    expect(results.filter((r) => r === 'TooManyRequestsException')).toHaveLength(batch);
    const served = await t.client.send(new ListFunctionsCommand({}));
    expect(served.$metadata.httpStatusCode).toBe(200);
  }, 60_000);
});
