import type { Lang } from '@lambda-dojo/lang';

/**
 * The base of every error the grader throws. Its message is written for the learner, in
 * their language, unless `forLearner` is false: the CLI then shows the stack, for a bug report.
 */
export class GraderError extends Error {
  override name = 'GraderError';
  readonly forLearner: boolean = true;
}

/** A command-line option is unknown or has a bad value. */
export class UsageError extends GraderError {
  override name = 'UsageError';
}

/** npm took the grader's options for its own (`npm run grade lab-1 --solution` without `--`). */
export class NpmOptionsError extends GraderError {
  override name = 'NpmOptionsError';
  constructor(
    /** The command the learner meant, with `--` where it belongs. */
    readonly command: string,
    /** The language the learner asked for, when that much was understood. */
    readonly lang?: Lang,
  ) {
    super(`npm kept the options for itself; type: ${command}`);
  }
}

/** A file-replacing tool (catch-up, reset) cannot do what was asked. */
export class ToolError extends GraderError {
  override name = 'ToolError';
}

/** git has no committed starter for a file `reset` should restore. */
export class StarterNotFoundError extends GraderError {
  override name = 'StarterNotFoundError';
}

/** The process that runs the checks failed in a way the learner cannot act on. */
export class RunHostError extends GraderError {
  override name = 'RunHostError';
  override readonly forLearner = false;
}
