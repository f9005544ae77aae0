// Direct invocation: the original service's event, {"operation": ..., "base64Image": ...}, and
// its answers: plain strings (base64 for images, "70x46\n", "pong") or the identify object.
// Errors are thrown: Lambda reports the class name as errorType and the message as errorMessage.

import { type ImageInfo, type Limits, resultToBase64 } from '@lambda-dojo/image-core';
import { InvalidRequestError } from './errors.ts';
import { runOperation } from './operations.ts';

/** The event the original service took; every field but `operation` is optional. */
export interface DirectEvent {
  operation?: unknown;
  base64Image?: unknown;
  outputExtension?: unknown;
  width?: unknown;
  height?: unknown;
  quality?: unknown;
  withoutEnlargement?: unknown;
  /** convert's structured edits, e.g. {"grayscale": true, "rotate": 90}. */
  edits?: unknown;
  /** The original's raw ImageMagick arguments for convert: refused. */
  customArgs?: unknown;
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Shows a received value in a message, never longer than ~40 characters. */
export const describe = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

/** A string field, or an error that names it. */
const optionalString = (event: Record<string, unknown>, name: string): string | undefined => {
  const value = event[name];
  if (value === undefined || typeof value === 'string') return value;
  throw new InvalidRequestError({
    en: `Expected a string for ${name} but received ${describe(value)}`,
    ko: `${name}에는 문자열이 와야 해요. 받은 값: ${describe(value)}`,
  });
};

export async function handleDirect(
  event: unknown,
  limits: Partial<Limits>,
): Promise<string | ImageInfo> {
  // Solution: anything but a JSON object is refused with a clear error, never a TypeError.
  if (!isPlainObject(event)) {
    throw new InvalidRequestError({
      en: `Expected a JSON object with an "operation" field for the event but received ${describe(event)}`,
      ko: `이벤트에는 "operation" 필드가 있는 JSON 객체가 와야 해요. 받은 값: ${describe(event)}`,
    });
  }
  // Solution: raw command arguments are an injection risk; point to the allowlist instead.
  if (event.customArgs !== undefined) {
    throw new InvalidRequestError({
      en: 'customArgs (raw ImageMagick arguments) is not accepted: pass the edits you want in "edits", e.g. {"grayscale": true, "rotate": 90}',
      ko: 'customArgs(ImageMagick 인자 그대로)는 받지 않아요. 원하는 편집을 "edits"에 넣으세요. 예: {"grayscale": true, "rotate": 90}',
    });
  }
  if (event.edits !== undefined && !isPlainObject(event.edits)) {
    throw new InvalidRequestError({
      en: `Expected an object of edits for edits but received ${describe(event.edits)}`,
      ko: `edits에는 편집 항목 객체가 와야 해요. 받은 값: ${describe(event.edits)}`,
    });
  }

  // Solution: the event's fields become one OperationRequest; image-core checks every value.
  // base64Image and outputExtension go through optionalString, which names a field of the
  // wrong type instead of letting it fail later as a TypeError.
  const result = await runOperation({
    operation: event.operation,
    image: optionalString(event, 'base64Image'),
    format: optionalString(event, 'outputExtension'),
    width: event.width,
    height: event.height,
    quality: event.quality,
    withoutEnlargement: event.withoutEnlargement,
    edits: event.edits,
    limits,
  });

  // Solution: images travel as base64 text, like the original's answers.
  switch (result.kind) {
    case 'text':
      return result.text;
    case 'info':
      return result.info;
    case 'image':
      return resultToBase64(result.image);
  }
}
