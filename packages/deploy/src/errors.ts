/** A grading target cannot be used as asked (bad flags, missing region, foreign function …). */
export class TargetError extends Error {
  override name = 'TargetError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Deploying the learner's code to Lambda (or lambda-local) failed. */
export class DeployError extends Error {
  override name = 'DeployError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
