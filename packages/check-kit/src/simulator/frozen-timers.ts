import { environmentScope } from './context-store.ts';

/** The host's timers, before any hook. */
export const realTimers = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
};

/**
 * A timer created inside an environment. While the environment is frozen between invocations,
 * its clock stops, as Lambda freezes the whole process; it resumes on the next invocation.
 */
export class EnvironmentTimer {
  private handle: ReturnType<typeof setTimeout> | undefined;
  private startedAt = 0;
  private remainingMs: number;
  private cancelled = false;

  constructor(
    private readonly owner: FrozenTimers,
    private readonly callback: () => void,
    private readonly delayMs: number,
    private readonly repeat: boolean,
  ) {
    this.remainingMs = delayMs;
  }

  start(): void {
    if (this.cancelled || this.handle !== undefined) return;
    this.startedAt = performance.now();
    this.handle = realTimers.setTimeout(() => this.fire(), this.remainingMs);
  }

  pause(): void {
    if (this.handle === undefined) return;
    realTimers.clearTimeout(this.handle);
    this.handle = undefined;
    this.remainingMs = Math.max(0, this.remainingMs - (performance.now() - this.startedAt));
  }

  cancel(): void {
    this.cancelled = true;
    if (this.handle !== undefined) realTimers.clearTimeout(this.handle);
    this.handle = undefined;
    this.owner.forget(this);
  }

  // The Node.js Timeout interface, so code that calls timer.unref() keeps working.
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  hasRef(): boolean {
    return true;
  }
  refresh(): this {
    this.pause();
    this.remainingMs = this.delayMs;
    if (this.owner.running) this.start();
    return this;
  }
  close(): this {
    this.cancel();
    return this;
  }
  [Symbol.toPrimitive](): number {
    return this.owner.idOf(this);
  }

  private fire(): void {
    this.handle = undefined;
    if (this.repeat) {
      this.remainingMs = this.delayMs;
      if (this.owner.running) this.start();
    } else {
      this.owner.forget(this);
    }
    this.owner.run(this.callback);
  }
}

/** The timers of one environment: running during INIT and invocations, paused while frozen. */
export class FrozenTimers {
  running = true;
  private readonly timers = new Map<EnvironmentTimer, number>();
  private nextId = 1;

  constructor(readonly run: (callback: () => void) => void) {}

  add(callback: () => void, delayMs: number, repeat: boolean): EnvironmentTimer {
    const delay = Number.isFinite(delayMs) && delayMs >= 1 ? Math.floor(delayMs) : 1;
    const timer = new EnvironmentTimer(this, callback, delay, repeat);
    this.timers.set(timer, this.nextId++);
    if (this.running) timer.start();
    return timer;
  }

  freeze(): void {
    this.running = false;
    for (const timer of this.timers.keys()) timer.pause();
  }

  thaw(): void {
    this.running = true;
    for (const timer of this.timers.keys()) timer.start();
  }

  clear(): void {
    for (const timer of [...this.timers.keys()]) timer.cancel();
  }

  /** Timers still waiting to fire. */
  get pending(): number {
    return this.timers.size;
  }

  forget(timer: EnvironmentTimer): void {
    this.timers.delete(timer);
  }

  idOf(timer: EnvironmentTimer): number {
    return this.timers.get(timer) ?? 0;
  }
}

type TimerCallback = (...args: unknown[]) => void;

function scopedSetTimeout(callback: TimerCallback, delay?: number, ...args: unknown[]) {
  const scope = environmentScope.getStore();
  if (!scope || typeof callback !== 'function')
    return realTimers.setTimeout(callback, delay, ...args);
  return scope.timers.add(() => callback(...args), delay ?? 0, false);
}

function scopedSetInterval(callback: TimerCallback, delay?: number, ...args: unknown[]) {
  const scope = environmentScope.getStore();
  if (!scope || typeof callback !== 'function')
    return realTimers.setInterval(callback, delay, ...args);
  return scope.timers.add(() => callback(...args), delay ?? 0, true);
}

function scopedClear(timer: unknown): void {
  if (timer instanceof EnvironmentTimer) timer.cancel();
  else realTimers.clearTimeout(timer as ReturnType<typeof setTimeout>);
}

let installs = 0;

/** Routes setTimeout/setInterval made inside an environment through its FrozenTimers; counted. */
export function installTimerHooks(): void {
  if (installs++ > 0) return;
  Object.assign(globalThis, {
    setTimeout: scopedSetTimeout,
    setInterval: scopedSetInterval,
    clearTimeout: scopedClear,
    clearInterval: scopedClear,
  });
}

/** Undoes installTimerHooks once every simulator that installed it is gone. */
export function uninstallTimerHooks(): void {
  if (installs === 0 || --installs > 0) return;
  Object.assign(globalThis, realTimers);
}
