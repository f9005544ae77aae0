/** A submission the board refuses; `status` is the HTTP status it answers with. */
export class SubmissionError extends Error {
  override name = 'SubmissionError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
    this.code = code;
  }
}

/** A command line `npm run classroom` does not understand. */
export class ClassroomUsageError extends Error {
  override name = 'ClassroomUsageError';
}
