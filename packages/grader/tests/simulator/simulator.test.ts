import { tmpdir } from 'node:os';
import { afterEach, describe, expect, test } from 'vitest';
import { createSimulator } from '../../src/simulator/index.ts';

type Counter = typeof import('./fixtures/counter-handler.ts');

let sim: { dispose(): Promise<void> } | undefined;
afterEach(async () => {
  await sim?.dispose();
  sim = undefined;
});

function counter(options: { idleTimeoutMs?: number } = {}) {
  const s = createSimulator<Counter>({
    load: () => import('./fixtures/counter-handler.ts'),
    ...options,
  });
  sim = s;
  return s;
}

const body = (r: { response?: unknown }) => r.response as Awaited<ReturnType<Counter['handler']>>;

describe('environments', () => {
  test('the first invocation is cold and later ones reuse the warm environment', async () => {
    const s = counter();
    const first = await s.invoke({ user: 'a' });
    const second = await s.invoke({ user: 'b' });
    expect([first.cold, second.cold]).toEqual([true, false]);
    expect(second.environmentId).toBe(first.environmentId);
    expect(body(second).initId).toBe(body(first).initId);
    expect(body(second).invocations).toBe(2);
    expect(first.initDurationMs).toBeGreaterThanOrEqual(0);
    expect(second.initDurationMs).toBeUndefined();
  });

  test('each environment gets a fresh module instance', async () => {
    const s = counter();
    const [a, b] = await s.invokeConcurrently([
      { user: 'a', delayMs: 30 },
      { user: 'b', delayMs: 30 },
    ]);
    expect(a?.environmentId).not.toBe(b?.environmentId);
    expect(body(a ?? {}).initId).not.toBe(body(b ?? {}).initId);
    expect(body(a ?? {}).seen).toEqual(['a']);
    expect(body(b ?? {}).seen).toEqual(['b']);
    expect(a?.module).not.toBe(b?.module);
  });

  test('concurrent invocations get separate environments and both start cold', async () => {
    const s = counter();
    const results = await s.invokeConcurrently([{ delayMs: 20 }, { delayMs: 20 }, { delayMs: 20 }]);
    expect(results.map((r) => r.cold)).toEqual([true, true, true]);
    expect(new Set(results.map((r) => r.environmentId)).size).toBe(3);
    const next = await s.invoke({});
    expect(next.cold).toBe(false);
    expect(s.liveEnvironments()).toHaveLength(3);
  });

  test('an idle environment is destroyed after the idle timeout and the next call is cold again', async () => {
    const s = counter({ idleTimeoutMs: 60_000 });
    const first = await s.invoke({});
    expect(s.advanceTime(59_000)).toBe(0);
    expect((await s.invoke({})).cold).toBe(false);
    expect(s.advanceTime(60_000)).toBe(1);
    const later = await s.invoke({});
    expect(later.cold).toBe(true);
    expect(later.environmentId).not.toBe(first.environmentId);
    expect(s.environments()[0]).toMatchObject({ state: 'destroyed', shutdownReason: 'idle' });
  });

  test('rejects a negative idle time', () => {
    const s = counter();
    expect(() => s.advanceTime(-1)).toThrow(
      'Expected a number of milliseconds (0 or more) but received -1',
    );
  });
});

describe('/tmp', () => {
  test('each environment has its own /tmp that persists across warm invocations', async () => {
    const s = counter();
    const [a, b] = await s.invokeConcurrently([{ delayMs: 10 }, { delayMs: 10 }]);
    expect(body(a ?? {}).tmp).toBe(a?.tmpDir);
    expect(a?.tmpDir).not.toBe(b?.tmpDir);
    expect(body(a ?? {}).hadMarker).toBe(false);
    const warm = await s.invoke({});
    expect(body(warm).hadMarker).toBe(true);
    expect(tmpdir(), 'outside an environment tmpdir() is the host one').not.toBe(a?.tmpDir);
  });

  test('destroying an environment deletes its /tmp', async () => {
    const { existsSync } = await import('node:fs');
    const s = counter({ idleTimeoutMs: 1_000 });
    const first = await s.invoke({});
    expect(existsSync(first.tmpDir)).toBe(true);
    s.advanceTime(1_000);
    expect(existsSync(first.tmpDir)).toBe(false);
  });
});

