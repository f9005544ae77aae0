// This file is provided: you do not need to change it.

/** The function ran and failed: Lambda set `FunctionError`, and the payload describes the error. */
export class FunctionInvocationError extends Error {
  override name = 'FunctionInvocationError';
  readonly functionName: string;
  /** What Lambda put in `FunctionError`, e.g. "Unhandled". */
  readonly functionError: string;
  /** `errorType` from the error payload, e.g. "TypeError" or "Runtime.ExitError". */
  readonly errorType: string;
  readonly errorMessage: string;
  /** The stack trace lines from the error payload (empty when there were none). */
  readonly trace: string[];

  constructor(
    details: {
      functionName: string;
      functionError: string;
      errorType: string;
      errorMessage: string;
      trace?: string[];
    },
    options?: { cause?: unknown },
  ) {
    super(
      `${details.functionName} failed with ${details.errorType}: ${details.errorMessage}`,
      options,
    );
    this.functionName = details.functionName;
    this.functionError = details.functionError;
    this.errorType = details.errorType;
    this.errorMessage = details.errorMessage;
    this.trace = details.trace ?? [];
  }
}

/** The payload is over Lambda's invocation limit, so it was not sent. */
export class PayloadTooLargeError extends Error {
  override name = 'PayloadTooLargeError';
  readonly bytes: number;
  readonly limitBytes: number;
  readonly invocationType: string;

  constructor(
    details: { bytes: number; limitBytes: number; invocationType: string },
    options?: { cause?: unknown },
  ) {
    super(
      `Expected a payload of at most ${details.limitBytes} bytes for a ${details.invocationType} invocation but received ${details.bytes} bytes`,
      options,
    );
    this.bytes = details.bytes;
    this.limitBytes = details.limitBytes;
    this.invocationType = details.invocationType;
  }
}
