/**
 * An execution-environment simulator for lab checks (`@lambda-dojo/check-kit/simulator`).
 *
 * - A new environment imports the function afresh (`vi.resetModules()` + `load()`): its own
 *   module scope, and its own `/tmp` through `os.tmpdir()`. INIT is timed apart from the handler.
 * - A frozen environment is reused (warm, most recently used first); concurrent invocations get
 *   separate environments; `advanceTime()` lets idle time pass and destroys idle environments.
 * - Timers (`setTimeout`, `setInterval`) created by the function stop while it is frozen and
 *   resume on the next invocation, which is how an unawaited promise "leaks" into a later request.
 *
 * Limits: promises driven by real I/O or by `node:timers/promises` are not frozen; INITs run one
 * at a time because the worker's module registry is shared; code must use `tmpdir()`, not "/tmp".
 */

export { SimulatorError } from '../errors.ts';
export type { EnvironmentState, ShutdownReason } from './environment.ts';
export { createSimulator, ExecutionSimulator } from './simulator.ts';
export type {
  EnvironmentInfo,
  Handler,
  InvocationError,
  InvocationResult,
  SimulatorOptions,
} from './types.ts';
