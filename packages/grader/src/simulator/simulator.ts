import { randomUUID } from 'node:crypto';
import { billedDurationMs as billedDuration, limits, reportLine } from '@lambda-dojo/lambda-facts';
import { vi } from 'vitest';
import { fakeContext } from '../fake-context.ts';
import { ExecutionEnvironment, type ShutdownReason } from './environment.ts';
import { SimulatorError } from './errors.ts';
import { installTimerHooks, realTimers, uninstallTimerHooks } from './frozen-timers.ts';
import { installTmpdirHook, uninstallTmpdirHook } from './tmpdir-hook.ts';
import type {
  EnvironmentInfo,
  Handler,
  InvocationError,
  InvocationResult,
  SimulatorOptions,
} from './types.ts';

const DEFAULT_IDLE_TIMEOUT_MS = 10 * 60 * 1000;

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Runs a handler the way Lambda runs it: a new execution environment (fresh module instance,
 * own /tmp) per cold start, warm reuse of a frozen environment, one environment per concurrent
 * invocation, timers frozen between invocations, and idle environments destroyed.
 */
export class ExecutionSimulator<M> {
  private readonly envs: ExecutionEnvironment<M>[] = [];
  private readonly options: Required<Omit<SimulatorOptions<M>, 'handler'>> & {
    handler: (module: M) => Handler;
  };
  private skippedMs = 0;
  private initQueue: Promise<unknown> = Promise.resolve();
  private disposed = false;

  constructor(options: SimulatorOptions<M>) {
    this.options = {
      freshModules: () => {
        vi.resetModules();
      },
      handler: (module) => (module as { handler?: Handler }).handler as Handler,
      functionName: 'lambda-dojo-function',
      memoryMb: limits.memory.default.value,
      timeoutMs: limits.timeout.default.value * 1000,
      initTimeoutMs: limits.timeout.initPhaseMax.value * 1000,
      idleTimeoutMs: DEFAULT_IDLE_TIMEOUT_MS,
      ...options,
    };
    installTimerHooks();
    installTmpdirHook();
  }

  /** Simulated "now" in ms: real elapsed time plus any time skipped with advanceTime(). */
  now(): number {
    return performance.now() + this.skippedMs;
  }

  /** Invokes the function once: warm in a frozen environment if there is one, else cold. */
  async invoke(event: unknown): Promise<InvocationResult<M>> {
    if (this.disposed) throw new SimulatorError('Expected a live simulator but it was disposed');
    this.reapIdle();
    const requestId = randomUUID();
    const warm = this.envs
      .filter((env) => env.state === 'frozen')
      .sort((a, b) => b.lastUsedAt - a.lastUsedAt)[0];
    if (warm) {
      warm.thaw();
      return this.runHandler(warm, event, requestId, false, undefined);
    }
    const env = new ExecutionEnvironment<M>(this.envs.length + 1, this.now());
    this.envs.push(env);
    const init = await this.initialise(env);
    if (init.error) {
      env.destroy('init-error');
      return this.result(env, requestId, true, {
        error: init.error,
        initDurationMs: init.durationMs,
        durationMs: 0,
      });
    }
    env.state = 'busy';
    return this.runHandler(env, event, requestId, true, init.durationMs);
  }

  /** Invokes once per event, all at the same time: each gets its own environment unless one is free. */
  invokeConcurrently(events: unknown[]): Promise<InvocationResult<M>[]> {
    return Promise.all(events.map((event) => this.invoke(event)));
  }

