import { InvokeCommand } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploy, invokeWithLog, startTestService, type TestService } from './helpers.ts';

let t: TestService;
beforeAll(async () => {
  t = await startTestService({ idleTimeoutMs: 400, memoryPollMs: 10 });
});
afterAll(() => t.service.close());

const invoke = (name: string, payload: unknown = {}) => invokeWithLog(t.client, name, payload);

const PID = `let count = 0;
export const handler = async (event) => {
  if (event.exit) process.exit(3);
  if (event.crash) setTimeout(() => { throw new Error('async crash'); });
  if (event.crash) await new Promise((r) => setTimeout(r, 50));
  return { pid: process.pid, count: ++count };
};`;

describe('warm reuse and cold starts', () => {
  it('reuses a warm environment and reports Init Duration on the cold start only', async () => {
    await deploy(t.client, 'pid', PID);
    const cold = await invoke('pid');
    const warm = await invoke('pid');
    expect(warm.payload.pid).toBe(cold.payload.pid);
    expect(warm.payload.count).toBe(2);
    expect(cold.log).toMatch(/Init Duration: [\d.]+ ms/);
    expect(warm.log).not.toContain('Init Duration');
    expect(warm.log).toMatch(/Memory Size: 128 MB\tMax Memory Used: [1-9]\d* MB/);
  });

  it('replaces an environment whose handler calls process.exit, and keeps serving', async () => {
    const exited = await invoke('pid', { exit: true });
    expect(exited.out.FunctionError).toBe('Unhandled');
    expect(exited.payload).toMatchObject({
      errorType: 'Runtime.ExitError',
      errorMessage: expect.stringContaining('Runtime exited with error: exit status 3'),
    });
    const next = await invoke('pid');
    expect(next.payload.count).toBe(1);
    expect(next.log).toContain('Init Duration');
  });

  it('fails the invocation of a crashing handler and keeps the service up', async () => {
    const crashed = await invoke('pid', { crash: true });
    expect(crashed.out.FunctionError).toBe('Unhandled');
    expect(crashed.payload).toMatchObject({
      errorType: 'Runtime.UncaughtException',
      errorMessage: 'async crash',
    });
    const next = await invoke('pid');
    expect(next.payload.count).toBe(1);
  });

  it('shuts down an environment after the idle timeout', async () => {
    const first = await invoke('pid');
    await new Promise((r) => setTimeout(r, 700));
    const later = await invoke('pid');
    expect(later.payload.pid).not.toBe(first.payload.pid);
    expect(later.log).toContain('Init Duration');
  });
});

describe('limits', () => {
  it('times out a slow handler with AWS message and replaces the environment', async () => {
    await deploy(
      t.client,
      'sleepy',
      `export const handler = async (e) => { if (e.sleep) await new Promise((r) => setTimeout(r, 5000)); return process.pid; };`,
      { Timeout: 1 },
    );
    const before = await invoke('sleepy');
    const started = Date.now();
    const slow = await invoke('sleepy', { sleep: true });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(slow.out.FunctionError).toBe('Unhandled');
    expect(slow.payload).toMatchObject({
      errorType: 'Sandbox.Timedout',
      errorMessage: expect.stringContaining('Task timed out after 1.00 seconds'),
    });
    expect(slow.log).toMatch(/Task timed out after 1\.00 seconds\nEND RequestId/);
    expect(slow.log).toContain('Status: timeout');
    const after = await invoke('sleepy');
    expect(after.payload).not.toBe(before.payload);
  });

  it('kills an environment that exceeds its memory and reports out-of-memory', async () => {
    await deploy(
      t.client,
      'hungry',
      `const hoard = [];
export const handler = async () => {
  for (let i = 0; i < 100; i++) { hoard.push(Buffer.alloc(8 * 1024 * 1024, 1)); await new Promise((r) => setTimeout(r, 5)); }
  return 'survived';
};`,
      { MemorySize: 128 },
    );
    const out = await invoke('hungry');
    expect(out.out.FunctionError).toBe('Unhandled');
    expect(out.payload).toMatchObject({ errorType: 'Runtime.OutOfMemory' });
    expect(out.log).toContain('Runtime.OutOfMemory');
  });

  it('reports a handler that cannot be loaded as an init error', async () => {
    await deploy(t.client, 'broken', `export const handler = async () => 1;`, {
      Handler: 'missing.handler',
    });
    const out = await invoke('broken');
    expect(out.out.FunctionError).toBe('Unhandled');
    expect(out.payload).toMatchObject({
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Error: Cannot find module 'missing'",
    });
  });

  it('refuses a callback-style handler as nodejs24.x does', async () => {
    await deploy(
      t.client,
      'callback',
      `export const handler = (event, context, callback) => callback(null, 1);`,
    );
    const out = await invoke('callback');
    expect(out.payload).toMatchObject({ errorType: 'Runtime.CallbackHandlerDeprecated' });
  });

  it('runs a callback-style handler on nodejs22.x, as AWS still does', async () => {
    await deploy(
      t.client,
      'callback-22',
      `export const handler = (event, context, callback) => {
        if (event.fail) return callback(new RangeError('too far'));
        setTimeout(() => callback(null, { got: event.n }), 10);
      };`,
      { Runtime: 'nodejs22.x' },
    );
    const ok = await invoke('callback-22', { n: 7 });
    expect(ok.out.FunctionError).toBeUndefined();
    expect(ok.payload).toEqual({ got: 7 });
    const failed = await invoke('callback-22', { fail: true });
    expect(failed.out.FunctionError).toBe('Unhandled');
    expect(failed.payload).toMatchObject({ errorType: 'RangeError', errorMessage: 'too far' });
  });
});

