// This file is provided: you do not need to change it.
// The service's own errors, next to image-core's. Like image-core's, each has a stable `code`,
// an English `message` (what a direct invocation reports as `errorMessage`) and the same text in
// Korean. The class name is the `errorType` Lambda reports.

import type { BilingualMessage, Locale } from '@lambda-dojo/image-core';

export class ServiceError extends Error {
  readonly code: 'UNRECOGNIZED_OPERATION' | 'INVALID_REQUEST';
  readonly messages: BilingualMessage;

  constructor(code: ServiceError['code'], messages: BilingualMessage, options?: ErrorOptions) {
    super(messages.en, options);
    this.name = 'ServiceError';
    this.code = code;
    this.messages = messages;
  }

  messageIn(locale: Locale): string {
    return this.messages[locale];
  }
}

/** The event names no operation the service knows (the original's message, word for word). */
export class UnrecognizedOperationError extends ServiceError {
  constructor(operation: unknown, options?: ErrorOptions) {
    const shown = typeof operation === 'string' ? operation : String(operation);
    super(
      'UNRECOGNIZED_OPERATION',
      {
        en: `Unrecognized operation "${shown}"`,
        ko: `알 수 없는 operation이에요: "${shown}"`,
      },
      options,
    );
    this.name = 'UnrecognizedOperationError';
  }
}

/** The request is missing something, or carries a field the service refuses. */
export class InvalidRequestError extends ServiceError {
  constructor(messages: BilingualMessage, options?: ErrorOptions) {
    super('INVALID_REQUEST', messages, options);
    this.name = 'InvalidRequestError';
  }
}

/** `Invalid <operation> request: no "base64Image" field supplied`, as the original said it. */
export const missingImageError = (operation: string): InvalidRequestError =>
  new InvalidRequestError({
    en: `Invalid ${operation} request: no "base64Image" field supplied`,
    ko: `${operation} 요청이 잘못됐어요: "base64Image" 필드가 없어요`,
  });

export const isServiceError = (value: unknown): value is ServiceError =>
  value instanceof ServiceError;
