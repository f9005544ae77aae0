// Direct invocation: the original service's event, {"operation": ..., "base64Image": ...}, and
// its answers: plain strings (base64 for images, "70x46\n", "pong") or the identify object.
// Errors are thrown: Lambda reports the class name as errorType and the message as errorMessage.

import type { ImageInfo, Limits } from '@lambda-dojo/image-core';
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

export async function handleDirect(
  event: unknown,
  limits: Partial<Limits>,
): Promise<string | ImageInfo> {
  // TODO: refuse anything but a JSON object with an InvalidRequestError (from './errors.ts'):
  //       { en: 'Expected a JSON object with an "operation" field for the event but received ...',
  //         ko: '...' } (describe(event) shows the value).
  const fields = event as DirectEvent;

  // TODO: the original's convert took raw ImageMagick arguments in customArgs: an injection
  //       risk. When customArgs is present, throw an InvalidRequestError that points to "edits".
  //       edits, when present, must be an object (isPlainObject).

  // TODO: base64Image and outputExtension must be strings when present; anything else is an
  //       InvalidRequestError that names the field, never a TypeError later on.
  const result = await runOperation({
    operation: fields.operation,
    image: fields.base64Image as string | undefined,
    format: fields.outputExtension as string | undefined,
    width: fields.width,
    height: fields.height,
    limits,
  });

  // TODO: quality, withoutEnlargement and edits must reach runOperation too.

  // TODO: answer as the original did: text as it is, the identify object as it is, and an
  //       image as base64 text (resultToBase64 from image-core).
  return result.kind === 'text' ? result.text : JSON.stringify(result);
}
