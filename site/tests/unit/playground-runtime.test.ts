import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../src/lib/playground/protocol.ts';
import {
  type Clock,
  PlaygroundRuntime,
  type WorkerLike,
} from '../../src/lib/playground/runtime.ts';

/** A clock whose time only moves when the test says so. */
class FakeClock implements Clock {
  t = 0;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;
  now = () => this.t;
  date = () => new Date(Date.UTC(2026, 10, 27, 12, 0, 0) + Math.round(this.t));
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.timers = this.timers.filter((timer) => timer.id !== id);
  };
  advance(ms: number): void {
    this.t += ms;
    const due = this.timers.filter((timer) => timer.at <= this.t);
    this.timers = this.timers.filter((timer) => timer.at > this.t);
    for (const timer of due) timer.fn();
  }
}

type Script = (message: ToWorker, reply: (m: FromWorker) => void) => void;

/** A worker whose answers are scripted by the test. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  received: ToWorker[] = [];
  terminated = false;
  constructor(private readonly script: Script) {}
  postMessage(message: ToWorker): void {
    this.received.push(message);
    this.script(message, (m) => queueMicrotask(() => this.onmessage?.({ data: m })));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Handler behaviours, keyed by the code text the test "deploys". */
const behaviours: Record<string, Script> = {
  ok: (m, reply) => {
    if (m.type === 'init') {
      reply({ type: 'log', line: '2026-11-27T12:00:00.000Z\tundefined\tINFO\tloading' });
      reply({ type: 'init-done', initMs: 12.3 });
    } else {
      reply({ type: 'log', line: `2026-11-27T12:00:00.010Z\t${m.requestId}\tINFO\tEVENT: {}` });
      reply({
        type: 'result',
        requestId: m.requestId,
        durationMs: 4.2,
        response: '{"statusCode":200}',
      });
    }
  },
  throws: (m, reply) => {
    if (m.type === 'init') reply({ type: 'init-done', initMs: 1 });
    else
      reply({
        type: 'error',
        requestId: m.requestId,
        durationMs: 2.5,
        error: {
          errorType: 'Error',
          errorMessage: 'boom',
          trace: ['Error: boom', '    at handler'],
        },
      });
  },
  hangs: (m, reply) => {
    if (m.type === 'init') reply({ type: 'init-done', initMs: 1 });
  },
  hangsInInit: () => {},
  badModule: (m, reply) => {
    if (m.type === 'init')
      reply({
        type: 'init-error',
        initMs: 3,
        error: {
          errorType: 'Runtime.HandlerNotFound',
          errorMessage: 'index.handler is undefined or not exported',
        },
      });
  },
};

function setup() {
  const clock = new FakeClock();
  const workers: FakeWorker[] = [];
  let ids = 0;
  let code = 'ok';
  const runtime = new PlaygroundRuntime(
    () => {
      const worker = new FakeWorker((m, reply) => behaviours[code]?.(m, reply));
      workers.push(worker);
      return worker;
    },
    clock,
    () => `req-${++ids}`,
  );
  const invoke = (c: string, timeoutMs = 3000) => {
    code = c;
    return runtime.invoke({ code: c, event: {}, timeoutMs, memoryMb: 128 });
  };
  return { clock, workers, runtime, invoke };
}

