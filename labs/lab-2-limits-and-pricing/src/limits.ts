import { limits } from '@lambda-dojo/lambda-facts';

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
  // TODO: this returns at the first problem. Collect every violation in a list instead.
  if (config.memoryMb < limits.memory.min.value) {
    return [
      {
        field: 'memoryMb',
        limit: limits.memory.min.value,
        actual: config.memoryMb,
        message: `memoryMb: ${config.memoryMb} MB is below the minimum`,
      },
    ];
  }

  // TODO: check the memory maximum and that memory is a whole number of MB (limits.memory).

  // TODO: check timeoutSeconds against limits.timeout.min and limits.timeout.max.

  // TODO: check ephemeralStorageMb against limits.ephemeralStorage.

  // TODO: the environment variables together (every key and value) may take at most
  //       toBytes(limits.environmentVariables.totalSize) bytes, counted in UTF-8.
  return [];
}

/** Every payload limit the invocation breaks for its invocation type. */
export function validateInvocation(invocation: Invocation): Violation[] {
  // TODO: compare requestBytes and responseBytes (in bytes, with toBytes) against the limits in
  //       limits.payload for the invocation type: RequestResponse, Event or ResponseStream.
  void invocation;
  return [];
}