describe('environment contents', () => {
  it('gives each environment its own temporary folder and the function variables', async () => {
    await deploy(
      t.client,
      'tmp',
      `import { tmpdir } from 'node:os';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
export const handler = async (e) => {
  const file = join(tmpdir(), 'mark.txt');
  const seen = existsSync(file);
  writeFileSync(file, 'x');
  if (e.hold) await new Promise((r) => setTimeout(r, 300));
  return { tmp: tmpdir(), seen, color: process.env.COLOR, fn: process.env.AWS_LAMBDA_FUNCTION_NAME, root: process.env.LAMBDA_TASK_ROOT };
};`,
      { Environment: { Variables: { COLOR: 'blue' } } },
    );
    const [a, b] = await Promise.all([
      invoke('tmp', { hold: true }),
      invoke('tmp', { hold: true }),
    ]);
    expect(a.payload.tmp).not.toBe(b.payload.tmp);
    expect([a.payload.seen, b.payload.seen]).toEqual([false, false]);
    expect(a.payload).toMatchObject({ color: 'blue', fn: 'tmp' });
    const again = await invoke('tmp');
    expect(again.payload.seen).toBe(true);
  });
  it('hands the function execution-role credentials of the shape Lambda uses, per environment', async () => {
    await deploy(
      t.client,
      'creds',
      `export const handler = async (e) => {
  if (e.hold) await new Promise((r) => setTimeout(r, 300));
  const { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: secret, AWS_SESSION_TOKEN: token } = process.env;
  return { id, secret: typeof secret, token: typeof token };
};`,
    );
    const [a, b] = await Promise.all([
      invoke('creds', { hold: true }),
      invoke('creds', { hold: true }),
    ]);
    expect(a.payload).toMatchObject({ secret: 'string', token: 'string' });
    expect(a.payload.id).toMatch(/^ASIA[0-9A-Z]{16}$/);
    expect(a.payload.id).not.toBe(b.payload.id);
  });
});

describe('Event retries', () => {
  it('runs a failing Event invocation three times in all', async () => {
    const { service, client, logs } = await startTestService({ eventRetryDelaysMs: [20, 20] });
    try {
      await deploy(
        client,
        'flaky',
        `export const handler = async () => { console.log('attempt'); throw new Error('nope'); };`,
      );
      await client.send(new InvokeCommand({ FunctionName: 'flaky', InvocationType: 'Event' }));
      await service.eventsDrained();
      const attempts = logs.join('').match(/\tINFO\tattempt/g) ?? [];
      expect(attempts).toHaveLength(3);
    } finally {
      await service.close();
    }
  });

  it('does not retry an Event invocation that succeeds', async () => {
    const { service, client, logs } = await startTestService({ eventRetryDelaysMs: [20, 20] });
    try {
      await deploy(
        client,
        'fine',
        `export const handler = async () => { console.log('attempt'); return 1; };`,
      );
      await client.send(new InvokeCommand({ FunctionName: 'fine', InvocationType: 'Event' }));
      await service.eventsDrained();
      expect(logs.join('').match(/\tINFO\tattempt/g)).toHaveLength(1);
    } finally {
      await service.close();
    }
  });
});
