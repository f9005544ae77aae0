export type { EnvironmentState, ShutdownReason } from './environment.ts';
export { SimulatorError } from './errors.ts';
export { createSimulator, ExecutionSimulator } from './simulator.ts';
export type {
  EnvironmentInfo,
  Handler,
  InvocationError,
  InvocationResult,
  SimulatorOptions,
} from './types.ts';
