import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deploy, invokeWithLog, startTestService, type TestService } from './helpers.ts';

// A function that shows what its environment looks like from inside.
const INSPECT = `import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
let stdin = 'unread';
try { stdin = String(readFileSync(0).length); } catch (e) { stdin = e.code; }
export const handler = async () => ({
  cwd: process.cwd(),
  root: process.env.LAMBDA_TASK_ROOT,
  fn: process.env.AWS_LAMBDA_FUNCTION_NAME,
  memory: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
  api: process.env.AWS_LAMBDA_RUNTIME_API,
  color: process.env.COLOR,
  tz: process.env.TZ,
  offset: new Date(2026, 0, 1).getTimezoneOffset(),
  tmp: tmpdir(),
  stdin,
  names: Object.keys(process.env).sort(),
  pid: process.pid,
});`;

let t: TestService;
beforeEach(async () => {
  t = await startTestService();
});
afterEach(async () => {
  await t.service.close();
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function spareReady(): Promise<number[]> {
  for (let i = 0; i < 200 && t.service.sparePids().length === 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  return t.service.sparePids();
}

describe('spare runtimes', () => {
  it('starts a runtime while a new function is Pending, and its cold start runs on it', async () => {
    await deploy(t.client, 'first', INSPECT, { Environment: { Variables: { COLOR: 'red' } } });
    const [spare] = await spareReady();
    // Give the spare time to boot, as a learner's first Invoke comes after the waiter.
    await new Promise((r) => setTimeout(r, 1500));
    const { payload, log } = await invokeWithLog(t.client, 'first');
    expect(payload.pid).toBe(spare);
    expect(log).toMatch(/Init Duration: \d+\.\d\d ms/);
    expect(t.service.sparePids()).not.toContain(spare);
  });

  it('gives a runtime from a spare the same environment as a freshly started one', async () => {
    await deploy(t.client, 'a', INSPECT, {
      MemorySize: 256,
      Environment: { Variables: { COLOR: 'blue' } },
    });
    await spareReady();
    await new Promise((r) => setTimeout(r, 1500));
    const fromSpare = (await invokeWithLog(t.client, 'a')).payload;
    await t.service.close();
    t = await startTestService({ spareRuntimes: false });
    await deploy(t.client, 'a', INSPECT, {
      MemorySize: 256,
      Environment: { Variables: { COLOR: 'blue' } },
    });
    const fresh = (await invokeWithLog(t.client, 'a')).payload;
    for (const p of [fromSpare, fresh]) {
      expect(p).toMatchObject({ fn: 'a', memory: '256', color: 'blue', tz: ':UTC', offset: 0 });
      expect(p.cwd).toBe(p.root);
      expect(p.stdin === '0' || p.stdin === 'EAGAIN' || p.stdin === 'EOF').toBe(true);
    }
    expect(fromSpare.names).toEqual(fresh.names);
    expect(String(fromSpare.api)).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('ends every spare with the service', async () => {
    await deploy(t.client, 'x', INSPECT);
    const pids = await spareReady();
    expect(pids.length).toBe(1);
    await t.service.close();
    await new Promise((r) => setTimeout(r, 200));
    for (const pid of pids) expect(alive(pid)).toBe(false);
  });
});
