// This file is provided: you do not need to change it.

/** One record of an S3 event that could not be processed. */
export interface RecordFailure {
  /** The decoded object key. */
  key: string;
  /** Why it failed: the error's name and message. */
  reason: string;
}

/**
 * Some records of an event failed. Thrown after every record was tried, so Lambda retries
 * the event (or sends it to the on-failure destination) and the failures show in the logs.
 */
export class RecordsFailedError extends Error {
  override name = 'RecordsFailedError';
  readonly failures: RecordFailure[];
  /** Keys of the records that were processed before the error was thrown. */
  readonly processed: string[];

  constructor(failures: RecordFailure[], processed: string[], options?: { cause?: unknown }) {
    super(
      `${failures.length} of ${failures.length + processed.length} records failed: ${failures
        .map((f) => `${f.key} (${f.reason})`)
        .join(', ')}`,
      options,
    );
    this.failures = failures;
    this.processed = processed;
  }
}
