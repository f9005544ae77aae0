/**
 * The base of every error the targets code throws: a grading target cannot be used as asked
 * (bad flags, missing region, foreign function …). Its message is written for the learner.
 */
export class TargetError extends Error {
  override name = 'TargetError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Deploying the learner's code to Lambda (or lambda-local) failed. */
export class DeployError extends TargetError {
  override name = 'DeployError';
}
