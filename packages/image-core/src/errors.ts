// Every error image-core throws: a stable `code`, an English `message` and the same text in
// Korean (`messages.ko`). Handlers pick the language and map `code` to a status with
// `httpStatusFor`.

export type ImageCoreErrorCode =
  | 'INVALID_OPTION'
  | 'INVALID_BASE64'
  | 'INPUT_TOO_LARGE'
  | 'TOO_MANY_PIXELS'
  | 'UNSUPPORTED_FORMAT'
  | 'UNREADABLE_IMAGE'
  | 'OUTPUT_TOO_LARGE'
  | 'PROCESSING_TIMEOUT';

export type Locale = 'ko' | 'en';

export interface BilingualMessage {
  ko: string;
  en: string;
}

export class ImageCoreError extends Error {
  readonly code: ImageCoreErrorCode;
  readonly messages: BilingualMessage;

  constructor(code: ImageCoreErrorCode, messages: BilingualMessage, options?: ErrorOptions) {
    super(messages.en, options);
    this.name = 'ImageCoreError';
    this.code = code;
    this.messages = messages;
  }

  messageIn(locale: Locale): string {
    return this.messages[locale];
  }
}

/** An option is missing, unknown, of the wrong type or out of range. */
export class InvalidOptionError extends ImageCoreError {
  readonly option: string;

  constructor(option: string, messages: BilingualMessage, options?: ErrorOptions) {
    super('INVALID_OPTION', messages, options);
    this.name = 'InvalidOptionError';
    this.option = option;
  }
}

/** The base64 text has a character outside the alphabet or wrong padding. */
export class InvalidBase64Error extends ImageCoreError {
  constructor(messages: BilingualMessage, options?: ErrorOptions) {
    super('INVALID_BASE64', messages, options);
    this.name = 'InvalidBase64Error';
  }
}

/** The encoded input is larger than the configured maximum number of bytes. */
export class InputTooLargeError extends ImageCoreError {
  constructor(messages: BilingualMessage, options?: ErrorOptions) {
    super('INPUT_TOO_LARGE', messages, options);
    this.name = 'InputTooLargeError';
  }
}

/** The image would decode to more pixels than allowed (a decompression bomb guard). */
export class TooManyPixelsError extends ImageCoreError {
  constructor(messages: BilingualMessage, options?: ErrorOptions) {
    super('TOO_MANY_PIXELS', messages, options);
    this.name = 'TooManyPixelsError';
  }
}

/** The bytes are not one of the formats image-core reads. */
export class UnsupportedFormatError extends ImageCoreError {
  constructor(messages: BilingualMessage, options?: ErrorOptions) {
    super('UNSUPPORTED_FORMAT', messages, options);
    this.name = 'UnsupportedFormatError';
  }
}

/** The bytes start like a known format but cannot be decoded (truncated or damaged). */
export class UnreadableImageError extends ImageCoreError {
  constructor(messages: BilingualMessage, options?: ErrorOptions) {
    super('UNREADABLE_IMAGE', messages, options);
    this.name = 'UnreadableImageError';
  }
}

/** The result, once base64-encoded, would not fit in a synchronous Lambda response. */
export class OutputTooLargeError extends ImageCoreError {
  constructor(messages: BilingualMessage, options?: ErrorOptions) {
    super('OUTPUT_TOO_LARGE', messages, options);
    this.name = 'OutputTooLargeError';
  }
}

/** Processing took longer than `limits.timeoutSeconds`. */
export class ProcessingTimeoutError extends ImageCoreError {
  constructor(messages: BilingualMessage, options?: ErrorOptions) {
    super('PROCESSING_TIMEOUT', messages, options);
    this.name = 'ProcessingTimeoutError';
  }
}

/**
 * The HTTP status a handler should answer with, by error code. 413 for sizes follows the
 * Serverless Image Handler ("The converted image is too large to return").
 */
export const HTTP_STATUS_BY_CODE: Readonly<Record<ImageCoreErrorCode, number>> = {
  INVALID_OPTION: 400,
  INVALID_BASE64: 400,
  INPUT_TOO_LARGE: 413,
  TOO_MANY_PIXELS: 413,
  UNSUPPORTED_FORMAT: 415,
  UNREADABLE_IMAGE: 422,
  OUTPUT_TOO_LARGE: 413,
  PROCESSING_TIMEOUT: 503,
};

export const httpStatusFor = (code: ImageCoreErrorCode): number => HTTP_STATUS_BY_CODE[code];

export const isImageCoreError = (value: unknown): value is ImageCoreError =>
  value instanceof ImageCoreError;

/** Shows a received value in a message: type-aware, and never longer than ~40 characters. */
export const describeValue = (value: unknown): string => {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'bigint') text = `${value}n`;
  else if (typeof value === 'function') text = 'a function';
  else if (value === undefined) text = 'undefined';
  else if (Buffer.isBuffer(value)) text = `a Buffer of ${value.length} bytes`;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

/** 이 after a final consonant, 가 after a vowel (Korean subject particle). */
export const subjectParticle = (word: string): '이' | '가' => {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0 ? '이' : '가';
};

/** What an option accepts, said in English ("an integer ...") and Korean (ending in Hangul). */
export interface Expectation {
  en: string;
  ko: string;
}

/**
 * The one builder for option errors, after sharp's `invalidParameterError`:
 * "Expected <what> for <name> but received <value> of type <type>".
 */
export const invalidOptionError = (
  name: string,
  expected: Expectation,
  actual: unknown,
): InvalidOptionError => {
  const shown = describeValue(actual);
  const type = actual === null ? 'null' : typeof actual;
  return new InvalidOptionError(name, {
    en: `Expected ${expected.en} for ${name} but received ${shown} of type ${type}`,
    ko: `${name}에는 ${expected.ko}${subjectParticle(expected.ko)} 와야 하지만, 받은 값은 ${shown}(${type} 타입)이에요`,
  });
};
