import { limits, toBytes } from '@lambda-dojo/lambda-facts';

export interface FunctionConfig {
  memoryMb: number;
  timeoutSeconds: number;
  ephemeralStorageMb: number;
  /** Environment variables: name → value. */
  environment: Record<string, string>;
}

export type InvocationType = 'RequestResponse' | 'Event' | 'ResponseStream';

export interface Invocation {
  type: InvocationType;
  /** Size of the request payload in bytes. */
  requestBytes: number;
  /** Size of the response in bytes (synchronous and streamed invocations). */
  responseBytes?: number;
}

/** One broken limit: which field, the limit it broke, the value found and a readable message. */
export interface Violation {
  field: string;
  limit: number;
  actual: number;
  message: string;
}

/** Every limit the configuration breaks, in field order; an empty list when it is valid. */
export function validateConfig(config: FunctionConfig): Violation[] {
  // Solution: collect into one list and keep going, so the learner sees every problem at once.
  const violations: Violation[] = [];
  range(
    violations,
    'memoryMb',
    config.memoryMb,
    limits.memory.min.value,
    limits.memory.max.value,
    'MB',
  );
  range(
    violations,
    'timeoutSeconds',
    config.timeoutSeconds,
    limits.timeout.min.value,
    limits.timeout.max.value,
    's',
  );
  range(
    violations,
    'ephemeralStorageMb',
    config.ephemeralStorageMb,
    limits.ephemeralStorage.min.value,
    limits.ephemeralStorage.max.value,
    'MB',
  );
  // Solution: the 4 KB limit counts bytes (UTF-8), not characters: '가' is 3 bytes.
  const encoder = new TextEncoder();
  const envBytes = Object.entries(config.environment ?? {}).reduce(
    (sum, [key, value]) => sum + encoder.encode(key).length + encoder.encode(String(value)).length,
    0,
  );
  const envLimit = toBytes(limits.environmentVariables.totalSize);
  if (envBytes > envLimit) {
    violations.push({
      field: 'environment',
      limit: envLimit,
      actual: envBytes,
      message: `environment: variables take ${envBytes} bytes, more than the ${envLimit}-byte (4 KB) limit`,
    });
  }
  return violations;
}

/** Every payload limit the invocation breaks for its invocation type. */
export function validateInvocation(invocation: Invocation): Violation[] {
  const violations: Violation[] = [];
  // Solution: each invocation type has its own request and response limits.
  const sync = toBytes(limits.payload.synchronousRequest);
  const requestLimit = invocation.type === 'Event' ? toBytes(limits.payload.asynchronous) : sync;
  const responseLimit =
    invocation.type === 'ResponseStream'
      ? toBytes(limits.payload.streamedResponse)
      : invocation.type === 'RequestResponse'
        ? toBytes(limits.payload.synchronousResponse)
        : undefined;
  size(violations, 'requestBytes', invocation.requestBytes, requestLimit, invocation.type);
  if (responseLimit !== undefined && invocation.responseBytes !== undefined) {
    size(violations, 'responseBytes', invocation.responseBytes, responseLimit, invocation.type);
  }
  return violations;
}

function range(
  out: Violation[],
  field: string,
  value: number,
  min: number,
  max: number,
  unit: string,
): void {
  // Solution: a non-number or a fraction is its own violation (memory, timeout and /tmp move in steps of 1).
  if (!Number.isInteger(value)) {
    out.push({
      field,
      limit: 1,
      actual: value,
      message: `${field}: expected a whole number of ${unit} but received ${value}`,
    });
  } else if (value < min) {
    out.push({
      field,
      limit: min,
      actual: value,
      message: `${field}: ${value} ${unit} is below the minimum of ${min} ${unit}`,
    });
  } else if (value > max) {
    out.push({
      field,
      limit: max,
      actual: value,
      message: `${field}: ${value} ${unit} is above the maximum of ${max} ${unit}`,
    });
  }
}

function size(
  out: Violation[],
  field: string,
  bytes: number,
  limit: number,
  type: InvocationType,
): void {
  if (bytes > limit) {
    out.push({
      field,
      limit,
      actual: bytes,
      message: `${field}: ${bytes} bytes is over the ${limit}-byte limit for ${type} invocations`,
    });
  }
}
