import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type EnvironmentScope, environmentScope } from './context-store.ts';
import { FrozenTimers } from './frozen-timers.ts';
import { hostTmpdir } from './tmpdir-hook.ts';

export type EnvironmentState = 'initializing' | 'busy' | 'frozen' | 'destroyed';

/** Why an environment went away. */
export type ShutdownReason = 'idle' | 'timeout' | 'init-error' | 'disposed';

/** One simulated execution environment: its own module instance, /tmp and timers. */
export class ExecutionEnvironment<M> implements EnvironmentScope {
  state: EnvironmentState = 'initializing';
  module: M | undefined;
  invocations = 0;
  lastUsedAt: number;
  shutdownReason: ShutdownReason | undefined;
  readonly tmpDir: string;
  readonly timers: FrozenTimers;

  constructor(
    readonly id: number,
    readonly createdAt: number,
  ) {
    this.lastUsedAt = createdAt;
    this.tmpDir = mkdtempSync(join(hostTmpdir(), `lambda-dojo-env-${id}-`));
    this.timers = new FrozenTimers((callback) => this.run(callback));
  }

  /** Runs `fn` as code of this environment: its /tmp, its timers. */
  run<T>(fn: () => T): T {
    return environmentScope.run(this, fn);
  }

  /** Between invocations Lambda freezes the process: pending timers stop. */
  freeze(now: number): void {
    this.state = 'frozen';
    this.lastUsedAt = now;
    this.timers.freeze();
  }

  thaw(): void {
    this.state = 'busy';
    this.timers.thaw();
  }

  /** SHUTDOWN: pending work is lost and /tmp is deleted. */
  destroy(reason: ShutdownReason): void {
    if (this.state === 'destroyed') return;
    this.state = 'destroyed';
    this.shutdownReason = reason;
    this.timers.clear();
    rmSync(this.tmpDir, { recursive: true, force: true });
  }
}