  /** Lets `ms` of idle time pass; frozen environments idle for the idle timeout are destroyed. */
  advanceTime(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new SimulatorError(`Expected a number of milliseconds (0 or more) but received ${ms}`);
    }
    this.skippedMs += ms;
    return this.reapIdle();
  }

  /** Every environment ever created, in creation order, with its state. */
  environments(): EnvironmentInfo[] {
    return this.envs.map((env) => ({
      id: env.id,
      state: env.state,
      invocations: env.invocations,
      tmpDir: env.tmpDir,
      pendingTimers: env.timers.pending,
      ...(env.shutdownReason ? { shutdownReason: env.shutdownReason } : {}),
    }));
  }

  /** The environments still alive. */
  liveEnvironments(): EnvironmentInfo[] {
    return this.environments().filter((env) => env.state !== 'destroyed');
  }

  /** Destroys every environment (deleting their /tmp) and removes the simulator's hooks. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.initQueue.catch(() => {});
    for (const env of this.envs) env.destroy('disposed');
    uninstallTimerHooks();
    uninstallTmpdirHook();
  }

  private reapIdle(): number {
    let destroyed = 0;
    for (const env of this.envs) {
      if (env.state === 'frozen' && this.now() - env.lastUsedAt >= this.options.idleTimeoutMs) {
        env.destroy('idle');
        destroyed++;
      }
    }
    return destroyed;
  }

  /**
   * INIT: a fresh module registry, then the function's module imported inside the environment.
   * Inits run one at a time because the module registry is shared by the test worker.
   */
  private initialise(
    env: ExecutionEnvironment<M>,
  ): Promise<{ error?: InvocationError; durationMs: number }> {
    const run = async () => {
      await this.options.freshModules();
      const started = performance.now();
      try {
        const module = await withTimeout(
          env.run(() => this.options.load()),
          this.options.initTimeoutMs,
          `INIT did not finish within ${this.options.initTimeoutMs} ms`,
        );
        env.module = module;
        const handler = this.options.handler(module);
        if (typeof handler !== 'function') {
          throw new SimulatorError('Expected the module to export a function named "handler"');
        }
        return { durationMs: performance.now() - started };
      } catch (cause) {
        return { error: toError(cause), durationMs: performance.now() - started };
      }
    };
    const next = this.initQueue.then(run, run);
    this.initQueue = next;
    return next;
  }

  private async runHandler(
    env: ExecutionEnvironment<M>,
    event: unknown,
    requestId: string,
    cold: boolean,
    initDurationMs: number | undefined,
  ): Promise<InvocationResult<M>> {
    env.invocations++;
    const handler = this.options.handler(env.module as M);
    const context = {
      ...fakeContext({
        functionName: this.options.functionName,
        memoryLimitInMB: this.options.memoryMb,
        remainingTimeMs: this.options.timeoutMs,
      }),
      awsRequestId: requestId,
    };
    const started = performance.now();
    let outcome: { response?: unknown; error?: InvocationError };
    let shutdown: ShutdownReason | undefined;
    try {
      const response = await withTimeout(
        env.run(async () => handler(event as never, context)),
        this.options.timeoutMs,
        `Task timed out after ${(this.options.timeoutMs / 1000).toFixed(2)} seconds`,
      );
      outcome = { response };
    } catch (cause) {
      outcome = { error: toError(cause) };
      if (cause instanceof TimeoutError) shutdown = 'timeout';
    }
    const durationMs = performance.now() - started;
    if (shutdown) env.destroy(shutdown);
    else env.freeze(this.now());
    return this.result(env, requestId, cold, { ...outcome, initDurationMs, durationMs });
  }

  private result(
    env: ExecutionEnvironment<M>,
    requestId: string,
    cold: boolean,
    run: {
      response?: unknown;
      error?: InvocationError;
      initDurationMs?: number;
      durationMs: number;
    },
  ): InvocationResult<M> {
    // Billed Duration and the REPORT line follow the rules in lambda-facts (INIT billed since
    // pricing.billing.initBilledSince). The simulator measures no memory: no Max Memory Used.
    const billedDurationMs = billedDuration(run.durationMs, run.initDurationMs);
    const report = reportLine({
      requestId,
      durationMs: run.durationMs,
      memorySizeMb: this.options.memoryMb,
      initDurationMs: run.initDurationMs,
    });
    return {
      requestId,
      environmentId: env.id,
      cold,
      ...('response' in run && run.error === undefined ? { response: run.response } : {}),
      ...(run.error ? { error: run.error } : {}),
      ...(run.initDurationMs === undefined ? {} : { initDurationMs: run.initDurationMs }),
      durationMs: run.durationMs,
      billedDurationMs,
      tmpDir: env.tmpDir,
      module: env.module,
      report,
    };
  }
}

/** Creates a simulator; call `dispose()` when done (e.g. in afterEach). */
export function createSimulator<M>(options: SimulatorOptions<M>): ExecutionSimulator<M> {
  return new ExecutionSimulator(options);
}

function toError(cause: unknown): InvocationError {
  if (cause instanceof Error) return { name: cause.name, message: cause.message };
  return { name: 'Error', message: String(cause) };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = realTimers.setTimeout(() => reject(new TimeoutError(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    realTimers.clearTimeout(timer);
  }
}
