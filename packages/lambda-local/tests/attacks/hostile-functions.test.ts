import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  CreateFunctionCommand,
  DeleteFunctionCommand,
  InvokeCommand,
  ListFunctionsCommand,
} from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../src/limits.ts';
import { writeZip } from '../../src/zip.ts';
import { bigZeroZip, overlappingZip } from '../fixtures/zip-bombs.ts';
import { decode, decodeLog, deploy, ROLE, startTestService, type TestService } from '../helpers.ts';
import { alive, eventually } from './process-check.ts';

const run = promisify(execFile);

let t: TestService;
beforeAll(async () => {
  t = await startTestService({ concurrency: 4 });
});
afterAll(() => t.service.close());

function create(name: string, zip: Uint8Array) {
  return t.client.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'nodejs22.x',
      Role: ROLE,
      Handler: 'index.handler',
      Code: { ZipFile: zip },
    }),
  );
}

async function stillServing(): Promise<void> {
  const out = await t.client.send(new ListFunctionsCommand({}));
  expect(out.$metadata.httpStatusCode).toBe(200);
}

describe('zip bombs', () => {
  it('refuses a zip bomb without inflating it, and keeps nothing on disk', async () => {
    const bomb = await bigZeroZip(300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    await expect(create('bomb', bomb)).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: `Unzipped size must be smaller than ${limits.unzippedCodeBytes} bytes`,
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(t.service.storedPackages()).toBe(0);
    await stillServing();
  }, 60_000);

  it('refuses entries that share one compressed stream', async () => {
    await expect(create('overlap', overlappingZip(3))).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: expect.stringContaining('overlap'),
    });
    expect(t.service.storedPackages()).toBe(0);
  });
});

describe('memory accounting', () => {
  it('counts only the environment’s own memory after a large upload', async () => {
    const big = randomBytes(40 * 1024 * 1024);
    const zip = writeZip(
      [
        { path: 'index.mjs', data: Buffer.from('export const handler = async () => "small";') },
        { path: 'blob.bin', data: big },
      ],
      { level: 0 },
    );
    await deploy(t.client, 'after-upload', '', { Code: { ZipFile: zip } });
    const out = await t.client.send(
      new InvokeCommand({ FunctionName: 'after-upload', LogType: 'Tail' }),
    );
    expect(out.FunctionError).toBeUndefined();
    expect(decode(out.Payload)).toBe('small');
    const used = Number(/Max Memory Used: (\d+) MB/.exec(decodeLog(out.LogResult))?.[1]);
    expect(used).toBeGreaterThan(0);
    expect(used).toBeLessThan(128);
  }, 60_000);
});

describe('a function that misbehaves', () => {
  it('prints 600 MB in one invocation without taking the service down', async () => {
    await deploy(
      t.client,
      'chatty',
      `export const handler = async () => {
        const line = 'x'.repeat(1024 * 1024 - 1) + '\\n';
        for (let i = 0; i < 600; i++) process.stdout.write(line);
        console.log('last line');
        return 'done';
      };`,
      { Timeout: 120, MemorySize: 1024 },
    );
    const out = await t.client.send(new InvokeCommand({ FunctionName: 'chatty', LogType: 'Tail' }));
    expect(decode(out.Payload)).toBe('done');
    const tail = decodeLog(out.LogResult);
    expect(Buffer.byteLength(tail)).toBeLessThanOrEqual(limits.logTailBytes);
    expect(tail).toContain('last line');
    expect(tail).toContain('REPORT RequestId');
    const kept = t.logs.find((log) => log.includes('last line')) ?? '';
    expect(kept.length).toBeLessThan(2 * limits.maxLogBytesPerInvocation);
    expect(kept).toMatch(/\[lambda-local: \d+ characters of log left out here\]/);
    await stillServing();
  }, 120_000);

  it('ends detached children and daemons of a function on DeleteFunction', async () => {
    await deploy(
      t.client,
      'forker',
      `import { spawn, execSync } from 'node:child_process';
      export const handler = async () => {
        const detached = spawn('sleep', ['300'], { detached: true, stdio: 'ignore' });
        detached.unref();
        // A daemon: its parent shell exits at once, so nothing links it to the function any more.
        const daemon = Number(execSync("setsid sh -c 'sleep 301 >/dev/null 2>&1 & echo $!'").toString().trim());
        return { detached: detached.pid, daemon, runtime: process.pid };
      };`,
    );
    const out = await t.client.send(new InvokeCommand({ FunctionName: 'forker' }));
    const pids = decode(out.Payload) as { detached: number; daemon: number; runtime: number };
    expect(alive(pids.detached) && alive(pids.daemon) && alive(pids.runtime)).toBe(true);
    await t.client.send(new DeleteFunctionCommand({ FunctionName: 'forker' }));
    expect(
      await eventually(() => !alive(pids.detached) && !alive(pids.daemon) && !alive(pids.runtime)),
    ).toBe(true);
    expect(t.service.environmentPids()).not.toContain(pids.runtime);
  });

  it('shuts down a deleted function’s environments at once and removes its code', async () => {
    await deploy(t.client, 'short-lived', 'export const handler = async () => process.pid;');
    const pid = decode(
      (await t.client.send(new InvokeCommand({ FunctionName: 'short-lived' }))).Payload,
    ) as number;
    const packagesBefore = t.service.storedPackages();
    await t.client.send(new DeleteFunctionCommand({ FunctionName: 'short-lived' }));
    expect(await eventually(() => !alive(pid), 1_000)).toBe(true);
    expect(t.service.storedPackages()).toBe(packagesBefore - 1);
  });

  it('ends a function’s detached children when the service closes', async () => {
    const own = await startTestService();
    await deploy(
      own.client,
      'leaver',
      `import { spawn } from 'node:child_process';
      export const handler = async () => spawn('sleep', ['302'], { detached: true, stdio: 'ignore' }).pid;`,
    );
    const pid = decode(
      (await own.client.send(new InvokeCommand({ FunctionName: 'leaver' }))).Payload,
    ) as number;
    expect(alive(pid)).toBe(true);
    await own.service.close();
    expect(await eventually(() => !alive(pid))).toBe(true);
  });

  it('ends a function’s detached children when the service’s process exits without close()', async () => {
    const script = fileURLToPath(new URL('../fixtures/exit-without-close.ts', import.meta.url));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script]);
    const pid = Number(stdout.trim().split('\n').at(-1));
    expect(pid).toBeGreaterThan(0);
    expect(await eventually(() => !alive(pid))).toBe(true);
  }, 60_000);
});

describe('leftovers', () => {
  it('leaves no environment process once everything is deleted', async () => {
    const out = await t.client.send(new ListFunctionsCommand({}));
    for (const f of out.Functions ?? []) {
      await t.client.send(new DeleteFunctionCommand({ FunctionName: f.FunctionName }));
    }
    expect(await eventually(() => t.service.environmentPids().length === 0)).toBe(true);
    expect(await eventually(() => t.service.storedPackages() === 0)).toBe(true);
    expect(existsSync('/proc') ? t.service.environmentPids() : []).toEqual([]);
  });
});
