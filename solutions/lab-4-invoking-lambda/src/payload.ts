import type { InvocationType } from '@aws-sdk/client-lambda';
import { limits, toBytes } from '@lambda-dojo/lambda-facts';
import { PayloadTooLargeError } from './errors.ts';

/**
 * Encodes `payload` as JSON bytes for `InvokeCommand`, refusing it before anything is sent
 * when it is over the request limit of that invocation type.
 */
export function encodePayload(payload: unknown, invocationType: InvocationType): Uint8Array {
  // Solution: Lambda limits the bytes of the request, so measure the UTF-8 encoding,
  // not the string length (a Hangul syllable is one character but three bytes).
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  // Solution: asynchronous (Event) requests have a smaller limit than synchronous ones;
  // both numbers come from lambda-facts, never from this file.
  const limit =
    invocationType === 'Event' ? limits.payload.asynchronous : limits.payload.synchronousRequest;
  const limitBytes = toBytes(limit);
  if (bytes.byteLength > limitBytes) {
    throw new PayloadTooLargeError({ bytes: bytes.byteLength, limitBytes, invocationType });
  }
  return bytes;
}

/** Decodes the JSON bytes a function returned (`undefined` when there are none). */
export function decodePayload(bytes: Uint8Array | undefined): unknown {
  // Solution: the SDK returns the payload as bytes; decode UTF-8, then parse the JSON.
  if (!bytes || bytes.byteLength === 0) return undefined;
  return JSON.parse(new TextDecoder().decode(bytes));
}