describe('freezing', () => {
  test('a timer left running when the handler returns stays frozen until the next invocation', async () => {
    const s = counter();
    const { delivered } = (await import('./fixtures/counter-handler.ts')) as Counter;
    delivered.length = 0;
    await s.invoke({ user: 'first', leaveTimerMs: 20 });
    expect(s.liveEnvironments()[0]?.pendingTimers).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(delivered, 'nothing runs while frozen').toEqual([]);
    await s.invoke({ user: 'second', delayMs: 60 });
    expect(delivered, 'the frozen work finishes during the next invocation').toEqual(['first']);
  });

  test('pending work is lost when the environment is destroyed', async () => {
    const s = counter({ idleTimeoutMs: 1_000 });
    const { delivered } = (await import('./fixtures/counter-handler.ts')) as Counter;
    delivered.length = 0;
    await s.invoke({ user: 'lost', leaveTimerMs: 10 });
    s.advanceTime(1_000);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(delivered).toEqual([]);
    expect(s.environments()[0]?.pendingTimers).toBe(0);
  });
});

describe('timing and errors', () => {
  test('INIT time is measured apart from the handler time', async () => {
    const s = createSimulator({ load: () => import('./fixtures/slow-init.ts') });
    sim = s;
    const cold = await s.invoke({});
    const warm = await s.invoke({});
    expect(cold.response).toBe('ok');
    expect(cold.initDurationMs).toBeGreaterThanOrEqual(35);
    expect(cold.durationMs).toBeLessThan(35);
    expect(cold.report).toMatch(
      /^REPORT RequestId: \S+\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tInit Duration: [\d.]+ ms\t$/,
    );
    expect(cold.billedDurationMs).toBeGreaterThanOrEqual(36);
    expect(warm.report).not.toContain('Init Duration');
  });

  test('an INIT error fails the invocation and discards the environment', async () => {
    const s = createSimulator({ load: () => import('./fixtures/broken-init.ts') });
    sim = s;
    const result = await s.invoke({});
    expect(result.error).toEqual({ name: 'Error', message: 'cannot connect during init' });
    expect(s.environments()[0]).toMatchObject({ state: 'destroyed', shutdownReason: 'init-error' });
  });

  test('a module without a handler export gets a clear error', async () => {
    const s = createSimulator({ load: () => import('./fixtures/no-handler.ts') });
    sim = s;
    const result = await s.invoke({});
    expect(result.error?.message).toBe('Expected the module to export a function named "handler"');
  });

  test('a handler that runs past the timeout fails and its environment is destroyed', async () => {
    const s = createSimulator({ load: () => import('./fixtures/slow-handler.ts'), timeoutMs: 50 });
    sim = s;
    const result = await s.invoke({});
    expect(result.error).toEqual({
      name: 'TimeoutError',
      message: 'Task timed out after 0.05 seconds',
    });
    expect(s.environments()[0]).toMatchObject({ state: 'destroyed', shutdownReason: 'timeout' });
  });

  test('a disposed simulator refuses new invocations', async () => {
    const s = counter();
    await s.dispose();
    await expect(s.invoke({})).rejects.toThrow('Expected a live simulator but it was disposed');
  });
});

describe('timers inside an environment', () => {
  type Timers = typeof import('./fixtures/timers-handler.ts');
  const timers = () => {
    const s = createSimulator<Timers>({ load: () => import('./fixtures/timers-handler.ts') });
    sim = s;
    return s;
  };

  test('clearTimeout cancels a timer the function created', async () => {
    const s = timers();
    const result = await s.invoke({ cancelMs: 5, waitMs: 30 });
    expect(result.response).toEqual({ ticks: 0, cancelledRan: false });
    expect(s.liveEnvironments()[0]?.pendingTimers).toBe(0);
  });

  test('an interval ticks while invoked and stops while frozen', async () => {
    const s = timers();
    const first = await s.invoke({ start: true, waitMs: 55 });
    const ticksWhenFrozen = (first.response as { ticks: number }).ticks;
    expect(ticksWhenFrozen).toBeGreaterThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const { ticks } = first.module as Timers;
    expect(ticks.length, 'no ticks while frozen').toBe(ticksWhenFrozen);
    const second = await s.invoke({ stop: true });
    expect((second.response as { ticks: number }).ticks).toBe(ticksWhenFrozen);
    expect(s.liveEnvironments()[0]?.pendingTimers).toBe(0);
  });

  test('dispose restores the host timers and tmpdir', async () => {
    const before = { setTimeout: globalThis.setTimeout, tmp: tmpdir() };
    const s = timers();
    expect(globalThis.setTimeout).not.toBe(before.setTimeout);
    await s.dispose();
    expect(globalThis.setTimeout).toBe(before.setTimeout);
    expect(tmpdir()).toBe(before.tmp);
  });
});
