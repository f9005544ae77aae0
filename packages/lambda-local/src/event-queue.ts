import type { InvocationRequest } from './environment.ts';
import type { EnvironmentPool } from './environment-pool.ts';
import { TooManyRequestsError } from './errors.ts';
import type { FunctionVersion } from './function-registry.ts';

export interface EventQueueOptions {
  /** Delay before each retry of a failed event; its length is the number of retries. */
  retryDelaysMs: readonly number[];
  /** Whether the function still exists, so events of deleted functions are dropped. */
  exists: (version: FunctionVersion) => boolean;
  /** Events waiting at most, and their payload bytes together; past them, 429. */
  maxEvents: number;
  maxBytes: number;
}

interface QueuedEvent {
  version: FunctionVersion;
  request: InvocationRequest;
  attempt: number;
}

/**
 * Asynchronous (`Event`) invocations: queued, run when a slot is free, and
 * retried after a function error as Lambda does (twice, with a delay).
 */
export class EventQueue {
  readonly #pool: EnvironmentPool;
  readonly #options: EventQueueOptions;
  readonly #queue: QueuedEvent[] = [];
  readonly #timers = new Set<NodeJS.Timeout>();
  #pumping = false;
  #closed = false;
  #pending = 0;
  #pendingBytes = 0;
  #idleWaiters: (() => void)[] = [];

  constructor(pool: EnvironmentPool, options: EventQueueOptions) {
    this.#pool = pool;
    this.#options = options;
  }

  /** Queues an event, or throws TooManyRequestsError when the queue is full. */
  enqueue(version: FunctionVersion, request: InvocationRequest): void {
    const bytes = request.payload.length;
    if (
      this.#pending >= this.#options.maxEvents ||
      this.#pendingBytes + bytes > this.#options.maxBytes
    ) {
      throw new TooManyRequestsError(
        `Rate Exceeded. lambda-local's queue of asynchronous invocations is full (${this.#pending} events waiting).`,
      );
    }
    this.#pending++;
    this.#pendingBytes += bytes;
    this.#push({ version, request, attempt: 0 });
  }

  /** Resolves once every queued event (and its retries) is done. */
  drained(): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#queue.length = 0;
    this.#pending = 0;
    this.#pendingBytes = 0;
    for (const wake of this.#idleWaiters.splice(0)) wake();
  }

  #push(event: QueuedEvent): void {
    this.#queue.push(event);
    void this.#pump();
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    while (this.#queue.length > 0 && !this.#closed) {
      await this.#pool.whenCapacity();
      const event = this.#queue.shift();
      if (!event) break;
      void this.#run(event);
    }
    this.#pumping = false;
  }

  async #run(event: QueuedEvent): Promise<void> {
    if (!this.#options.exists(event.version)) return this.#done(event);
    let failed: boolean;
    try {
      const result = await this.#pool.invoke(event.version, event.request);
      failed = result.functionError !== undefined;
    } catch (error) {
      if (error instanceof TooManyRequestsError && !this.#closed) {
        this.#queue.unshift(event);
        void this.#pump();
        return;
      }
      failed = true;
    }
    const delay = this.#options.retryDelaysMs[event.attempt];
    if (!failed || delay === undefined || this.#closed) return this.#done(event);
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#push({ ...event, attempt: event.attempt + 1 });
    }, delay);
    timer.unref();
    this.#timers.add(timer);
  }

  #done(event: QueuedEvent): void {
    this.#pending = Math.max(0, this.#pending - 1);
    this.#pendingBytes = Math.max(0, this.#pendingBytes - event.request.payload.length);
    if (this.#pending === 0) for (const wake of this.#idleWaiters.splice(0)) wake();
  }
}
