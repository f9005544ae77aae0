/** Every error lambda-local throws; catch this to catch any of them. */
export class LambdaLocalError extends Error {
  override name = 'LambdaLocalError';
}

/**
 * Errors of the Lambda API that lambda-local answers with. Each carries the
 * `x-amzn-ErrorType` name AWS uses and the HTTP status AWS returns.
 */
export class LambdaApiError extends LambdaLocalError {
  override name = 'LambdaApiError';
  readonly type: string;
  readonly status: number;

  constructor(type: string, status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.type = type;
    this.status = status;
  }
}

export class ResourceNotFoundError extends LambdaApiError {
  override name = 'ResourceNotFoundError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('ResourceNotFoundException', 404, message, options);
  }
}

export class ResourceConflictError extends LambdaApiError {
  override name = 'ResourceConflictError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('ResourceConflictException', 409, message, options);
  }
}

export class InvalidParameterValueError extends LambdaApiError {
  override name = 'InvalidParameterValueError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('InvalidParameterValueException', 400, message, options);
  }
}

export class InvalidRequestContentError extends LambdaApiError {
  override name = 'InvalidRequestContentError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('InvalidRequestContentException', 400, message, options);
  }
}

export class RequestTooLargeError extends LambdaApiError {
  override name = 'RequestTooLargeError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('RequestTooLargeException', 413, message, options);
  }
}

export class TooManyRequestsError extends LambdaApiError {
  override name = 'TooManyRequestsError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('TooManyRequestsException', 429, message, options);
  }
}

export class UnknownOperationError extends LambdaApiError {
  override name = 'UnknownOperationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('UnknownOperationException', 404, message, options);
  }
}

/** Invocation could not reach an execution environment (it ended first); the pool retries. */
export class NotDeliveredError extends LambdaLocalError {
  override name = 'NotDeliveredError';
}

export class ZipFormatError extends LambdaLocalError {
  override name = 'ZipFormatError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A zip that inflates past the unzipped limit. */
export class ZipTooLargeError extends ZipFormatError {
  override name = 'ZipTooLargeError';
}

export class CliUsageError extends LambdaLocalError {
  override name = 'CliUsageError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A request a web browser could have sent (an `Origin`, or a `Host` that is not this service). */
export class ForbiddenRequestError extends LambdaApiError {
  override name = 'ForbiddenRequestError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('AccessDeniedException', 403, message, options);
  }
}

/** No SigV4 `Authorization` header, as AWS answers an unsigned request. */
export class MissingAuthenticationTokenError extends LambdaApiError {
  override name = 'MissingAuthenticationTokenError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('MissingAuthenticationTokenException', 403, message, options);
  }
}

/** An `Authorization` header that is not shaped like a SigV4 signature for Lambda. */
export class InvalidSignatureError extends LambdaApiError {
  override name = 'InvalidSignatureError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('InvalidSignatureException', 403, message, options);
  }
}

/** A JSON operation whose body is not sent as `application/json`. */
export class UnsupportedMediaTypeError extends LambdaApiError {
  override name = 'UnsupportedMediaTypeError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('UnsupportedMediaTypeException', 415, message, options);
  }
}

/**
 * A value outside the API model's constraints (range, pattern, enum). AWS
 * answers these with `ValidationException` and a `{message}` body:
 * "1 validation error detected: Value '1000' at 'timeout' failed to satisfy constraint: ...".
 */
export class ValidationError extends LambdaApiError {
  override name = 'ValidationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('ValidationException', 400, message, options);
  }
}

/** A log group or stream the CloudWatch Logs API does not know (400, as CloudWatch Logs answers). */
export class LogsResourceNotFoundError extends LambdaApiError {
  override name = 'LogsResourceNotFoundError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('ResourceNotFoundException', 400, message, options);
  }
}

/** A CloudWatch Logs request parameter out of range or in conflict with another. */
export class LogsInvalidParameterError extends LambdaApiError {
  override name = 'LogsInvalidParameterError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('InvalidParameterException', 400, message, options);
  }
}
