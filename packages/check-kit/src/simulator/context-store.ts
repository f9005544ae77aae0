import { AsyncLocalStorage } from 'node:async_hooks';

/** What code running inside a simulated execution environment can be traced back to. */
export interface EnvironmentScope {
  readonly id: number;
  readonly tmpDir: string;
  readonly timers: { add(callback: () => void, delayMs: number, repeat: boolean): object };
}

/**
 * Tracks which environment the running code belongs to, across awaits and timers,
 * so `os.tmpdir()` and `setTimeout` can act per environment.
 */
export const environmentScope = new AsyncLocalStorage<EnvironmentScope>();
