import type { CodeStore } from './code-store.ts';
import {
  type EnvironmentOptions,
  ExecutionEnvironment,
  environmentKey,
  type InvocationRequest,
  type InvocationResult,
} from './environment.ts';
import { NotDeliveredError, TooManyRequestsError } from './errors.ts';
import { NODE_RUNTIMES } from './function-config.ts';
import type { FunctionVersion } from './function-registry.ts';
import { SpareRuntimes } from './spare-runtimes.ts';

export interface PoolOptions extends Omit<EnvironmentOptions, 'onGone' | 'onStrayLog' | 'spares'> {
  /** Invocations running at once across the service; one environment each. */
  concurrency: number;
  /** An environment idle this long is shut down. */
  idleTimeoutMs: number;
  /** Keep started runtimes for cold starts. */
  spareRuntimes: boolean;
  onLog: (functionName: string, text: string) => void;
  /** Environments hold their function's code on disk while they run. */
  store: CodeStore;
}

/** Times a warm environment may end before taking an invocation before the call fails. */
const DELIVERY_ATTEMPTS = 3;

/**
 * Execution environments of every function: warm reuse (most recently used
 * first), a new environment per concurrent invocation up to the concurrency
 * limit, and shutdown after an idle period.
 */
export class EnvironmentPool {
  readonly #options: PoolOptions;
  readonly #all = new Set<ExecutionEnvironment>();
  readonly #idle = new Map<string, ExecutionEnvironment[]>();
  readonly #idleTimers = new Map<ExecutionEnvironment, NodeJS.Timeout>();
  #inFlight = 0;
  #waiters: (() => void)[] = [];
  readonly #spares: SpareRuntimes;
  #closed = false;

  constructor(options: PoolOptions) {
    this.#options = options;
    this.#spares = new SpareRuntimes(options.root, options.idleTimeoutMs, options.spareRuntimes);
  }

  /** Readies a started runtime for this version's first cold start (Node.js runtimes). */
  prepare(version: FunctionVersion): void {
    const { runtime, memorySize } = version.settings;
    if (this.#options.spareRuntimes && NODE_RUNTIMES.includes(runtime))
      this.#spares.prepare(memorySize);
  }

  /** Process ids of the spare runtimes, for tests and leak checks. */
  get sparePids(): number[] {
    return this.#spares.pids;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  get hasCapacity(): boolean {
    return this.#inFlight < this.#options.concurrency;
  }

  /** Environments alive now, for tests and leak checks. */
  get environments(): readonly ExecutionEnvironment[] {
    return [...this.#all];
  }

  /** Runs an invocation now, or throws TooManyRequestsError at the concurrency limit. */
  async invoke(version: FunctionVersion, request: InvocationRequest): Promise<InvocationResult> {
    if (!this.hasCapacity || this.#closed) {
      throw new TooManyRequestsError('Rate Exceeded.');
    }
    this.#inFlight++;
    try {
      for (let attempt = 1; ; attempt++) {
        const env = await this.#take(version);
        try {
          const result = await env.run(request);
          this.#options.onLog(version.name, result.log);
          if (!env.dead && !this.#closed) this.#release(env);
          return result;
        } catch (error) {
          if (!(error instanceof NotDeliveredError) || attempt >= DELIVERY_ATTEMPTS) throw error;
        }
      }
    } finally {
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

  /** Ends every environment of a version at once, busy or idle (its function was deleted). */
  shutDown(version: FunctionVersion): void {
    const prefix = `${version.name}:${version.version}:`;
    for (const env of [...this.#all]) if (env.key.startsWith(prefix)) env.kill();
  }

  close(): void {
    this.#closed = true;
    this.#spares.close();
    for (const env of [...this.#all]) env.kill();
    for (const wake of this.#waiters.splice(0)) wake();
  }

  async #take(version: FunctionVersion): Promise<ExecutionEnvironment> {
    const key = environmentKey(version);
    const warm = this.#idle.get(key)?.pop();
    if (warm) {
      clearTimeout(this.#idleTimers.get(warm));
      this.#idleTimers.delete(warm);
      return warm;
    }
    const { store } = this.#options;
    // `$LATEST` changes its code in place on update: hold the package this environment runs.
    const code = version.code;
    store.hold(code);
    const env = await ExecutionEnvironment.start(version, {
      ...this.#options,
      spares: this.#spares,
      onStrayLog: (text) => this.#options.onLog(version.name, text),
      onGone: (gone) => {
        this.#forget(gone);
        store.release(code);
      },
    });
    this.#all.add(env);
    if (env.dead) this.#all.delete(env);
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
    this.#all.delete(env);
    clearTimeout(this.#idleTimers.get(env));
    this.#idleTimers.delete(env);
    const list = this.#idle.get(env.key);
    if (!list) return;
    const index = list.indexOf(env);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) this.#idle.delete(env.key);
  }
}
