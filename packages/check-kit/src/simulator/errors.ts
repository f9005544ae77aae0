/** The simulator was used wrongly or the function could not run in it (no handler export, ...). */
export class SimulatorError extends Error {
  override name = 'SimulatorError';
}
