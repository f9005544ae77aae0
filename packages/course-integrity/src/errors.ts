/** Every error of the course's integrity tools (mutation, new-lab, wrong solutions); catch this to catch any of them. */
export class CourseIntegrityError extends Error {
  override name = 'CourseIntegrityError';
}

/** A wrong-solution patch that no longer applies to the reference solution. */
export class PatchError extends CourseIntegrityError {
  override name = 'PatchError';
}

/** The mutation tool was asked for something it cannot do (unknown lab, no report...). */
export class MutationError extends CourseIntegrityError {
  override name = 'MutationError';
}

/** Why `npm run new-lab` cannot scaffold a lab; the CLI says it in the learner's language. */
export type NewLabProblem =
  | { reason: 'missing-slug' }
  | { reason: 'unknown-option'; option: string }
  | { reason: 'bad-option'; detail: string }
  | { reason: 'bad-lang'; value: string }
  | { reason: 'extra-arguments'; received: string[] }
  | { reason: 'bad-slug'; slug: string }
  | { reason: 'numbered-slug'; slug: string; suggestion: string }
  | { reason: 'slug-taken'; slug: string; folder: string }
  | { reason: 'no-course'; dir: string }
  | { reason: 'step-failed'; step: string; detail: string };

/** `npm run new-lab` was asked for something it cannot do; `problem` says what, typed. */
export class NewLabError extends CourseIntegrityError {
  override name = 'NewLabError';
  constructor(
    readonly problem: NewLabProblem,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
