import {
  type EnvironmentOptions,
  ExecutionEnvironment,
  environmentKey,
  type InvocationRequest,
  type InvocationResult,
} from './environment.ts';
import { TooManyRequestsError } from './errors.ts';
import type { FunctionVersion } from './function-registry.ts';

export interface PoolOptions extends Omit<EnvironmentOptions, 'onGone' | 'onStrayLog'> {
  /** Invocations running at once across the service; one environment each. */
  concurrency: number;
  /** An environment idle this long is shut down. */
  idleTimeoutMs: number;
  onLog: (functionName: string, text: string) => void;
}

/**
 * Execution environments of every function: warm reuse (most recently used
 * first), a new environment per concurrent invocation up to the concurrency
 * limit, and shutdown after an idle period.
 */
export class EnvironmentPool {
  readonly #options: PoolOptions;
  readonly #byId = new Map<string, ExecutionEnvironment>();
  readonly #idle = new Map<string, ExecutionEnvironment[]>();
  readonly #idleTimers = new Map<ExecutionEnvironment, NodeJS.Timeout>();
  readonly #byRequest = new Map<string, ExecutionEnvironment>();
  #inFlight = 0;
  #waiters: (() => void)[] = [];

  constructor(options: PoolOptions) {
    this.#options = options;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  get hasCapacity(): boolean {
    return this.#inFlight < this.#options.concurrency;
  }

  environment(id: string): ExecutionEnvironment | undefined {
    return this.#byId.get(id);
  }

  environmentOf(requestId: string): ExecutionEnvironment | undefined {
    return this.#byRequest.get(requestId);
  }

  /** Runs an invocation now, or throws TooManyRequestsError at the concurrency limit. */
  async invoke(version: FunctionVersion, request: InvocationRequest): Promise<InvocationResult> {
    if (!this.hasCapacity) {
      throw new TooManyRequestsError('Rate Exceeded.');
    }
    this.#inFlight++;
    const env = this.#take(version);
    this.#byRequest.set(request.requestId, env);
    try {
      const result = await env.run(request);
      this.#options.onLog(version.name, result.log);
      if (!env.dead) this.#release(env);
      return result;
    } finally {
      this.#byRequest.delete(request.requestId);
      this.#inFlight--;
      this.#waiters.shift()?.();
    }
  }

  /** Resolves when an invocation slot is free (for queued asynchronous invocations). */
  whenCapacity(): Promise<void> {
    if (this.hasCapacity) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Shuts down the idle environments of a function, except those running `keep`. */
  retire(functionName: string, keep?: FunctionVersion): void {
    const keepKey = keep ? environmentKey(keep) : undefined;
    for (const [key, envs] of this.#idle) {
      if (!key.startsWith(`${functionName}:`) || key === keepKey) continue;
      for (const env of [...envs]) env.kill();
    }
  }

  close(): void {
    for (const env of [...this.#byId.values()]) env.kill();
    for (const wake of this.#waiters.splice(0)) wake();
  }

  #take(version: FunctionVersion): ExecutionEnvironment {
    const key = environmentKey(version);
    const warm = this.#idle.get(key)?.pop();
    if (warm) {
      clearTimeout(this.#idleTimers.get(warm));
      this.#idleTimers.delete(warm);
      return warm;
    }
    const env = new ExecutionEnvironment(version, {
      ...this.#options,
      onStrayLog: (text) => this.#options.onLog(version.name, text),
      onGone: (gone) => this.#forget(gone),
    });
    this.#byId.set(env.id, env);
    return env;
  }

  #release(env: ExecutionEnvironment): void {
    const list = this.#idle.get(env.key) ?? [];
    list.push(env);
    this.#idle.set(env.key, list);
    const timer = setTimeout(() => env.kill(), this.#options.idleTimeoutMs);
    timer.unref();
    this.#idleTimers.set(env, timer);
  }

  #forget(env: ExecutionEnvironment): void {
    this.#byId.delete(env.id);
    clearTimeout(this.#idleTimers.get(env));
    this.#idleTimers.delete(env);
    const list = this.#idle.get(env.key);
    if (!list) return;
    const index = list.indexOf(env);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) this.#idle.delete(env.key);
  }
}
