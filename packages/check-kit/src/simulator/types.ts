import type { Context } from 'aws-lambda';
import type { EnvironmentState, ShutdownReason } from './environment.ts';

/** Any Lambda handler; the simulator passes the event through as given. */
export type Handler = (event: never, context: Context) => unknown;

export interface SimulatorOptions<M> {
  /**
   * Imports the function's code, e.g. `() => import('@lab/handler.ts')`. The simulator calls it
   * once per new environment, right after `freshModules()`, so every environment gets its own
   * module instances (module scope, caches, counters).
   */
  load: () => Promise<M>;
  /** Picks the handler from the loaded module; by default its `handler` export. */
  handler?: (module: M) => Handler;
  /** Clears the module registry before each load; by default Vitest's `vi.resetModules()`. */
  freshModules?: () => void | Promise<void>;
  functionName?: string;
  /** Configured memory; defaults to Lambda's default memory. */
  memoryMb?: number;
  /** Invocation timeout; defaults to Lambda's default timeout. */
  timeoutMs?: number;
  /** INIT limit; defaults to Lambda's INIT phase limit. */
  initTimeoutMs?: number;
  /**
   * Simulated idle time after which a frozen environment is destroyed. Lambda does not document
   * this; the simulator's default is 10 minutes. Idle time passes only through `advanceTime()`.
   */
  idleTimeoutMs?: number;
}

export interface InvocationError {
  name: string;
  message: string;
}

export interface InvocationResult<M> {
  requestId: string;
  environmentId: number;
  /** True when this invocation had to create (INIT) its environment. */
  cold: boolean;
  /** What the handler returned (resolved), when it did not fail. */
  response?: unknown;
  error?: InvocationError;
  /** How long INIT took, on a cold start only. */
  initDurationMs?: number;
  /** How long the handler ran. */
  durationMs: number;
  /** Duration rounded up to the billing granularity, with INIT added on a cold start. */
  billedDurationMs: number;
  /** The environment's private /tmp directory (deleted when the environment is destroyed). */
  tmpDir: string;
  /** The environment's own module instance, to inspect its state. */
  module: M | undefined;
  /** A CloudWatch-style REPORT line. */
  report: string;
}

export interface EnvironmentInfo {
  id: number;
  state: EnvironmentState;
  invocations: number;
  tmpDir: string;
  /** Pending timers (work left running when the handler returned). */
  pendingTimers: number;
  shutdownReason?: ShutdownReason;
}
