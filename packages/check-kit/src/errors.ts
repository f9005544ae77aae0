/** The base of every error the check kit throws. */
export class CheckKitError extends Error {
  override name = 'CheckKitError';
}

/** A check is declared wrongly (id not kebab-case, points, titles or hints missing …). */
export class CheckDefinitionError extends CheckKitError {
  override name = 'CheckDefinitionError';
}

/**
 * The loop guard stopped learner code stuck in an endless loop. The grader, in another
 * process, knows it by this name (errors cross the worker boundary as data).
 */
export class EndlessLoopError extends CheckKitError {
  override name = 'EndlessLoopError';
}

/** The simulator was used wrongly or the function could not run in it (no handler export, ...). */
export class SimulatorError extends CheckKitError {
  override name = 'SimulatorError';
}

/** The simulated function ran past its timeout (the invocation reports `Task timed out`). */
export class TimeoutError extends CheckKitError {
  override name = 'TimeoutError';
}

/** A SAM template that is not valid YAML, or not a mapping (`readSamTemplate`). */
export class TemplateError extends CheckKitError {
  override name = 'TemplateError';
}