describe('PlaygroundRuntime', () => {
  it('runs a cold start with INIT logs before START and an Init Duration in REPORT', async () => {
    const { invoke } = setup();
    const out = await invoke('ok');
    expect(out.status).toBe('succeeded');
    expect(out.cold).toBe(true);
    expect(out.response).toBe('{\n  "statusCode": 200\n}');
    expect(out.logs).toEqual([
      '2026-11-27T12:00:00.000Z\tundefined\tINFO\tloading',
      'START RequestId: req-1 Version: $LATEST',
      '2026-11-27T12:00:00.010Z\treq-1\tINFO\tEVENT: {}',
      'END RequestId: req-1',
      'REPORT RequestId: req-1\tDuration: 4.20 ms\tBilled Duration: 17 ms\tMemory Size: 128 MB\tInit Duration: 12.30 ms',
    ]);
  });

  it('bills INIT plus duration in 1 ms steps today and only the duration in 100 ms steps the 2018 way', async () => {
    const { invoke } = setup();
    const out = await invoke('ok');
    expect(out.billedMs).toBe(17);
    expect(out.billedLegacyMs).toBe(100);
  });

  it('reuses the environment for the same code (a warm start without INIT)', async () => {
    const { invoke, workers } = setup();
    await invoke('ok');
    const warm = await invoke('ok');
    expect(workers).toHaveLength(1);
    expect(warm.cold).toBe(false);
    expect(warm.initMs).toBeUndefined();
    expect(warm.billedMs).toBe(5);
    expect(warm.logs.at(-1)).not.toContain('Init Duration');
  });

  it('starts a new environment when the code changes and ends the old one', async () => {
    const { invoke, workers } = setup();
    await invoke('ok');
    const out = await invoke('throws');
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(out.cold).toBe(true);
  });

  it('reports a thrown error as a failed invocation with an Invoke Error log line', async () => {
    const { invoke } = setup();
    const out = await invoke('throws');
    expect(out.status).toBe('failed');
    expect(JSON.parse(out.response)).toEqual({
      errorType: 'Error',
      errorMessage: 'boom',
      trace: ['Error: boom', '    at handler'],
    });
    expect(
      out.logs.some((l) =>
        l.includes('\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"boom"'),
      ),
    ).toBe(true);
    expect(out.logs.at(-1)).toContain('Status: error');
  });

  it('keeps the environment after a handled error', async () => {
    const { invoke, workers } = setup();
    await invoke('throws');
    const again = await invoke('throws');
    expect(workers).toHaveLength(1);
    expect(again.cold).toBe(false);
  });

  it('stops a handler that never returns at the timeout and terminates its worker', async () => {
    const { invoke, workers, clock } = setup();
    const pending = invoke('hangs', 1000);
    await flush();
    clock.advance(999);
    await flush();
    expect(workers[0]?.terminated).toBe(false);
    clock.advance(1);
    const out = await pending;
    expect(out.status).toBe('timeout');
    expect(workers[0]?.terminated).toBe(true);
    expect(out.durationMs).toBe(1000);
    expect(JSON.parse(out.response)).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: 'RequestId: req-1 Error: Task timed out after 1.00 seconds',
    });
    expect(out.logs).toContain(
      '2026-11-27T12:00:01.000Z RequestId: req-1 Error: Task timed out after 1.00 seconds',
    );
    expect(out.logs.at(-1)).toContain('Duration: 1000.00 ms\tBilled Duration: 1001 ms');
    expect(out.logs.at(-1)).toContain('Status: timeout');
  });

  it('starts cold again after a timeout', async () => {
    const { invoke, clock, workers } = setup();
    const pending = invoke('hangs', 1000);
    await flush();
    clock.advance(1000);
    await pending;
    const next = invoke('hangs', 1000);
    await flush();
    expect(workers).toHaveLength(2);
    clock.advance(1000);
    expect((await next).cold).toBe(true);
  });

  it('gives up on an INIT phase that runs past the 10 s INIT limit from lambda-facts', async () => {
    const { invoke, clock } = setup();
    const pending = invoke('hangsInInit', 3000);
    await flush();
    clock.advance(9_999);
    await flush();
    clock.advance(1);
    const out = await pending;
    expect(out.status).toBe('timeout');
    expect(out.response).toContain('Task timed out after 10.00 seconds');
  });

  it('reports a module without a handler export as a failed INIT', async () => {
    const { invoke } = setup();
    const out = await invoke('badModule');
    expect(out.status).toBe('failed');
    expect(JSON.parse(out.response).errorType).toBe('Runtime.HandlerNotFound');
    expect(out.logs[0]).toBe('START RequestId: req-1 Version: $LATEST');
    expect(out.logs.some((l) => l.includes('Init Error'))).toBe(true);
  });

  it('refuses a second invocation while one is running', async () => {
    const { invoke, clock } = setup();
    const first = invoke('hangs', 1000);
    await expect(invoke('hangs', 1000)).rejects.toThrow('An invocation is already running');
    await flush();
    clock.advance(1000);
    await first;
  });
});
