/** Every error the class board throws; catch this to catch any of them. */
export class ClassroomError extends Error {
  override name = 'ClassroomError';
}

/** A submission the board refuses; `status` is the HTTP status it answers with. */
export class SubmissionError extends ClassroomError {
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
export class ClassroomUsageError extends ClassroomError {
  override name = 'ClassroomUsageError';
}
