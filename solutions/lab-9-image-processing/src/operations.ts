// The original service's operations, each one call into image-core. Both doors of the service
// (direct invocation and the HTTP API) build an OperationRequest and call runOperation.

import {
  convert,
  formatDimensions,
  getDimensions,
  getSample,
  type ImageInfo,
  type ImageResult,
  identify,
  type Limits,
  resize,
} from '@lambda-dojo/image-core';
import { missingImageError, UnrecognizedOperationError } from './errors.ts';

export const OPERATIONS = [
  'ping',
  'getSample',
  'getDimensions',
  'identify',
  'resize',
  'thumbnail',
  'convert',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** One request to the service, whichever door it came through. */
export interface OperationRequest {
  operation: unknown;
  /** The image: base64 text (direct invocation) or bytes (HTTP). */
  image?: string | Uint8Array | undefined;
  /** Output format (png, jpg, webp...); each operation has its default. */
  format?: string | undefined;
  width?: unknown;
  height?: unknown;
  quality?: unknown;
  withoutEnlargement?: unknown;
  /** convert's edits: grayscale, rotate, flip, flop, blur, sharpen, stripMetadata. */
  edits?: Record<string, unknown> | undefined;
  limits?: Partial<Limits>;
}

/** What an operation answers: text, an object, or an image. */
export type OperationResult =
  | { kind: 'text'; text: string }
  | { kind: 'info'; info: ImageInfo }
  | { kind: 'image'; image: ImageResult };

export const isOperation = (value: unknown): value is Operation =>
  typeof value === 'string' && (OPERATIONS as readonly string[]).includes(value);

/** convert writes PNG unless told otherwise, as the original's outputExtension did. */
export const CONVERT_DEFAULT_FORMAT = 'png';

/** Options image-core should see only when they were given (it checks every key it gets). */
export const given = (options: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));

export async function runOperation(request: OperationRequest): Promise<OperationResult> {
  const { operation, limits = {} } = request;
  // Solution: an unknown or missing operation fails before anything else, in the original's words.
  if (!isOperation(operation)) throw new UnrecognizedOperationError(operation);

  if (operation === 'ping') return { kind: 'text', text: 'pong' };
  if (operation === 'getSample') {
    // Solution: image-core's getSample takes the format; png when none is given.
    return { kind: 'image', image: await getSample(request.format ?? 'png') };
  }

  // Solution: every other operation needs an image; say which request lacks it.
  const image = request.image;
  if (image === undefined || image === '' || image === null) throw missingImageError(operation);

  switch (operation) {
    case 'getDimensions':
      // Solution: "70x46\n", as ImageMagick 6.7 printed it.
      return { kind: 'text', text: formatDimensions(await getDimensions(image, limits)) };
    case 'identify':
      return { kind: 'info', info: await identify(image, limits) };
    case 'resize':
    case 'thumbnail': {
      // Solution: thumbnail is the same operation; image-core uses width 100 when neither is given.
      const options = given({
        width: request.width,
        height: request.height,
        quality: request.quality,
        withoutEnlargement: request.withoutEnlargement,
        format: request.format,
      });
      return { kind: 'image', image: await resize(image, options, limits) };
    }
    case 'convert': {
      // Solution: only the structured edits reach image-core, which refuses any other key.
      const options = given({
        quality: request.quality,
        ...request.edits,
        format: request.format ?? CONVERT_DEFAULT_FORMAT,
      });
      return {
        kind: 'image',
        image: await convert(image, options as { format: string }, limits),
      };
    }
  }
}
