import type { InvocationType } from '@aws-sdk/client-lambda';
import { limits, toBytes } from '@lambda-dojo/lambda-facts';
import { PayloadTooLargeError } from './errors.ts';

/**
 * Encodes `payload` as JSON bytes for `InvokeCommand`, refusing it before anything is sent
 * when it is over the request limit of that invocation type.
 */
export function encodePayload(payload: unknown, invocationType: InvocationType): Uint8Array {
  // TODO: encode JSON.stringify(payload) as UTF-8 bytes (new TextEncoder().encode(...)).

  // TODO: when the bytes are over the limit of `invocationType`, throw
  //       new PayloadTooLargeError({ bytes, limitBytes, invocationType }) instead.
  //       The limits are in '@lambda-dojo/lambda-facts': limits.payload.synchronousRequest and
  //       limits.payload.asynchronous (for 'Event'); toBytes(fact) gives the number of bytes.
  return new Uint8Array();
}

/** Decodes the JSON bytes a function returned (`undefined` when there are none). */
export function decodePayload(bytes: Uint8Array | undefined): unknown {
  // TODO: decode the bytes as UTF-8 text (new TextDecoder().decode(...)) and JSON.parse it.
  //       No bytes, or zero bytes, means undefined.
  return bytes;
}
